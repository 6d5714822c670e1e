#include "engine/lowercase.hpp"

#include <utf8proc.h>

#include <vector>

namespace secondthought {
namespace {

// The code point at utf8[i] and its length; {0, 0} for a broken sequence.
std::pair<utf8proc_int32_t, std::size_t> code_point_at(std::string_view utf8, std::size_t i) {
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data() + i),
                                  static_cast<utf8proc_ssize_t>(utf8.size() - i), &cp);
  if (n <= 0) return {0, 0};
  return {cp, static_cast<std::size_t>(n)};
}

void append_code_point(utf8proc_int32_t cp, std::string& out) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// Appends the code point at utf8[i], lowered when its encoding keeps its length;
// returns the index after it.
std::size_t append_lowered(std::string_view utf8, std::size_t i, std::string& out) {
  const auto c = static_cast<unsigned char>(utf8[i]);
  if (c < 0x80) {
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c));
    return i + 1;
  }
  const auto [cp, n] = code_point_at(utf8, i);
  if (n == 0) {  // not reached for valid input; copy the byte rather than fail
    out.push_back(utf8[i]);
    return i + 1;
  }
  const auto lower = utf8proc_tolower(cp);
  utf8proc_uint8_t buf[4];
  if (lower != cp && static_cast<std::size_t>(utf8proc_encode_char(lower, buf)) == n)
    out.append(reinterpret_cast<const char*>(buf), n);
  else
    out.append(utf8.substr(i, n));
  return i + n;
}

// Length of the escape starting at pattern[i] == '\\', copied unchanged:
// "\S", "\x{41}", "\p{Greek}", "\pL".
std::size_t escape_length(std::string_view pattern, std::size_t i) {
  if (i + 1 >= pattern.size()) return pattern.size() - i;
  const char kind = pattern[i + 1];
  if ((kind == 'p' || kind == 'P' || kind == 'x') && i + 2 < pattern.size() && pattern[i + 2] == '{') {
    const auto close = pattern.find('}', i + 3);
    return close == std::string_view::npos ? pattern.size() - i : close - i + 1;
  }
  if ((kind == 'p' || kind == 'P') && i + 2 < pattern.size()) return 3;
  if (kind == 'x') return std::min<std::size_t>(4, pattern.size() - i);
  return 2;
}

}  // namespace

std::string lower_same_length(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) i = append_lowered(utf8, i, out);
  return out;
}

std::optional<std::string> lower_pattern(std::string_view pattern) {
  if (pattern.find("(?-") != std::string_view::npos || pattern.find("\\Q") != std::string_view::npos)
    return std::nullopt;
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '\\') {
      const auto n = escape_length(pattern, i);
      out.append(pattern.substr(i, n));
      i += n;
    } else if (pattern.substr(i, 2) == "(?") {  // flags ("(?U)", "(?s:") and group names
      const bool named = i + 2 < pattern.size() && pattern[i + 2] == 'P';
      const auto close = pattern.find_first_of(named ? ">" : ":)", i + 2);
      const auto n = close == std::string_view::npos ? pattern.size() - i : close - i + 1;
      out.append(pattern.substr(i, n));
      i += n;
    } else {
      i = append_lowered(pattern, i, out);
    }
  }
  return out;
}

namespace {

// The other cases of `cp` (its lower and upper case where they differ from it).
std::vector<utf8proc_int32_t> other_cases(utf8proc_int32_t cp) {
  std::vector<utf8proc_int32_t> others;
  for (const auto c : {utf8proc_tolower(cp), utf8proc_toupper(cp)})
    if (c != cp && (others.empty() || others.front() != c)) others.push_back(c);
  return others;
}

bool ascii_lower(utf8proc_int32_t c) { return c >= 'a' && c <= 'z'; }
bool ascii_upper(utf8proc_int32_t c) { return c >= 'A' && c <= 'Z'; }

// Rewrites the class starting at pattern[i] == '[' into `out`; returns the index
// after it, or 0 when the class cannot be rewritten plainly.
std::size_t rewrite_class(std::string_view pattern, std::size_t i, bool fold, std::string& out) {
  std::string body, added;
  bool trailing_hyphen = false;  // a literal '-' last: what is added must go before it
  std::size_t j = i + 1;
  if (j < pattern.size() && pattern[j] == '^') body += pattern[j++];
  for (bool first = true; j < pattern.size() && (pattern[j] != ']' || first); first = false) {
    if (pattern[j] == '\\') {
      if (j + 1 < pattern.size() && (pattern[j + 1] == 'x' || pattern[j + 1] == 'Q')) return 0;
      const auto n = escape_length(pattern, j);
      body.append(pattern.substr(j, n));
      trailing_hyphen = false;
      j += n;
      continue;
    }
    if (pattern.substr(j, 2) == "[:") {
      const auto close = pattern.find(":]", j);
      if (close == std::string_view::npos) return 0;
      const auto name = pattern.substr(j, close + 2 - j);
      if (fold && (name == "[:upper:]" || name == "[:lower:]")) return 0;
      body.append(name);
      trailing_hyphen = false;
      j = close + 2;
      continue;
    }
    const auto [lo, n] = code_point_at(pattern, j);
    if (n == 0) return 0;
    const bool range = j + n + 1 < pattern.size() && pattern[j + n] == '-' && pattern[j + n + 1] != ']';
    trailing_hyphen = !range && lo == '-';
    if (!range) {
      body.append(pattern.substr(j, n));
      if (fold)
        for (const auto c : other_cases(lo)) append_code_point(c, added);
      j += n;
      continue;
    }
    const auto [hi, m] = code_point_at(pattern, j + n + 1);
    if (m == 0 || pattern[j + n + 1] == '\\' || pattern[j + n + 1] == '[') return 0;
    body.append(pattern.substr(j, n + 1 + m));
    if (fold) {
      const bool lower = ascii_lower(lo) && ascii_lower(hi), upper = ascii_upper(lo) && ascii_upper(hi);
      if (lower || upper) {
        const int shift = lower ? 'A' - 'a' : 'a' - 'A';
        append_code_point(lo + shift, added);
        added += '-';
        append_code_point(hi + shift, added);
      } else {
        for (auto c = lo; c <= hi; ++c)
          if (!other_cases(c).empty()) return 0;  // letters among other characters
      }
    }
    j += n + 1 + m;
  }
  if (j >= pattern.size()) return 0;
  if (trailing_hyphen) body.pop_back();
  out += '[';
  out += body;
  out += added;
  if (trailing_hyphen) out += '-';
  out += ']';
  return j + 1;
}

}  // namespace

std::optional<std::string> case_classes_pattern(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size() * 3);
  std::vector<bool> outer;  // whether letters fold, for each enclosing group
  bool fold = true;
  for (std::size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 < pattern.size() && (pattern[i + 1] == 'x' || pattern[i + 1] == 'Q')) return std::nullopt;
      const auto n = escape_length(pattern, i);
      out.append(pattern.substr(i, n));
      i += n;
    } else if (c == '[') {
      i = rewrite_class(pattern, i, fold, out);
      if (i == 0) return std::nullopt;
    } else if (c == '(') {
      outer.push_back(fold);
      // The opening as written, but a case switch becomes a plain group.
      std::size_t n = 1;
      std::string_view opening = pattern.substr(i, 1);
      if (pattern.substr(i, 5) == "(?-i:" || pattern.substr(i, 4) == "(?i:") {
        fold = pattern[i + 2] == 'i';
        n = fold ? 4 : 5;
        opening = "(?:";
      } else if (pattern.substr(i, 3) == "(?:") {
        n = 3;
        opening = pattern.substr(i, n);
      } else if (pattern.substr(i, 3) == "(?P") {
        const auto close = pattern.find('>', i);
        if (close == std::string_view::npos) return std::nullopt;
        n = close - i + 1;
        opening = pattern.substr(i, n);
      } else if (pattern.substr(i, 2) == "(?") {
        return std::nullopt;  // flags for the rest of a group, or an unknown form
      }
      out.append(opening);
      i += n;
    } else if (c == ')') {
      if (!outer.empty()) {
        fold = outer.back();
        outer.pop_back();
      }
      out += c;
      ++i;
    } else {
      const auto [cp, n] = code_point_at(pattern, i);
      if (n == 0) return std::nullopt;
      const auto others = fold ? other_cases(cp) : std::vector<utf8proc_int32_t>{};
      if (others.empty()) {
        out.append(pattern.substr(i, n));
      } else {
        out += '[';
        out.append(pattern.substr(i, n));
        for (const auto o : others) append_code_point(o, out);
        out += ']';
      }
      i += n;
    }
  }
  return out;
}

}  // namespace secondthought
