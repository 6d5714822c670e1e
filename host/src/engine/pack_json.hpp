// Reading rule-pack JSON: the field checks every kind of rule file shares
// (rule_pack.cpp, model_file.cpp). Each failure throws PackError naming the
// file and rule; the loaders catch it at their edge and return it as a value.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "secondthought/engine.hpp"
#include "secondthought/warning.hpp"

namespace secondthought {

struct PackError {
  LoadError error;
};

// Every failure names the file and, inside it, the rule (empty for the whole file).
[[noreturn]] void pack_fail(const std::string& file, const std::string& rule, const std::string& message);

// A misspelt key ("validator" for "validate") would otherwise be ignored and the
// rule would silently do less than its author thinks. Also fails when `j` is not an object.
void check_keys(const nlohmann::json& j, std::initializer_list<std::string_view> known, const std::string& file,
                const std::string& rule);

// The string at `key`; when absent, an error if `required`, else "".
std::string get_string(const nlohmann::json& j, const char* key, const std::string& file, const std::string& rule,
                       bool required = true);

// The array of strings at `key`; empty when absent.
std::vector<std::string> get_strings(const nlohmann::json& j, const char* key, const std::string& file,
                                     const std::string& rule);

// The integer at `key`, or `fallback` when absent.
int get_int(const nlohmann::json& j, const char* key, int fallback, const std::string& file, const std::string& rule);

// The object at `key` (required).
const nlohmann::json& get_object(const nlohmann::json& j, const char* key, const std::string& file,
                                 const std::string& rule);

// The number at `key` (required).
double get_number(const nlohmann::json& j, const char* key, const std::string& file, const std::string& rule);

// "low", "medium" or "high".
Severity parse_severity(const std::string& s, const std::string& file, const std::string& rule);

// A finding's optional "highlight": true when it is "sentence" (shade the
// sentences of its evidence), false when "evidence" or absent.
bool shades_sentence(const nlohmann::json& j, const std::string& file, const std::string& rule);

}  // namespace secondthought
