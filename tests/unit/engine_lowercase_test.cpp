#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "engine/lowercase.hpp"
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
