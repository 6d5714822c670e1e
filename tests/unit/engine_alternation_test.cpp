#include <catch2/catch.hpp>

#include <string>
#include <variant>
#include <vector>

#include "builtin_samples.hpp"
#include "engine/alternation.hpp"
#include "engine/builtin_rules.hpp"
#include "engine/matcher.hpp"
#include "engine/normalized_text.hpp"
#include "engine/rule_pack.hpp"

using namespace secondthought;

namespace {

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "|") + p;
  return out;
}

}  // namespace

TEST_CASE("engine alternation: splits only at top-level bars", "[engine][alternation]") {
  CHECK(split_alternation(R"(ab|cd|ef)", 2) == std::vector<std::string>{"ab", "cd", "ef"});
  CHECK(split_alternation(R"(ab|cd|ef)", 5) == std::vector<std::string>{"ab|cd", "ef"});
  CHECK(split_alternation(R"(a\|b|c)", 1) == std::vector<std::string>{R"(a\|b)", "c"});
  CHECK(split_alternation(R"((a|b)x|c)", 1) == std::vector<std::string>{"(a|b)x", "c"});
  CHECK(split_alternation(R"((?i:a|b)|c)", 1) == std::vector<std::string>{"(?i:a|b)", "c"});
  CHECK(split_alternation(R"((?P<span>a|b)|c)", 1) == std::vector<std::string>{"(?P<span>a|b)", "c"});
  CHECK(split_alternation(R"([|]x|c)", 1) == std::vector<std::string>{"[|]x", "c"});
  CHECK(split_alternation(R"([]|]x|c)", 1) == std::vector<std::string>{"[]|]x", "c"});
  CHECK(split_alternation(R"([^]|]x|c)", 1) == std::vector<std::string>{"[^]|]x", "c"});
  CHECK(split_alternation(R"([[:alpha:]|]x|c)", 1) == std::vector<std::string>{"[[:alpha:]|]x", "c"});
  CHECK(split_alternation(R"([\]|]x|c)", 1) == std::vector<std::string>{R"([\]|]x)", "c"});
}

TEST_CASE("engine alternation: an alternative longer than a part stands alone", "[engine][alternation]") {
  const auto parts = split_alternation("abcdefgh|ij|kl|mnopqrstuv", 5);
  CHECK(parts == std::vector<std::string>{"abcdefgh", "ij|kl", "mnopqrstuv"});
  CHECK(joined(parts) == "abcdefgh|ij|kl|mnopqrstuv");
}

TEST_CASE("engine alternation: leaves alone what a split could change", "[engine][alternation]") {
  CHECK(split_alternation("ab|cd", 100) == std::vector<std::string>{"ab|cd"});  // fits
  CHECK(split_alternation("abcdef", 2) == std::vector<std::string>{"abcdef"});  // one alternative
  CHECK(split_alternation("(?i)ab|cd", 2) == std::vector<std::string>{"(?i)ab|cd"});  // flag for the rest
  CHECK(split_alternation("ab|(?-i)cd", 2) == std::vector<std::string>{"ab|(?-i)cd"});
  CHECK(split_alternation(R"(\Qa|b\E|cd)", 2) == std::vector<std::string>{R"(\Qa|b\E|cd)"});
  CHECK(split_alternation("(ab|cd", 2) == std::vector<std::string>{"(ab|cd"});  // for RE2 to report
  CHECK(split_alternation("ab)|cd", 2) == std::vector<std::string>{"ab)|cd"});
  CHECK(split_alternation("[ab|cd", 2) == std::vector<std::string>{"[ab|cd"});
}

TEST_CASE("engine alternation: split programs find what one program finds", "[engine][alternation]") {
  const auto pack = st_test::builtin_pack();
  // Whole patterns against parts so small that nearly every alternative is a
  // program of its own: the merge, not the size, is what is tested.
  auto whole = Matcher::compile(pack.signals, SIZE_MAX);
  auto split = Matcher::compile(pack.signals, 64);
  REQUIRE(std::holds_alternative<Matcher>(whole));
  REQUIRE(std::holds_alternative<Matcher>(split));
  const auto drafts = st_test::with_warmup_drafts(
      {
          "Just Margaret Ellison in bed 4 again, 84F, Mrs Brown's Boys on the telly",
          "As a GP I'd say as a nurse, from a nurse: speaking as an A&E consultant",
          "patient NHS number 943 476 5919, DOB 03/07/1988, SMITH, Jane, M1 1AE",
          "",
          "a",
      },
      300);
  const auto occurrences = st_test::check_same_occurrences(pack, std::get<Matcher>(whole), std::get<Matcher>(split),
                                                           drafts, [](const Signal&) { return true; });
  CHECK(occurrences > 1000);  // the drafts exercise the rules, not only the empty cases
}

TEST_CASE("engine alternation: a bad pattern is reported whole, split or not", "[engine][alternation]") {
  Signal bad;
  bad.id = "broken";
  bad.file = "conduct.json";
  bad.pattern = "abc|x**|defg";  // split in three; the middle part fails
  const auto compiled = Matcher::compile({bad}, 4);
  REQUIRE(std::holds_alternative<LoadError>(compiled));
  const auto& e = std::get<LoadError>(compiled);
  CHECK(e.file == "conduct.json");
  CHECK(e.rule == "broken");
  CHECK(e.message.find("bad pattern") == 0);
  CHECK(e.message.find("repetition") != std::string::npos);
}
