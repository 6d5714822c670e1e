// A draft folded for matching, with a map from every folded byte back to the
// original text's UTF-8 bytes and UTF-16 code units.
#pragma once

#include <cstdint>
#include <string>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "secondthought/warning.hpp"

namespace secondthought {

// Letters and digits of ASCII: what counts as part of a word once text is folded.
inline bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// How text is folded before matching; loaded from the rule files.
struct FoldTable {
  // Code point -> replacement (Cyrillic and Greek letters that look Latin, curly
  // quotes, dashes): rules/confusables.json.
  std::unordered_map<char32_t, char32_t> chars;
  // Whole word, lower case -> what it stands for ("ur" -> "your", "ppl" ->
  // "people"): short forms typed in a hurry, rules/short_forms.json. One-letter
  // forms apply only in lower case ("Ward N" is a ward).
  std::unordered_map<std::string, std::string> words;
};

// A range of the original text, in both units the engine needs.
struct OriginalRange {
  std::uint32_t byte_begin = 0, byte_end = 0;  // UTF-8 bytes of the original
  Span utf16;                                  // what the protocol reports
};

class NormalizedText {
 public:
  // Pre-condition: `original` is valid UTF-8. Compatibility-decomposes every
  // code point (NFKD: full-width digits, mathematical bold letters), drops marks
  // and default-ignorable characters (zero-width space, soft hyphen, variation
  // selectors), then applies `fold.chars`, then joins letters spaced out to dodge
  // filters ("N H S"), then writes out short forms (`fold.words`). Case is kept:
  // names need it; rules that ignore case say so.
  static NormalizedText build(std::string_view original, const FoldTable& fold);

  const std::string& text() const { return folded_; }

  // The original range that produced folded bytes [begin, end). Pre-condition:
  // begin < end <= text().size().
  OriginalRange original_range(std::size_t begin, std::size_t end) const;

 private:
  void join_spaced_letters();
  void expand_short_forms(const std::unordered_map<std::string, std::string>& words);

  std::string folded_;
  std::vector<std::uint32_t> source_of_byte_;  // folded byte -> index of source code point
  std::vector<std::uint32_t> cp_byte_;         // code point index -> original byte offset (+ end sentinel)
  std::vector<std::uint32_t> cp_utf16_;        // code point index -> original UTF-16 offset (+ end sentinel)
};

}  // namespace secondthought
