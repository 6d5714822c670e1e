#include "engine/lowercase.hpp"

#include <utf8proc.h>

namespace secondthought {
namespace {

// Appends the code point at utf8[i], lowered when its encoding keeps its length;
// returns the index after it.
std::size_t append_lowered(std::string_view utf8, std::size_t i, std::string& out) {
  const auto c = static_cast<unsigned char>(utf8[i]);
  if (c < 0x80) {
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c));
    return i + 1;
  }
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data() + i),
                                  static_cast<utf8proc_ssize_t>(utf8.size() - i), &cp);
  if (n <= 0) {  // not reached for valid input; copy the byte rather than fail
    out.push_back(utf8[i]);
    return i + 1;
  }
  utf8proc_uint8_t buf[4];
  const auto lower = utf8proc_tolower(cp);
  if (lower != cp && utf8proc_encode_char(lower, buf) == n)
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  else
    out.append(utf8.substr(i, static_cast<std::size_t>(n)));
  return i + static_cast<std::size_t>(n);
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

}  // namespace secondthought
