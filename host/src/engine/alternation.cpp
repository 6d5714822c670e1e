#include "engine/alternation.hpp"

namespace secondthought {
namespace {

// Index just past the character class that opens at pattern[i] == '[', or npos
// when it never closes. A ']' first in the class (after an optional '^') is a
// literal, as are escaped characters; "[:alpha:]" inside a class is skipped whole.
std::size_t class_end(std::string_view pattern, std::size_t i) {
  ++i;
  if (i < pattern.size() && pattern[i] == '^') ++i;
  if (i < pattern.size() && pattern[i] == ']') ++i;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '\\') {
      i += 2;
    } else if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') {
      const auto close = pattern.find(":]", i + 2);
      if (close == std::string_view::npos) return std::string_view::npos;
      i = close + 2;
    } else if (c == ']') {
      return i + 1;
    } else {
      ++i;
    }
  }
  return std::string_view::npos;
}

// Whether "(?" at pattern[i] sets flags for the rest of its group ("(?i)",
// "(?-s)") rather than opening a group ("(?i:", "(?P<name>").
bool is_flag_setting(std::string_view pattern, std::size_t i) {
  for (std::size_t j = i + 2; j < pattern.size(); ++j) {
    const char c = pattern[j];
    if (c == ')') return true;
    if (c == ':' || c == 'P' || c == '<') return false;
  }
  return false;
}

// Top-level alternatives, or nothing when splitting is not safe.
std::vector<std::string_view> alternatives(std::string_view pattern) {
  if (pattern.find("\\Q") != std::string_view::npos) return {};
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      const auto end = class_end(pattern, i);
      if (end == std::string_view::npos) return {};
      i = end - 1;
    } else if (c == '(') {
      if (depth == 0 && pattern.substr(i, 2) == "(?" && is_flag_setting(pattern, i)) return {};
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return {};
    } else if (c == '|' && depth == 0) {
      out.push_back(pattern.substr(start, i - start));
      start = i + 1;
    }
  }
  if (depth != 0) return {};
  out.push_back(pattern.substr(start));
  return out;
}

}  // namespace

std::vector<std::string> split_alternation(std::string_view pattern, std::size_t max_part_bytes) {
  if (pattern.size() <= max_part_bytes) return {std::string(pattern)};
  const auto alts = alternatives(pattern);
  if (alts.size() < 2) return {std::string(pattern)};
  std::vector<std::string> parts;
  std::string part;
  for (const auto alt : alts) {
    if (!part.empty() && part.size() + 1 + alt.size() > max_part_bytes) {
      parts.push_back(std::move(part));
      part.clear();
    } else if (!part.empty()) {
      part += '|';
    }
    part += alt;
  }
  parts.push_back(std::move(part));
  return parts;
}

}  // namespace secondthought
