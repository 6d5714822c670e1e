#include "engine/pack_json.hpp"

#include <algorithm>

namespace secondthought {

using nlohmann::json;

void pack_fail(const std::string& file, const std::string& rule, const std::string& message) {
  throw PackError{LoadError{file, rule, message}};
}

void check_keys(const json& j, std::initializer_list<std::string_view> known, const std::string& file,
                const std::string& rule) {
  if (!j.is_object()) pack_fail(file, rule, "expected a JSON object");
  for (const auto& [key, value] : j.items())
    if (std::find(known.begin(), known.end(), key) == known.end())
      pack_fail(file, rule, "unknown key \"" + key + "\"");
}

std::string get_string(const json& j, const char* key, const std::string& file, const std::string& rule,
                       bool required) {
  if (!j.contains(key)) {
    if (required) pack_fail(file, rule, std::string("missing \"") + key + "\"");
    return {};
  }
  if (!j.at(key).is_string()) pack_fail(file, rule, std::string("\"") + key + "\" must be a string");
  return j.at(key).get<std::string>();
}

std::vector<std::string> get_strings(const json& j, const char* key, const std::string& file, const std::string& rule) {
  if (!j.contains(key)) return {};
  const auto& v = j.at(key);
  const auto wrong = std::string("\"") + key + "\" must be an array of strings";
  if (!v.is_array()) pack_fail(file, rule, wrong);
  std::vector<std::string> out;
  for (const auto& item : v) {
    if (!item.is_string()) pack_fail(file, rule, wrong);
    out.push_back(item.get<std::string>());
  }
  return out;
}

int get_int(const json& j, const char* key, int fallback, const std::string& file, const std::string& rule) {
  if (!j.contains(key)) return fallback;
  if (!j.at(key).is_number_integer()) pack_fail(file, rule, std::string("\"") + key + "\" must be an integer");
  return j.at(key).get<int>();
}

const json& get_object(const json& j, const char* key, const std::string& file, const std::string& rule) {
  if (!j.contains(key) || !j.at(key).is_object())
    pack_fail(file, rule, std::string("\"") + key + "\" must be an object");
  return j.at(key);
}

double get_number(const json& j, const char* key, const std::string& file, const std::string& rule) {
  if (!j.contains(key)) pack_fail(file, rule, std::string("missing \"") + key + "\"");
  if (!j.at(key).is_number()) pack_fail(file, rule, std::string("\"") + key + "\" must be a number");
  return j.at(key).get<double>();
}

Severity parse_severity(const std::string& s, const std::string& file, const std::string& rule) {
  if (s == "low") return Severity::low;
  if (s == "medium") return Severity::medium;
  if (s == "high") return Severity::high;
  pack_fail(file, rule, "severity must be low, medium or high");
}

bool shades_sentence(const json& j, const std::string& file, const std::string& rule) {
  const auto highlight = get_string(j, "highlight", file, rule, false);
  if (!highlight.empty() && highlight != "evidence" && highlight != "sentence")
    pack_fail(file, rule, "\"highlight\" must be \"evidence\" or \"sentence\"");
  return highlight == "sentence";
}

}  // namespace secondthought
