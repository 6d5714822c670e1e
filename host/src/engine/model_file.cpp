#include "engine/model_file.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "engine/rule_pack.hpp"

namespace secondthought {
namespace {

using nlohmann::json;

struct ModelError {
  std::string rule, message;
};

[[noreturn]] void fail(const std::string& rule, const std::string& message) { throw ModelError{rule, message}; }

void check_keys(const json& j, std::initializer_list<std::string_view> known, const std::string& rule) {
  if (!j.is_object()) fail(rule, "expected a JSON object");
  for (const auto& [key, value] : j.items())
    if (std::find(known.begin(), known.end(), key) == known.end()) fail(rule, "unknown key \"" + key + "\"");
}

const json& field(const json& j, const char* key, const std::string& rule) {
  if (!j.contains(key)) fail(rule, std::string("missing \"") + key + "\"");
  return j.at(key);
}

std::string text_field(const json& j, const char* key, const std::string& rule) {
  const auto& v = field(j, key, rule);
  if (!v.is_string()) fail(rule, std::string("\"") + key + "\" must be a string");
  return v.get<std::string>();
}

double number_field(const json& j, const char* key, const std::string& rule) {
  const auto& v = field(j, key, rule);
  if (!v.is_number()) fail(rule, std::string("\"") + key + "\" must be a number");
  return v.get<double>();
}

// {"strict": p, "balanced": p, "relaxed": p}, each a probability.
std::array<double, 3> levels(const json& j, const char* key, const std::string& rule) {
  const auto& v = field(j, key, rule);
  check_keys(v, {"strict", "balanced", "relaxed"}, rule);
  std::array<double, 3> out{};
  const char* names[] = {"strict", "balanced", "relaxed"};
  for (std::size_t i = 0; i < 3; ++i) {
    out[i] = number_field(v, names[i], rule);
    if (out[i] < 0 || out[i] > 1) fail(rule, std::string("\"") + key + "\" holds probabilities from 0 to 1");
  }
  return out;
}

// "12 -3 0 ...": one small integer per feature (a string keeps the file and
// its parse small: a JSON array would be 35,000 numbers per category).
std::vector<std::int8_t> weight_list(const std::string& text, std::size_t expected, const std::string& rule) {
  std::vector<std::int8_t> out;
  out.reserve(expected);
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    if (*p == ' ') {
      ++p;
      continue;
    }
    int w = 0;
    const auto [next, ec] = std::from_chars(p, end, w);
    if (ec != std::errc() || w < -127 || w > 127) fail(rule, "weights are integers from -127 to 127");
    out.push_back(static_cast<std::int8_t>(w));
    p = next;
  }
  if (out.size() != expected) fail(rule, "one weight per feature: " + std::to_string(expected) + " expected");
  return out;
}

std::shared_ptr<const Finding> model_finding(const json& j, const std::string& category, const std::string& file) {
  auto f = std::make_shared<Finding>();
  f->id = text_field(j, "id", category);
  check_keys(j, {"id", "description", "severity", "highlight", "title", "message", "advice", "guidance"}, f->id);
  f->file = file;
  f->category = category;
  const auto severity = text_field(j, "severity", f->id);
  if (severity == "low") f->severity = Severity::low;
  else if (severity == "medium") f->severity = Severity::medium;
  else if (severity == "high") f->severity = Severity::high;
  else fail(f->id, "\"severity\" must be low, medium or high");
  if (j.contains("highlight")) {
    const auto highlight = text_field(j, "highlight", f->id);
    if (highlight != "evidence" && highlight != "sentence") fail(f->id, "\"highlight\" must be \"evidence\" or \"sentence\"");
    f->shade_sentence = highlight == "sentence";
  }
  f->title = text_field(j, "title", f->id);
  f->message = text_field(j, "message", f->id);
  f->advice = text_field(j, "advice", f->id);
  f->guidance = text_field(j, "guidance", f->id);
  return f;
}

ModelFile read(const json& j, const std::string& file) {
  check_keys(j, {"kind", "description", "trained_on", "scale", "min_words", "features", "categories"}, "");
  const double min_words = number_field(j, "min_words", "");
  if (min_words < 0 || min_words != std::floor(min_words)) fail("", "\"min_words\" must be a whole number");
  const double scale = number_field(j, "scale", "");
  if (!(scale > 0)) fail("", "\"scale\" must be positive");
  // One string, a feature per line: 35,000 JSON strings would take longer
  // to parse than the rest of the model file together.
  const auto names = text_field(j, "features", "");
  std::vector<std::string_view> features;
  for (std::size_t pos = 0; pos < names.size();) {
    const auto end = std::min(names.find('\n', pos), names.size());
    features.push_back(std::string_view(names).substr(pos, end - pos));
    pos = end + 1;
  }
  const auto& cats = field(j, "categories", "");
  if (!cats.is_object() || cats.empty()) fail("", "\"categories\" must be an object of categories");
  ModelFile out;
  std::vector<ModelCategory> categories;
  std::vector<std::vector<std::int8_t>> by_category;
  for (const auto& [name, body] : cats.items()) {
    check_keys(body, {"bias", "weights", "warn_at", "withdraw_below", "withdraws", "with", "finding"}, name);
    ModelCategory c;
    c.category = name;
    c.bias = number_field(body, "bias", name);
    c.warn_at = levels(body, "warn_at", name);
    c.withdraw_below = levels(body, "withdraw_below", name);
    if (body.contains("withdraws")) {
      if (!body.at("withdraws").is_array()) fail(name, "\"withdraws\" must be an array of finding ids");
      for (const auto& id : body.at("withdraws")) {
        if (!id.is_string()) fail(name, "\"withdraws\" must be an array of finding ids");
        c.withdraws.push_back(id.get<std::string>());
      }
    }
    if (body.contains("with")) {
      if (!body.at("with").is_array()) fail(name, "\"with\" must be an array of categories");
      for (const auto& other : body.at("with")) {
        if (!other.is_string()) fail(name, "\"with\" must be an array of categories");
        c.with.push_back(other.get<std::string>());
      }
    }
    out.findings.push_back(model_finding(field(body, "finding", name), name, file));
    c.finding = out.findings.back().get();
    by_category.push_back(weight_list(text_field(body, "weights", name), features.size(), name));
    categories.push_back(std::move(c));
  }
  // Row-major: each feature's weights for every category together.
  std::vector<std::int8_t> weights;
  weights.reserve(features.size() * categories.size());
  for (std::size_t f = 0; f < features.size(); ++f)
    for (const auto& w : by_category) weights.push_back(w[f]);
  out.model = TextModel(features, weights, scale, std::move(categories), static_cast<std::size_t>(min_words));
  return out;
}

}  // namespace

std::variant<ModelFile, LoadError> read_model_file(const json& j, const std::string& file) {
  try {
    return read(j, file);
  } catch (const ModelError& e) {
    return LoadError{file, e.rule, e.message};
  } catch (const json::exception& e) {
    return LoadError{file, "", e.what()};
  }
}

}  // namespace secondthought
