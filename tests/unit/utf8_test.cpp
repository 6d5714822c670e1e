#include <catch2/catch.hpp>

#include "protocol/utf8.hpp"

using namespace secondthought;

TEST_CASE("utf8: well-formed text is accepted", "[utf8]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80"));  // é 中 😀
  CHECK(is_valid_utf8("\xf4\x8f\xbf\xbf"));                         // U+10FFFF
}

TEST_CASE("utf8: malformed bytes are refused", "[utf8]") {
  CHECK_FALSE(is_valid_utf8("\x80"));              // lone continuation
  CHECK_FALSE(is_valid_utf8("\xc3"));              // cut short
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xe0\x80\xaf"));      // overlong
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate U+D800
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // over U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xff"));
}

TEST_CASE("utf8: UTF-16 units map to byte offsets as JavaScript counts", "[utf8]") {
  std::string text = "\xf0\x9f\x98\x80 Ann";  // "😀 Ann": 😀 is 2 units, 4 bytes
  CHECK(utf8_offset_of_utf16(text, 0) == 0);
  CHECK(utf8_offset_of_utf16(text, 1) == 0);  // inside the pair: its start
  CHECK(utf8_offset_of_utf16(text, 2) == 4);
  CHECK(utf8_offset_of_utf16(text, 3) == 5);
  CHECK(utf8_offset_of_utf16(text, 6) == 8);
  CHECK(utf8_offset_of_utf16(text, 99) == text.size());
  CHECK(utf8_offset_of_utf16("\xc3\xa9x", 1) == 2);  // é is 1 unit, 2 bytes
}

TEST_CASE("utf8: UTF-16 length counts as JavaScript's length does", "[utf8]") {
  CHECK(utf16_length("") == 0);
  CHECK(utf16_length("bed 4") == 5);
  CHECK(utf16_length("caf\xC3\xA9") == 4);                // é: two bytes, one unit
  CHECK(utf16_length("\xE2\x82\xAC") == 1);               // €: three bytes, one unit
  CHECK(utf16_length("\xF0\x9F\x98\x80!") == 3);          // an emoji is a surrogate pair
  const std::string text = "Ward \xF0\x9F\x8F\xA5 7b";
  CHECK(utf8_offset_of_utf16(text, utf16_length(text)) == text.size());
}
