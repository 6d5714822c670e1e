#include "engine_test_helpers.hpp"

using namespace st_test;

TEST_CASE("engine boundaries: inviting patients to message a personal account", "[engine][boundaries]") {
  expect_warning("If you were one of my patients at the clinic, just DM me and I can sort your repeat prescription.",
                 "boundaries", Severity::medium, {"DM me"});
  expect_warning("Any of my patients reading this, add me on Facebook and message me about your results.",
                 "boundaries", Severity::medium, {"my patients", "add me"}, "nmc");
}

TEST_CASE("engine boundaries: individual clinical advice to a named person", "[engine][boundaries]") {
  expect_warning("@jenny_p sorry to hear your knee is still swollen after I saw you Tuesday, double your naproxen "
                 "and rest it.",
                 "boundaries", Severity::medium, {"@jenny_p", "double your naproxen"}, "gphc");
}

TEST_CASE("engine boundaries: near-misses stay quiet", "[engine][boundaries]") {
  expect_quiet("DMs are open for anyone who wants general chat about careers in medicine.");
  expect_quiet("Our practice page has opening hours; please phone reception for appointments.");
  expect_quiet("Stopping statins on your own is a bad idea: talk to your GP first.");
}
