// UTF-8 checks and UTF-16 offset mapping for the protocol's text fields.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace secondthought {

// True if `bytes` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// The byte offset in `text` of UTF-16 code unit `unit`, as JavaScript counts.
// Pre-condition: `text` is valid UTF-8. A unit past the end maps to text.size();
// a unit inside a surrogate pair maps to the start of that code point.
std::size_t utf8_offset_of_utf16(std::string_view text, std::uint32_t unit);

// UTF-16 code units in `text`, as JavaScript's `length` counts them: one per code
// point, two outside the Basic Multilingual Plane. Pre-condition: valid UTF-8.
std::uint32_t utf16_length(std::string_view text);

}  // namespace secondthought
