#include "engine/sentence_context.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "protocol/utf8.hpp"

namespace secondthought {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_terminator(char c) { return c == '.' || c == '!' || c == '?'; }

std::size_t sentence_begin(std::string_view text, std::size_t at) {
  std::size_t i = at;
  const std::size_t floor = at > kMaxSentenceReach ? at - kMaxSentenceReach : 0;
  while (i > floor) {
    const char c = text[i - 1];
    if (c == '\n' || (is_space(c) && i >= 2 && is_terminator(text[i - 2]))) break;
    --i;
  }
  if (i == floor && floor > 0) {  // no boundary within reach: start at a word, not inside one
    while (i < at && !is_space(text[i - 1])) ++i;
  }
  while (i < at && is_space(text[i])) ++i;
  return i;
}

std::size_t sentence_end(std::string_view text, std::size_t at) {
  // Evidence that ends a sentence ("...the lot of them.") ends the shading too.
  if (at > 0 && is_terminator(text[at - 1]) && (at == text.size() || is_space(text[at]))) return at;
  std::size_t i = at;
  const std::size_t ceiling = std::min(text.size(), at + kMaxSentenceReach);
  while (i < ceiling) {
    const char c = text[i];
    if (c == '\n') break;
    ++i;
    if (is_terminator(c)) {
      while (i < text.size() && is_terminator(text[i])) ++i;
      if (i >= text.size() || is_space(text[i])) return i;
    }
  }
  if (i == ceiling && ceiling < text.size()) {  // cut at a word boundary
    while (i > at && !is_space(text[i])) --i;
  }
  while (i > at && is_space(text[i - 1])) --i;
  return i;
}

bool has_non_space(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return !is_space(c); });
}

// `range` without the white space at either end, as a context span; nothing if only white space.
std::optional<Span> trimmed_context(const OriginalRange& range, std::string_view original) {
  auto begin = range.byte_begin, end = range.byte_end;
  while (begin < end && is_space(original[begin])) ++begin;
  while (end > begin && is_space(original[end - 1])) --end;
  if (begin == end) return std::nullopt;
  const auto start = range.utf16.start + utf16_length(original.substr(range.byte_begin, begin - range.byte_begin));
  return Span{start, start + utf16_length(original.substr(begin, end - begin)), SpanKind::context};
}

void add_sentences(const std::vector<OriginalRange>& more, std::string_view original, std::vector<Span>& out) {
  for (const auto& range : more) {
    const auto span = trimmed_context(range, original);
    if (!span) continue;
    const bool clear = std::none_of(out.begin(), out.end(),
                                    [&](const Span& s) { return s.start < span->end && span->start < s.end; });
    if (clear) out.push_back(*span);
  }
  std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
}

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!is_space(s[i]) && (i == 0 || is_space(s[i - 1]))) ++words;
  return words;
}

// The short sentence that starts after `end` (where a shaded sentence ends,
// `end16` in UTF-16), if there is one: a closing remark. Not after a sentence
// the reach limit cut short (its rest is no new sentence), nor past a blank
// line (a new paragraph is a new thought).
std::optional<OriginalRange> closing_remark(std::string_view original, std::size_t end, std::uint32_t end16) {
  std::size_t begin = end, breaks = 0;
  for (; begin < original.size() && is_space(original[begin]); ++begin) breaks += original[begin] == '\n';
  if (begin >= original.size() || breaks > 1) return std::nullopt;
  if (breaks == 0 && !(end > 0 && is_terminator(original[end - 1]))) return std::nullopt;
  const std::size_t stop = sentence_end(original, begin);
  const auto text = original.substr(begin, stop - begin);
  if (text.size() > kMaxClosingBytes || word_count(text) > kMaxClosingWords) return std::nullopt;
  const auto start16 = end16 + utf16_length(original.substr(end, begin - end));
  return OriginalRange{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(stop),
                       Span{start16, start16 + utf16_length(text), SpanKind::context}};
}

}  // namespace

std::vector<std::size_t> sentence_ends(std::string_view text) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool stop = is_terminator(text[i]) && (i + 1 == text.size() || is_space(text[i + 1]));
    if (text[i] == '\n' || stop) ends.push_back(i + 1);
  }
  if (ends.empty() || ends.back() < text.size()) ends.push_back(text.size());
  return ends;
}

std::vector<Span> with_sentence_context(const std::vector<OriginalRange>& evidence, std::string_view original,
                                        const std::vector<OriginalRange>& more) {
  std::vector<Span> out;
  std::vector<OriginalRange> closing;
  std::size_t i = 0;
  std::size_t shaded_to = 0;  // where the previous sentence's shading ended
  while (i < evidence.size()) {
    // One sentence, grown while the next piece of evidence starts inside it. A
    // sentence cut short by the reach limit must not let the next one shade back over it.
    const auto& first = evidence[i];
    std::size_t begin = std::max(sentence_begin(original, first.byte_begin), shaded_to);
    while (begin < first.byte_begin && is_space(original[begin])) ++begin;
    std::size_t end = sentence_end(original, first.byte_end);
    std::size_t last = i;
    while (last + 1 < evidence.size() && evidence[last + 1].byte_begin < end) {
      ++last;
      end = std::max(end, sentence_end(original, evidence[last].byte_end));
    }

    // Context before, between and after the evidence, measured from the evidence's own offsets.
    std::size_t cursor = begin;
    std::uint32_t cursor16 = first.utf16.start - utf16_length(original.substr(begin, first.byte_begin - begin));
    for (std::size_t k = i; k <= last; ++k) {
      const auto& e = evidence[k];
      const auto gap = original.substr(cursor, e.byte_begin - cursor);
      if (has_non_space(gap)) out.push_back(Span{cursor16, e.utf16.start, SpanKind::context});
      out.push_back(e.utf16);
      cursor = e.byte_end;
      cursor16 = e.utf16.end;
    }
    const auto tail = original.substr(cursor, end - cursor);
    if (has_non_space(tail)) out.push_back(Span{cursor16, cursor16 + utf16_length(tail), SpanKind::context});
    if (auto remark = closing_remark(original, end, cursor16 + utf16_length(tail))) closing.push_back(*remark);
    shaded_to = end;
    i = last + 1;
  }
  add_sentences(closing, original, out);
  add_sentences(more, original, out);
  return out;
}

}  // namespace secondthought
