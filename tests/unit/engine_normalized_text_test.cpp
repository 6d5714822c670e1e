#include <catch2/catch.hpp>

#include <variant>

#include "builtin_samples.hpp"
#include "engine/builtin_rules.hpp"
#include "engine/normalized_text.hpp"
#include "engine/rule_pack.hpp"

using namespace secondthought;

namespace {
// The fold table the product ships (rules/confusables.json).
const FoldTable& shipped_fold() {
  static const FoldTable fold = [] {
    return st_test::builtin_pack().fold;
  }();
  return fold;
}

std::string folded(std::string_view s) { return NormalizedText::build(s, shipped_fold()).text(); }

// The original range of the first occurrence of `needle` in the folded text.
OriginalRange range_of(const NormalizedText& t, std::string_view needle) {
  const auto at = t.text().find(needle);
  REQUIRE(at != std::string::npos);
  return t.original_range(at, at + needle.size());
}
}  // namespace

TEST_CASE("engine normalized_text: full-width digits become ASCII", "[engine][normalized_text]") {
  CHECK(folded("\uFF19\uFF14\uFF13 \uFF14\uFF17\uFF16") == "943 476");
}

TEST_CASE("engine normalized_text: mathematical bold letters become plain", "[engine][normalized_text]") {
  CHECK(folded("𝗗𝗠 me") == "DM me");
}

TEST_CASE("engine normalized_text: Cyrillic look-alikes fold to Latin", "[engine][normalized_text]") {
  CHECK(folded("\u041Cr \u041Darrison") == "Mr Harrison");  // "Мr Нarrison"
  CHECK(folded("p\u0430ti\u0435nt") == "patient");
}

TEST_CASE("engine normalized_text: zero-width space and soft hyphen are removed", "[engine][normalized_text]") {
  CHECK(folded("pa\u200Btient") == "patient");
  CHECK(folded("pa\u00ADtient") == "patient");
}

TEST_CASE("engine normalized_text: accents are stripped, case is kept", "[engine][normalized_text]") {
  CHECK(folded("Café Barré naïve") == "Cafe Barre naive");
  CHECK(folded("e\u0301") == "e");  // combining acute
}

TEST_CASE("engine normalized_text: offsets after an emoji count two UTF-16 units", "[engine][normalized_text]") {
  const auto t = NormalizedText::build("😀 Mr X", shipped_fold());
  const auto r = range_of(t, "Mr");
  CHECK(r.utf16 == Span{3, 5});
  CHECK(r.byte_begin == 5);
  CHECK(r.byte_end == 7);
}

TEST_CASE("engine normalized_text: offsets after styled letters", "[engine][normalized_text]") {
  const auto t = NormalizedText::build("𝗗𝗠 me", shipped_fold());
  const auto r = range_of(t, "me");
  CHECK(r.utf16 == Span{5, 7});
  CHECK(r.byte_begin == 9);
  // A folded letter maps back to its whole styled code point: 4 bytes, 2 units.
  const auto d = t.original_range(0, 1);
  CHECK(d.utf16 == Span{0, 2});
  CHECK(d.byte_begin == 0);
  CHECK(d.byte_end == 4);
}

TEST_CASE("engine normalized_text: offsets after a combining mark", "[engine][normalized_text]") {
  const auto t = NormalizedText::build("e\u0301 Bob", shipped_fold());
  CHECK(t.text() == "e Bob");
  const auto r = range_of(t, "Bob");
  CHECK(r.utf16 == Span{3, 6});
  CHECK(r.byte_begin == 4);
  // The mark is a code point of its own: the letter's range stops before it.
  CHECK(t.original_range(0, 1).utf16 == Span{0, 1});
}

TEST_CASE("engine normalized_text: offsets after CJK", "[engine][normalized_text]") {
  const auto t = NormalizedText::build("患者 Smith", shipped_fold());
  const auto r = range_of(t, "Smith");
  CHECK(r.utf16 == Span{3, 8});
  CHECK(r.byte_begin == 7);
  CHECK(r.byte_end == 12);
}

TEST_CASE("engine normalized_text: offsets after right-to-left text", "[engine][normalized_text]") {
  const auto t = NormalizedText::build("مريض Jones", shipped_fold());
  const auto r = range_of(t, "Jones");
  CHECK(r.utf16 == Span{5, 10});
  CHECK(r.byte_begin == 9);
  CHECK(r.byte_end == 14);
}

TEST_CASE("engine normalized_text: a ligature expands, every part maps to it", "[engine][normalized_text]") {
  const auto t = NormalizedText::build("\uFB01le x", shipped_fold());  // "ﬁle x"
  CHECK(t.text() == "file x");
  const auto i = t.original_range(1, 2);
  CHECK(i.utf16 == Span{0, 1});
  CHECK(i.byte_begin == 0);
  CHECK(i.byte_end == 3);
  CHECK(range_of(t, "x").utf16 == Span{4, 5});
}

TEST_CASE("engine normalized_text: full-width digits keep one unit each", "[engine][normalized_text]") {
  const auto t = NormalizedText::build("NHS \uFF19\uFF14\uFF13", shipped_fold());
  const auto r = range_of(t, "943");
  CHECK(r.utf16 == Span{4, 7});
  CHECK(r.byte_begin == 4);
  CHECK(r.byte_end == 13);
}

TEST_CASE("engine normalized_text: short forms typed in a hurry are written out", "[engine][normalized_text]") {
  CHECK(folded("ur sats r fine pls ring tmrw n ill see u") == "your sats r fine please ring tomorrow and ill see you");
  CHECK(folded("PLS dont worry, ppl") == "please don't worry, people");
  // One-letter forms only in lower case; handles, hashtags, addresses and contractions keep theirs.
  CHECK(folded("Ward N, bay U") == "Ward N, bay U");
  CHECK(folded("@u #ppl site.co.uk/ur I'd") == "@u #ppl site.co.uk/ur I'd");
  // A letter masked with asterisks is part of its word: "w*nker" is not "with *nker".
  CHECK(folded("you w*nker, u*") == "you w*nker, u*");
  // A highlight on the written-out word lands on what was typed.
  const std::string text = "😀 thx ur a star";
  const auto t = NormalizedText::build(text, shipped_fold());
  const auto r = range_of(t, "your");
  CHECK(text.substr(r.byte_begin, r.byte_end - r.byte_begin) == "ur");
  const auto whole = range_of(t, "thanks your a");
  CHECK(text.substr(whole.byte_begin, whole.byte_end - whole.byte_begin) == "thx ur a");
}
