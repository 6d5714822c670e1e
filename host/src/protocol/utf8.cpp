#include "protocol/utf8.hpp"

namespace secondthought {
namespace {

// Length of the sequence a lead byte starts, or 0 if it cannot start one.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    auto lead = static_cast<unsigned char>(bytes[i]);
    std::size_t length = sequence_length(lead);
    if (length == 0 || bytes.size() - i < length) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if (!is_continuation(static_cast<unsigned char>(bytes[i + k]))) return false;
    }
    if (length >= 3) {
      // The second byte's range rules out overlongs, surrogates and > U+10FFFF.
      auto second = static_cast<unsigned char>(bytes[i + 1]);
      if (lead == 0xE0 && second < 0xA0) return false;
      if (lead == 0xED && second > 0x9F) return false;
      if (lead == 0xF0 && second < 0x90) return false;
      if (lead == 0xF4 && second > 0x8F) return false;
    }
    i += length;
  }
  return true;
}

std::size_t utf8_offset_of_utf16(std::string_view text, std::uint32_t unit) {
  std::size_t byte = 0;
  std::uint32_t units = 0;
  while (byte < text.size()) {
    std::size_t length = sequence_length(static_cast<unsigned char>(text[byte]));
    if (length == 0) length = 1;  // outside the pre-condition: step, don't loop forever
    std::uint32_t width = length == 4 ? 2 : 1;  // astral code points are surrogate pairs
    if (units + width > unit) return byte;
    units += width;
    byte += length;
  }
  return text.size();
}

std::uint32_t utf16_length(std::string_view text) {
  std::uint32_t units = 0;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2U : 1U;  // lead bytes only; four-byte leads are pairs
  }
  return units;
}

}  // namespace secondthought
