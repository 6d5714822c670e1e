#include "engine/model_file.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "engine/pack_json.hpp"
#include "engine/rule_pack.hpp"

namespace secondthought {
namespace {

using nlohmann::json;

// The non-empty parts of `text` between `separator`s, as views into it.
std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto end = std::min(text.find(separator, pos), text.size());
    if (end > pos) out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

// {"strict": p, "balanced": p, "relaxed": p}, each a probability.
std::array<double, 3> levels(const json& j, const char* key, const std::string& file, const std::string& rule) {
  const auto& v = get_object(j, key, file, rule);
  check_keys(v, {"strict", "balanced", "relaxed"}, file, rule);
  std::array<double, 3> out{};
  const char* names[] = {"strict", "balanced", "relaxed"};
  for (std::size_t i = 0; i < 3; ++i) {
    out[i] = get_number(v, names[i], file, rule);
    if (out[i] < 0 || out[i] > 1) pack_fail(file, rule, std::string("\"") + key + "\" holds probabilities from 0 to 1");
  }
  return out;
}

// "12 -3 0 ...": one small integer per feature (a string keeps the file and
// its parse small: a JSON array would be 35,000 numbers per category).
std::vector<std::int8_t> weight_list(const std::string& text, std::size_t expected, const std::string& file,
                                     const std::string& rule) {
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
    if (ec != std::errc() || w < -127 || w > 127) pack_fail(file, rule, "weights are integers from -127 to 127");
    out.push_back(static_cast<std::int8_t>(w));
    p = next;
  }
  if (out.size() != expected)
    pack_fail(file, rule, "one weight per feature: " + std::to_string(expected) + " expected");
  return out;
}

std::shared_ptr<const Finding> model_finding(const json& j, const std::string& category, const std::string& file) {
  auto f = std::make_shared<Finding>();
  f->id = get_string(j, "id", file, category);
  check_keys(j, {"id", "description", "severity", "highlight", "title", "message", "advice", "guidance"}, file, f->id);
  f->file = file;
  f->category = category;
  f->severity = parse_severity(get_string(j, "severity", file, f->id), file, f->id);
  f->shade_sentence = shades_sentence(j, file, f->id);
  f->title = get_string(j, "title", file, f->id);
  f->message = get_string(j, "message", file, f->id);
  f->advice = get_string(j, "advice", file, f->id);
  f->guidance = get_string(j, "guidance", file, f->id);
  return f;
}

// A "min_words" field: a whole number from `at_least` up to what a draft (at most
// 64 MiB) could hold, so that it converts to a count.
std::size_t word_count_field(const json& j, const std::string& file, const std::string& rule, double at_least,
                             const std::string& what) {
  const double n = get_number(j, "min_words", file, rule);
  if (!(n >= at_least && n <= double(1 << 26)) || n != std::floor(n)) pack_fail(file, rule, what);
  return static_cast<std::size_t>(n);
}

ModelFile read(const json& j, const std::string& file) {
  check_keys(j, {"kind", "description", "trained_on", "scale", "min_words", "not_evidence", "features", "categories"},
             file, "");
  const auto min_words = word_count_field(j, file, "", 0, "\"min_words\" must be a whole number");
  const double scale = get_number(j, "scale", file, "");
  if (!(scale > 0)) pack_fail(file, "", "\"scale\" must be positive");
  // One string, a feature per line: 35,000 JSON strings would take longer
  // to parse than the rest of the model file together.
  const auto names = get_string(j, "features", file, "");
  const auto features = split(names, '\n');
  const auto& cats = get_object(j, "categories", file, "");
  if (cats.empty()) pack_fail(file, "", "\"categories\" must name at least one category");
  ModelFile out;
  std::vector<ModelCategory> categories;
  std::vector<std::vector<std::int8_t>> by_category;
  for (const auto& [name, body] : cats.items()) {
    check_keys(body,
               {"bias", "weights", "warn_at", "withdraw_below", "withdraws", "with", "with_target", "long_drafts", "quiet_with",
                "finding"},
               file, name);
    ModelCategory c;
    c.category = name;
    c.bias = get_number(body, "bias", file, name);
    c.warn_at = levels(body, "warn_at", file, name);
    c.withdraw_below = levels(body, "withdraw_below", file, name);
    c.withdraws = get_strings(body, "withdraws", file, name);
    c.with = get_strings(body, "with", file, name);
    if (body.contains("long_drafts")) {
      const auto& long_drafts = get_object(body, "long_drafts", file, name);
      check_keys(long_drafts, {"min_words", "warn_at"}, file, name);
      c.warn_long_at = levels(long_drafts, "warn_at", file, name);
      c.long_min_words = word_count_field(long_drafts, file, name, static_cast<double>(min_words),
                                          "\"long_drafts\" \"min_words\" must be a whole number, at least the model's");
    }
    if (body.contains("quiet_with")) {
      c.quiet_signals = get_strings(body, "quiet_with", file, name);
      if (c.quiet_signals.empty()) pack_fail(file, name, "\"quiet_with\" must name at least one signal");
    }
    if (body.contains("with_target")) {
      const auto& target = get_object(body, "with_target", file, name);
      check_keys(target, {"signals", "warn_at", "min_words"}, file, name);
      c.target_signals = get_strings(target, "signals", file, name);
      if (c.target_signals.empty()) pack_fail(file, name, "\"with_target\" must name at least one signal");
      c.warn_with_target_at = levels(target, "warn_at", file, name);
      c.target_min_words =
          target.contains("min_words")
              ? word_count_field(target, file, name, static_cast<double>(min_words),
                                 "\"with_target\" \"min_words\" must be a whole number, at least the model's")
              : min_words;
    }
    out.findings.push_back(model_finding(get_object(body, "finding", file, name), name, file));
    c.finding = out.findings.back().get();
    by_category.push_back(weight_list(get_string(body, "weights", file, name), features.size(), file, name));
    categories.push_back(std::move(c));
  }
  // Row-major: each feature's weights for every category together.
  std::vector<std::int8_t> weights;
  weights.reserve(features.size() * categories.size());
  for (std::size_t f = 0; f < features.size(); ++f)
    for (const auto& w : by_category) weights.push_back(w[f]);
  // Words never quoted as evidence: one string, separated by spaces.
  const auto quiet = get_string(j, "not_evidence", file, "", false);
  out.model = TextModel(features, weights, scale, std::move(categories), min_words,
                        split(quiet, ' '));
  if (const auto& clash = out.model.clash())
    pack_fail(file, "", "features \"" + std::string(features[clash->first]) + "\" and \"" +
                            std::string(features[clash->second]) +
                            "\" cannot be told apart (listed twice, or their hashes collide): drop one");
  return out;
}

}  // namespace

std::variant<ModelFile, LoadError> read_model_file(const json& j, const std::string& file) {
  try {
    return read(j, file);
  } catch (const PackError& e) {
    return e.error;
  } catch (const json::exception& e) {
    return LoadError{file, "", e.what()};
  }
}

}  // namespace secondthought
