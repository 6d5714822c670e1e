#include "engine/normalized_text.hpp"

#include "engine/lowercase.hpp"

#include <utf8proc.h>

#include <array>

namespace secondthought {
namespace {

// DECOMPOSE is what makes utf8proc apply decompositions at all; COMPAT widens
// them to compatibility forms (full-width, styled letters, no-break space).
constexpr int kFoldOptions = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;

bool is_dropped(char32_t cp) {
  // Variation selectors and the emoji tag/keycap helpers carry no letters.
  return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x20E3 ||
         cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
}

void append_utf8(std::string& out, char32_t cp) {
  std::array<utf8proc_uint8_t, 4> buf{};
  const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf.data());
  out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

}  // namespace

NormalizedText NormalizedText::build(std::string_view original, const FoldTable& fold) {
  NormalizedText out;
  out.folded_.reserve(original.size());
  out.source_of_byte_.reserve(original.size());
  out.cp_byte_.reserve(original.size() + 1);
  out.cp_utf16_.reserve(original.size() + 1);

  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(original.data());
  std::size_t pos = 0;
  std::uint32_t utf16 = 0;
  std::array<utf8proc_int32_t, 32> decomposed{};
  while (pos < original.size()) {
    utf8proc_int32_t cp = 0;
    auto used = utf8proc_iterate(bytes + pos, static_cast<utf8proc_ssize_t>(original.size() - pos), &cp);
    if (used <= 0) {  // pre-condition broken: treat the byte as U+FFFD and move on
      used = 1;
      cp = 0xFFFD;
    }
    const auto index = static_cast<std::uint32_t>(out.cp_byte_.size());
    out.cp_byte_.push_back(static_cast<std::uint32_t>(pos));
    out.cp_utf16_.push_back(utf16);
    utf16 += cp >= 0x10000 ? 2U : 1U;
    pos += static_cast<std::size_t>(used);

    int boundclass = 0;
    auto n = utf8proc_decompose_char(cp, decomposed.data(), decomposed.size(),
                                     static_cast<utf8proc_option_t>(kFoldOptions), &boundclass);
    if (n < 0 || static_cast<std::size_t>(n) > decomposed.size()) {
      decomposed[0] = cp;
      n = 1;
    }
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
      auto c = static_cast<char32_t>(decomposed[static_cast<std::size_t>(i)]);
      if (is_dropped(c)) continue;
      if (auto it = fold.chars.find(c); it != fold.chars.end()) c = it->second;
      const auto before = out.folded_.size();
      append_utf8(out.folded_, c);
      out.source_of_byte_.insert(out.source_of_byte_.end(), out.folded_.size() - before, index);
    }
  }
  out.cp_byte_.push_back(static_cast<std::uint32_t>(original.size()));
  out.cp_utf16_.push_back(utf16);
  out.join_spaced_letters();
  if (!fold.words.empty()) out.expand_short_forms(fold.words);
  return out;
}

// "ur sats r fine pls ring tmrw": each whole word that is a known short form is
// written out in full. Every byte of the expansion maps back into the word it
// replaces, so a highlight still lands on what was typed.
void NormalizedText::expand_short_forms(const std::unordered_map<std::string, std::string>& words) {
  std::string text;
  std::vector<std::uint32_t> source;
  text.reserve(folded_.size());
  source.reserve(folded_.size());
  const auto n = folded_.size();
  std::size_t i = 0;
  while (i < n) {
    if (!is_ascii_alnum(folded_[i])) {
      text.push_back(folded_[i]);
      source.push_back(source_of_byte_[i]);
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && is_ascii_alnum(folded_[j])) ++j;
    const std::string_view word(folded_.data() + i, j - i);
    const std::string key = lower_same_length(word);
    const bool lower = key == word;
    // Not inside a handle, hashtag, address, contraction or masked word ("@u", "#ppl",
    // "site.com/u", "I'd", "w*nker" is not "with *nker").
    const char before = i > 0 ? folded_[i - 1] : ' ';
    const bool attached = before == '@' || before == '#' || before == '/' || before == '\'' || before == '.' || before == '*' ||
                          (j < n && (folded_[j] == '\'' || folded_[j] == '@' || folded_[j] == '*' ||
                                     (folded_[j] == '.' && j + 1 < n && is_ascii_alnum(folded_[j + 1]))));
    const auto it = attached ? words.end() : words.find(key);
    if (it == words.end() || (key.size() == 1 && !lower)) {
      text.append(folded_, i, j - i);
      source.insert(source.end(), source_of_byte_.begin() + static_cast<std::ptrdiff_t>(i),
                    source_of_byte_.begin() + static_cast<std::ptrdiff_t>(j));
    } else {
      const auto& full = it->second;
      text += full;
      for (std::size_t k = 0; k < full.size(); ++k)  // all but the last byte map to the word's start
        source.push_back(source_of_byte_[k + 1 < full.size() ? i : j - 1]);
    }
    i = j;
  }
  folded_ = std::move(text);
  source_of_byte_ = std::move(source);
}

// "M r s  F a r q u h a r s o n" and "4 9 0 8 3 0 1 6 6 2" are written to slip
// past filters: a run of at least four single letters or digits separated by
// single spaces is joined (a double space stays as one word break).
void NormalizedText::join_spaced_letters() {
  const auto n = folded_.size();
  const auto single = [&](std::size_t j) {  // one letter or digit with none either side ("I'm" is not)
    return j < n && is_ascii_alnum(folded_[j]) && (j == 0 || (!is_ascii_alnum(folded_[j - 1]) && folded_[j - 1] != '\'')) &&
           (j + 1 >= n || !is_ascii_alnum(folded_[j + 1]));
  };
  std::vector<bool> drop(n, false);
  bool any = false;
  std::size_t i = 0;
  while (i < n) {
    if (!single(i)) {
      ++i;
      continue;
    }
    // A run: x␠x␠x… or x.x.x.… — letters spaced or dotted apart to dodge filters.
    std::vector<std::size_t> letters{i};
    std::vector<std::size_t> gaps;  // separators between consecutive letters
    std::size_t j = i;
    while (true) {
      const auto sep = folded_[j + 1 < n ? j + 1 : j];
      if (j + 2 < n && (sep == ' ' || sep == '.') && single(j + 2)) {
        gaps.push_back(j + 1);
        j += 2;
      } else if (j + 3 < n && sep == ' ' && folded_[j + 2] == ' ' && single(j + 3)) {
        gaps.push_back(j + 2);  // a double space is the word break: keep one space
        j += 3;
      } else {
        break;
      }
      letters.push_back(j);
    }
    // "I'm a d o c t o r": a leading "a" or "I" is a word of its own.
    std::size_t first = 0;
    if (letters.size() > 4 && (folded_[letters[0]] == 'a' || folded_[letters[0]] == 'A' || folded_[letters[0]] == 'I'))
      first = 1;
    if (letters.size() - first >= 4) {
      any = true;
      for (std::size_t g = first; g < gaps.size(); ++g) drop[gaps[g]] = true;
      if (j + 1 < n && folded_[j + 1] == '.' && folded_[letters[first] + 1] == '.') drop[j + 1] = true;  // "P.A.T.R.I.C.K."
    }
    i = j + 1;
  }
  if (!any) return;
  std::string text;
  std::vector<std::uint32_t> source;
  for (std::size_t k = 0; k < n; ++k)
    if (!drop[k]) {
      text.push_back(folded_[k]);
      source.push_back(source_of_byte_[k]);
    }
  folded_ = std::move(text);
  source_of_byte_ = std::move(source);
}

OriginalRange NormalizedText::original_range(std::size_t begin, std::size_t end) const {
  const auto first = source_of_byte_[begin];
  const auto last = source_of_byte_[end - 1] + 1;
  return {cp_byte_[first], cp_byte_[last], Span{cp_utf16_[first], cp_utf16_[last]}};
}

}  // namespace secondthought
