#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <variant>
#include <vector>

#include "builtin_samples.hpp"
#include "engine/lowercase.hpp"
#include "engine/normalized_text.hpp"
#include "engine/matcher.hpp"
#include "engine/rule_pack.hpp"

using namespace secondthought;

TEST_CASE("engine lowercase: text keeps every byte in place", "[engine][lowercase]") {
  CHECK(lower_same_length("Dr SMITH, Bed 4") == "dr smith, bed 4");
  CHECK(lower_same_length("ÉLODIE Ødegård") == "élodie ødegård");
  // U+0130 (İ, two bytes) lowers to "i" (one byte): kept, so offsets stay true.
  const std::string dotted = "\xC4\xB0stanbul";
  CHECK(lower_same_length(dotted) == dotted);
  CHECK(lower_same_length("😀 A&E") == "😀 a&e");
  CHECK(lower_same_length("").empty());
}

TEST_CASE("engine lowercase: patterns lower literals and keep escapes", "[engine][lowercase]") {
  CHECK(lower_pattern(R"(\bMy Patient\b)") == R"(\bmy patient\b)");
  CHECK(lower_pattern(R"([A-Z][A-Za-z]+\S\W\D\B)") == R"([a-z][a-za-z]+\S\W\D\B)");
  CHECK(lower_pattern(R"(\p{Greek}\P{Lu}\pL\x{41}\x4A)") == R"(\p{Greek}\P{Lu}\pL\x{41}\x4A)");
  CHECK(lower_pattern(R"((?P<span>GP|A&E))") == R"((?P<span>gp|a&e))");
  CHECK(lower_pattern(R"((?U)A+(?s:.B))") == R"((?U)a+(?s:.b))");
  CHECK(lower_pattern("ÉCOLE") == "école");
  // Case that matters inside the pattern, or quoted text: not lowered.
  CHECK_FALSE(lower_pattern(R"(\bMr (?-i:[A-Z])\w+)").has_value());
  CHECK_FALSE(lower_pattern(R"(\QA+B\E)").has_value());
}

TEST_CASE("engine lowercase: a case-insensitive signal finds the same places", "[engine][lowercase]") {
  const std::string profiles = R"({"kind":"profiles","profiles":[{"id":"gmc","regulator":"GMC","role":"doctor","guidance":{}}]})";
  const std::string rules = R"js({"kind":"rules","signals":[
    {"id":"ward","pattern":"\\b(?P<span>Ward [A-Z]\\d)\\b"},
    {"id":"named","pattern":"\\bMr (?-i:[A-Z])\\w+"},
    {"id":"upper","pattern":"\\bNHS\\b","case":"sensitive"},
    {"id":"place","pattern":"\\bin (?P<span>\\w+)","validate":"proper_place"}],"findings":[]})js";
  auto pack = load_rule_pack({{"profiles.json", profiles}, {"lexicons.json", R"({"kind":"lexicons","lexicons":{}})"},
                              {"confidentiality.json", rules}});
  REQUIRE(std::holds_alternative<RulePack>(pack));
  auto compiled = Matcher::compile(std::get<RulePack>(pack).signals);
  REQUIRE(std::holds_alternative<Matcher>(compiled));
  const std::string text = "😀 WARD b7, mr Jones, MR jones, nhs NHS, in Monday in Mondayville";
  const auto found = std::get<Matcher>(compiled).match(text);
  REQUIRE(found[0].size() == 1);
  CHECK(text.substr(found[0][0].begin, found[0][0].end - found[0][0].begin) == "WARD b7");
  REQUIRE(found[1].size() == 1);  // the capital still matters where the pattern says so
  CHECK(text.substr(found[1][0].begin, found[1][0].end - found[1][0].begin) == "mr Jones");
  REQUIRE(found[2].size() == 1);
  CHECK(text.substr(found[2][0].begin, 3) == "NHS");
  // The validator reads the original: "Monday" is not a place ("monday" would pass).
  REQUIRE(found[3].size() == 1);
  CHECK(text.substr(found[3][0].begin, found[3][0].end - found[3][0].begin) == "Mondayville");
}

TEST_CASE("engine lowercase: case classes outside case-sensitive parts", "[engine][lowercase]") {
  CHECK(case_classes_pattern(R"(\bMr (?-i:[A-Z])\w+)") == R"(\b[Mm][rR] (?:[A-Z])\w+)");
  // What a class gains goes before a literal '-' that closes it, which would otherwise start a range.
  CHECK(case_classes_pattern(R"((?P<span>ok|[a-c0-9'-])\s)") == R"((?P<span>[oO][kK]|[a-c0-9'A-C-])\s)");
  CHECK(case_classes_pattern(R"([-a\-])") == R"([-a\-A])");
  CHECK(case_classes_pattern(R"([^A-Z.]x)") == R"([^A-Z.a-z][xX])");
  CHECK(case_classes_pattern(R"((?-i:Dr (?i:who)) é)") == R"((?:Dr (?:[wW][hH][oO])) [éÉ])");
  CHECK(case_classes_pattern(R"(a\pS\b\d)") == R"([aA]\pS\b\d)");
  // Not plainly the same under a rewrite: left to RE2's (?i).
  CHECK_FALSE(case_classes_pattern(R"((?i)ab)").has_value());
  CHECK_FALSE(case_classes_pattern(R"(\x41b)").has_value());
  CHECK_FALSE(case_classes_pattern(R"(\QA+B\E)").has_value());
  CHECK_FALSE(case_classes_pattern(R"([!-~])").has_value());
  CHECK_FALSE(case_classes_pattern(R"([[:upper:]]x)").has_value());
  CHECK_FALSE(case_classes_pattern(R"([ab)").has_value());
}

TEST_CASE("engine lowercase: case classes find what RE2's (?i) finds in every built-in pattern",
          "[engine][lowercase]") {
  const auto pack = st_test::builtin_pack();
  const auto drafts = st_test::with_warmup_drafts(
      {"Mr SMITH from Little Oxcombe, KEVIN and Kev, ScArBoRoUgH", "MY PATIENT", ""}, 400);
  RE2::Options folding, exact;
  for (auto* o : {&folding, &exact}) {
    o->set_log_errors(false);
    o->set_max_mem(16 << 20);  // as the matcher's, so the largest patterns keep their DFA
  }
  folding.set_case_sensitive(false);
  exact.set_case_sensitive(true);
  std::size_t rewritten = 0, matches = 0;
  for (const auto& signal : pack.signals) {
    if (signal.case_sensitive || signal.words || lower_pattern(signal.pattern)) continue;
    const auto classes = case_classes_pattern(signal.pattern);
    if (!classes) continue;
    ++rewritten;
    const RE2 reference(signal.pattern, folding), candidate(*classes, exact);
    REQUIRE(reference.ok());
    REQUIRE(candidate.ok());
    for (const auto& draft : drafts) {
      const auto text = NormalizedText::build(draft, pack.fold).text();
      INFO(signal.id << " in: " << draft);
      // Every leftmost match, each search starting where the last one ended.
      for (std::size_t pos = 0; pos <= text.size();) {
        re2::StringPiece a, b;
        const bool found_a = reference.Match(text, pos, text.size(), RE2::UNANCHORED, &a, 1);
        const bool found_b = candidate.Match(text, pos, text.size(), RE2::UNANCHORED, &b, 1);
        REQUIRE(found_a == found_b);
        if (!found_a) break;
        REQUIRE(a.data() == b.data());
        REQUIRE(a.size() == b.size());
        ++matches;
        pos = static_cast<std::size_t>(a.data() - text.data()) + std::max<std::size_t>(a.size(), 1);
      }
    }
  }
  CHECK(rewritten > 20);   // most of the large patterns switch case somewhere
  CHECK(matches > 500);  // and the drafts exercise them
}
