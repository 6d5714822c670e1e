#include "engine_test_helpers.hpp"

using namespace st_test;

TEST_CASE("engine colleagues: a role with an insult", "[engine][colleagues]") {
  expect_warning("The registrar on nights is completely useless, couldn't cannulate a balloon.", "colleagues",
                 Severity::medium, {"registrar", "useless"});
  expect_warning("Our anaesthetist today was a lazy, arrogant waste of space.", "colleagues", Severity::medium,
                 {"anaesthetist", "waste of space"}, "hcpc");
  expect_warning("Honestly the pharmacist at the ward is clueless and dangerous.", "colleagues", Severity::medium,
                 {"pharmacist", "clueless"}, "gphc");
}

TEST_CASE("engine colleagues: a named clinician with an insult", "[engine][colleagues]") {
  expect_warning("Dr Okafor in cardiology is an idiot who should never have passed his exams.", "colleagues",
                 Severity::medium, {"Dr Okafor", "idiot"}, "nmc");
}

TEST_CASE("engine colleagues: praise stays quiet", "[engine][colleagues]") {
  expect_quiet("Massive thanks to the night team, the registrar was brilliant under pressure.");
  expect_quiet("Our new F1s are fantastic, so proud of them.");
  expect_quiet("The physio team at our place are absolute legends.");
  expect_quiet("The lift is a nightmare today.");
  expect_quiet("so I said it is a nightmare");  // "it" is not the IT department
}
