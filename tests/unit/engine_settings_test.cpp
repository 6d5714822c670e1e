#include "engine_test_helpers.hpp"

using namespace st_test;

namespace {
const std::string kNamed = "Saw my patient Mr Pemberton again today on ward 7, he still refuses his insulin.";
const std::string kBorderline = "A 67 year old woman on the stroke unit this morning.";
}  // namespace

TEST_CASE("engine settings: a category switched off is suppressed", "[engine][settings]") {
  REQUIRE(categories_of(analyze(kNamed)).count("confidentiality") == 1);
  Settings off;
  off.categories["confidentiality"] = false;
  CHECK(categories_of(analyze(kNamed, off)).count("confidentiality") == 0);
  Settings on;
  on.categories["confidentiality"] = true;
  on.categories["conduct"] = false;
  CHECK(categories_of(analyze(kNamed, on)).count("confidentiality") == 1);
}

TEST_CASE("engine settings: sensitivity moves the jigsaw threshold", "[engine][settings]") {
  Settings strict, relaxed;
  strict.sensitivity = secondthought::Sensitivity::strict;
  relaxed.sensitivity = secondthought::Sensitivity::relaxed;
  CHECK(categories_of(analyze(kBorderline, strict)).count("confidentiality") == 1);
  CHECK(categories_of(analyze(kBorderline, relaxed)).count("confidentiality") == 0);
  // A direct identifier warns whatever the sensitivity.
  CHECK(categories_of(analyze(kNamed, relaxed)).count("confidentiality") == 1);
}

TEST_CASE("engine settings: watch terms are always flagged", "[engine][settings]") {
  const std::string text = "Popped into Ashgrove Lodge on the way home, lovely staff.";
  expect_quiet(text);
  Settings s;
  s.watch_terms = {"Ashgrove Lodge"};
  const auto a = analyze(text, s);
  REQUIRE_FALSE(a.warnings.empty());
  const auto& w = a.warnings.front();
  CHECK(covers(w, text, "Ashgrove Lodge"));
  CHECK_THAT(w.message, Catch::Contains("“Ashgrove Lodge”"));
  // Case-insensitive, and folded like the draft.
  const std::string shouty = "ASHGROVE LODGE again 🙄";
  CHECK_FALSE(analyze(shouty, s).warnings.empty());
  // Whole words only.
  s.watch_terms = {"Ash"};
  CHECK(analyze(text, s).warnings.empty());
}

TEST_CASE("engine settings: allow terms suppress a span", "[engine][settings]") {
  const std::string text = "Our anaesthetist today was a lazy, arrogant waste of space.";
  REQUIRE(categories_of(analyze(text)).count("colleagues") == 1);
  Settings s;
  s.allow_terms = {"anaesthetist"};
  const auto a = analyze(text, s);
  for (const auto& w : a.warnings) CHECK_FALSE(covers(w, text, "anaesthetist"));
  // Allowing every piece of evidence drops the warning.
  s.allow_terms = {"anaesthetist", "lazy", "arrogant", "waste of space"};
  CHECK(categories_of(analyze(text, s)).count("colleagues") == 0);
}
