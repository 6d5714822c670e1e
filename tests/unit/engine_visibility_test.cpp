#include "engine_test_helpers.hpp"

using namespace st_test;

TEST_CASE("engine visibility: a locked account is no shield for an insult", "[engine][visibility]") {
  const std::string text = "Locked account so I can be honest: our consultant is a total idiot.";
  expect_warning(text, "visibility", Severity::medium, {"Locked account"});
  CHECK(categories_of(analyze(text)).count("colleagues") == 1);
}

TEST_CASE("engine visibility: a private group is no shield for patient details", "[engine][visibility]") {
  const std::string text = "Private group only, please don't screenshot: had a 16 year old girl in with an overdose "
                           "last night at St Mary's.";
  expect_warning(text, "visibility", Severity::medium, {"Private group"}, "nmc");
  CHECK(categories_of(analyze(text)).count("confidentiality") == 1);
}

TEST_CASE("engine visibility: a limited audience alone is not a finding", "[engine][visibility]") {
  expect_quiet("Only my followers can see this, so here's my holiday photo dump!");
  expect_quiet("This account is private because I like to keep family stuff separate.");
}

TEST_CASE("engine visibility: switched off with the category it depends on", "[engine][visibility]") {
  secondthought::Settings s;
  s.categories["visibility"] = false;
  expect_quiet("Locked account so I can be honest: our consultant is a total idiot.", "visibility", s);
}

TEST_CASE("engine visibility: sorting something out between us is no belief about the audience",
          "[engine][visibility]") {
  expect_quiet("Road's shut at the bridge, so if your dressings are due drop me a message on here and I'll pop round "
               "on my way home. No need to book, we'll just sort it between us.",
               "visibility");
}

TEST_CASE("engine visibility: 'not for sharing' and 'just for my friends list' are beliefs about the audience",
          "[engine][visibility]") {
  expect_warning("Not for sharing, but the man in bed 6 tonight is the deputy head of the local grammar, in with "
                 "alcohol withdrawal.",
                 "visibility", Severity::medium, {"Not for sharing"});
  expect_warning("Just for my friends list, this: the reg on nights is a useless clown and everyone on the unit knows "
                 "it.",
                 "visibility", Severity::medium, {"Just for my friends list"});
  // Nothing said that would matter if it spread.
  expect_quiet("Not for sharing outside the family, but our Ellie got her uni offer today!");
}

TEST_CASE("engine visibility: 'mutuals only' and a count of followers are beliefs about the audience",
          "[engine][visibility]") {
  expect_warning("mutuals only ✋ the psych team here are a joke, referrals ignored for months. Useless.", "visibility",
                 Severity::medium, {"mutuals only"});
  expect_warning("About 40 people follow this account, so: the locum on nights is a useless clown.", "visibility",
                 Severity::medium, {"About 40 people follow this"});
  // Counting followers with nothing that would matter if it spread.
  expect_quiet("About 40 people follow this account and I love every one of you. Happy Friday!");
}

TEST_CASE("engine visibility: a post that will 'be deleted by' or is to be deleted 'in an hour' is a belief about the "
          "audience",
          "[engine][visibility]") {
  expect_warning("This will be gone by lunchtime but the locum on ward 5 is a useless clown.", "visibility",
                 Severity::medium, {"This will be gone by"});
  expect_warning("Going to delete this in ten minutes: the reg on nights is a useless clown.", "visibility",
                 Severity::medium, {"delete this in"});
  // Deleting an old app, and a sale that ends, are not about who reads the post.
  expect_quiet("Going to delete this app by Friday, it eats my battery. Anyone recommend a better rota app?");
  expect_quiet("The offer will be gone by Sunday, so book your flu jab at the practice now.");
}

TEST_CASE("engine visibility: 'none of my department are on here', 'because this'll get deleted'",
          "[engine][visibility]") {
  expect_warning("None of my department are on Bluesky so: our new locum consultant can't do a simple hernia without "
                 "calling the reg. How he passed his exams is a mystery.",
                 "visibility", Severity::medium, {"None of my department are on Bluesky"});
  expect_warning("Throwaway because this'll get deleted: the footballer from the Championship side came in last "
                 "night, hammered, with a head lac.",
                 "visibility", Severity::medium, {"because this'll get deleted"});
}

TEST_CASE("engine visibility: 'will delete this in an hour' is no shield for an insult", "[engine][visibility]") {
  expect_warning("Will delete this in an hour, but the new consultant on our unit is an absolute liability.",
                 "visibility", Severity::medium, {"Will delete this in an hour"});
}

TEST_CASE("engine visibility: 'not on my main page', the private sub", "[engine][visibility]") {
  expect_warning("Not on my main page for obvious reasons: the new ward manager is an absolute liability.",
                 "visibility", Severity::medium, {"Not on my main page"});
  expect_warning("Posting in the private sub: our locum reg is a total liability on nights.", "visibility",
                 Severity::medium, {"in the private sub"});
  // The same phrases with nothing else that would matter if it spread.
  expect_quiet("Safe space so I'll admit it: I cried in the car after my first cardiac arrest.", "visibility");
}
