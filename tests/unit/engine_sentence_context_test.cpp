#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "engine/sentence_context.hpp"
#include "engine_test_helpers.hpp"

using namespace secondthought;
using st_test::utf16_units;

namespace {

// The evidence range of the first `needle` in `text`.
OriginalRange range_of(std::string_view text, std::string_view needle) {
  const auto at = text.find(needle);
  REQUIRE(at != std::string_view::npos);
  const auto b = static_cast<std::uint32_t>(at), e = static_cast<std::uint32_t>(at + needle.size());
  return {b, e, Span{utf16_units(text.substr(0, b)), utf16_units(text.substr(0, e))}};
}

// Each span as "[text]" for context and "<text>" for evidence, in order.
std::string render(std::string_view text, const std::vector<Span>& spans) {
  std::u16string wide;
  for (std::size_t i = 0; i < text.size();) {  // ASCII and one astral emoji are all these tests use
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) { wide.push_back(c); ++i; }
    else { wide += u"\xD83D\xDE44"; i += 4; }
  }
  std::string out;
  for (const auto& s : spans) {
    std::string piece;
    for (auto k = s.start; k < s.end; ++k) piece += wide[k] < 0x80 ? static_cast<char>(wide[k]) : '~';
    out += s.kind == SpanKind::context ? "[" + piece + "]" : "<" + piece + ">";
  }
  return out;
}

}  // namespace

TEST_CASE("sentence context: shades the rest of the sentence, not its neighbours", "[engine][sentence]") {
  const std::string text = "Long shift. The new FY1 is utterly useless at cannulas! Home now, and then a long sleep after two missed buses in the rain.";
  const auto spans = with_sentence_context({range_of(text, "useless")}, text);
  CHECK(render(text, spans) == "[The new FY1 is utterly ]<useless>[ at cannulas!]");
  for (std::size_t i = 1; i < spans.size(); ++i) CHECK(spans[i - 1].end <= spans[i].start);
}

TEST_CASE("sentence context: evidence in one sentence shares it; two sentences are shaded apart", "[engine][sentence]") {
  const std::string one = "The reg was lazy and rude today. Otherwise the shift was fine and then a long sleep after two missed buses in the rain.";
  CHECK(render(one, with_sentence_context({range_of(one, "lazy"), range_of(one, "rude")}, one)) ==
        "[The reg was ]<lazy>[ and ]<rude>[ today.]");
  const std::string two = "Lazy reg.\nRude SHO too";
  CHECK(render(two, with_sentence_context({range_of(two, "Lazy"), range_of(two, "Rude")}, two)) ==
        "<Lazy>[ reg.]<Rude>[ SHO too]");
}

TEST_CASE("sentence context: a line break ends a sentence; evidence that ends one adds nothing", "[engine][sentence]") {
  const std::string text = "first line\nbed blockers the lot of them\nlast line, and then a long sleep after two missed buses in the rain";
  CHECK(render(text, with_sentence_context({range_of(text, "bed blockers")}, text)) == "<bed blockers>[ the lot of them]");
  const std::string ends = "What a shambles. Next week: and then a long sleep after two missed buses in the rain.";
  CHECK(render(ends, with_sentence_context({range_of(ends, "shambles.")}, ends)) == "[What a ]<shambles.>");
  const std::string decimal = "Gave 2.5 mg to the useless one. Then home, and then a long sleep after two missed buses in the rain.";
  CHECK(render(decimal, with_sentence_context({range_of(decimal, "useless")}, decimal)) ==
        "[Gave 2.5 mg to the ]<useless>[ one.]");
}

TEST_CASE("sentence context: a run-on post is shaded only so far, at word boundaries", "[engine][sentence]") {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "word ";
  text += "useless";
  for (int i = 0; i < 80; ++i) text += " word";
  const auto spans = with_sentence_context({range_of(text, "useless")}, text);
  REQUIRE(spans.size() == 3);
  CHECK(spans[1].kind == SpanKind::evidence);
  const auto before = spans[1].start - spans[0].start, after = spans[2].end - spans[2].start;
  CHECK(before <= kMaxSentenceReach);
  CHECK(before > kMaxSentenceReach - 6);
  CHECK(after <= kMaxSentenceReach);
  CHECK(after > kMaxSentenceReach - 6);
  CHECK(text.substr(spans[0].start, 4) == "word");      // starts at a word
  CHECK(text.substr(spans[2].end - 4, 4) == "word");    // ends at a word
}

TEST_CASE("sentence context: offsets are UTF-16 across an astral emoji", "[engine][sentence]") {
  const std::string text = "Ugh \xF0\x9F\x99\x84 the useless locum again. Bye for now, and then a long sleep after two missed buses in the rain";
  const auto spans = with_sentence_context({range_of(text, "useless")}, text);
  CHECK(render(text, spans) == "[Ugh ~~ the ]<useless>[ locum again.]");
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].start == 0);
  CHECK(spans[1].start == 11);  // "Ugh " 4 + emoji 2 + " the " 5
}

TEST_CASE("sentence context: nothing but white space around the evidence adds no context", "[engine][sentence]") {
  const std::string text = "  useless  \nnext, and then a long sleep after two missed buses in the rain";
  const auto spans = with_sentence_context({range_of(text, "useless")}, text);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].kind == SpanKind::evidence);
}

TEST_CASE("sentence context: a sentence cut at the reach limit is not shaded twice", "[engine][sentence]") {
  // Two pieces of evidence in one long run-on sentence, further apart than the
  // reach: the second's shading starts where the first's ended, never before it.
  std::string text = "useless ";
  for (int i = 0; i < 60; ++i) text += "word ";
  text += "lazy";
  for (int i = 0; i < 10; ++i) text += " word";
  const auto spans = with_sentence_context({range_of(text, "useless"), range_of(text, "lazy")}, text);
  REQUIRE(spans.size() >= 3);
  for (std::size_t i = 1; i < spans.size(); ++i) CHECK(spans[i - 1].end <= spans[i].start);
  CHECK(spans.front().start == 0);
  CHECK(spans.back().end == text.size());
}

TEST_CASE("sentence context: further sentences are shaded whole, trimmed, unless already shaded",
          "[engine][sentence]") {
  const std::string text = "Rota's out. The new lead is hopeless.  He never answers.\nAnyway, tea.";
  const auto evidence = std::vector<OriginalRange>{range_of(text, "hopeless")};
  // A sentence given with the white space around it is shaded without it, and in order.
  const auto more = std::vector<OriginalRange>{range_of(text, "  He never answers.\n"), range_of(text, "Rota's out. ")};
  CHECK(render(text, with_sentence_context(evidence, text, more)) ==
        "[Rota's out.][The new lead is ]<hopeless>[.][He never answers.]");
  // One that overlaps the evidence's own sentence, or is only white space, adds
  // nothing ("He never answers." is shaded as the closing remark either way).
  const auto overlapping = std::vector<OriginalRange>{range_of(text, "new lead"), range_of(text, "  ")};
  CHECK(render(text, with_sentence_context(evidence, text, overlapping)) == "[The new lead is ]<hopeless>[.][He never answers.]");
  CHECK(with_sentence_context(evidence, text, {}) == with_sentence_context(evidence, text));
}

TEST_CASE("sentence context: a short sentence right after the evidence's is shaded as its closing remark",
          "[engine][sentence]") {
  const std::string text = "New matron is a clipboard with a lanyard. Sit down, love. Anyway, tea.";
  // Only the sentence right after: "Anyway, tea." is short too, but follows no evidence.
  CHECK(render(text, with_sentence_context({range_of(text, "clipboard")}, text)) ==
        "[New matron is a ]<clipboard>[ with a lanyard.][Sit down, love.]");
  const std::string longer = "New matron is a clipboard. She has not touched a patient since 2009 and still tells us how.";
  CHECK(render(longer, with_sentence_context({range_of(longer, "clipboard")}, longer)) ==
        "[New matron is a ]<clipboard>[.]");
  // Past a line break and an astral emoji, in UTF-16; nothing after the last sentence.
  const std::string lines = "Useless \xF0\x9F\x99\x84 again.\nDo one.";
  const auto spans = with_sentence_context({range_of(lines, "Useless")}, lines);
  CHECK(render(lines, spans) == "<Useless>[ ~~ again.][Do one.]");
  REQUIRE(spans.size() == 3);
  CHECK(spans[2].start == 18);  // "Useless " 8 + emoji 2 + " again." 7 + "\n" 1
  CHECK(render(lines, with_sentence_context({range_of(lines, "Do one.")}, lines)) == "<Do one.>");
  // A blank line starts a new paragraph, a new thought.
  const std::string paragraphs = "Useless again.\n\nAnyway, happy Friday!";
  CHECK(render(paragraphs, with_sentence_context({range_of(paragraphs, "Useless")}, paragraphs)) ==
        "<Useless>[ again.]");
}

TEST_CASE("sentence context: the rest of a sentence the reach limit cut is no closing remark", "[engine][sentence]") {
  std::string text = "useless";
  for (int i = 0; i < 45; ++i) text += " word";
  text += " end of it.";  // about 36 bytes after the reach: short, but no new sentence
  const auto spans = with_sentence_context({range_of(text, "useless")}, text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[1].end < text.size() - 8);
}
