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

namespace {
Context on_surface(const std::string& surface) {
  Context c;
  c.surface = surface;
  return c;
}
}  // namespace

TEST_CASE("engine boundaries: advice in a reply or comment is to one person", "[engine][boundaries]") {
  expect_warning("just give her the Calpol and the ibuprofen together, alternate every 2 hours", "boundaries",
                 Severity::medium, {"give her the Calpol"}, "nmc", {}, on_surface("comment"));
  const std::string advice = "Stop your amlodipine and take ramipril instead";
  expect_warning(advice, "boundaries", Severity::medium, {"Stop your amlodipine"}, "gmc", {}, on_surface("reply"));
  expect_warning("so glad the new dose is working for you! keep going with it and pop back in next month", "boundaries",
                 Severity::medium, {"the new dose is working"}, "gmc", {}, on_surface("reply"));
  // The same words in a post to everyone are general information.
  expect_quiet(advice, "boundaries", {}, on_surface("post"));
  // Declining to advise, and the refusal of a drug, are not advice.
  expect_quiet("So sorry. I can't give individual advice on here, but please ring 111 or your own GP today.",
               "boundaries", {}, on_surface("reply"));
  expect_quiet("He complained because I wouldn't give him diazepam for his flight.", "boundaries", {},
               on_surface("reply"));
}

TEST_CASE("engine boundaries: asking a former patient out; a direct message discloses nothing",
          "[engine][boundaries]") {
  const std::string ask = "Hi Mia, hope the shoulder's holding up! I know I was your physio but fancy a drink sometime?";
  expect_warning(ask, "boundaries", Severity::medium, {"fancy a drink"}, "hcpc", {}, on_surface("message"));
  // Sent privately to the patient, it tells no one else about their care...
  expect_quiet(ask, "confidentiality", {}, on_surface("message"));
  // ...but the same words in a public reply tell everyone who she is.
  const auto a = analyze("@mia_rides hope the shoulder's holding up! I know I was your physio but fancy a drink sometime?",
                         {}, on_surface("reply"));
  CHECK(categories_of(a).count("boundaries") == 1);
}

TEST_CASE("engine boundaries: accepting patients' friend requests", "[engine][boundaries]") {
  expect_warning("Honest question for other practice nurses: patients keep sending me friend requests and I've accepted all "
                 "of them, is that bad?",
                 "boundaries", Severity::medium, {"I've accepted all"}, "nmc");
  expect_quiet("I never accept friend requests from patients, and I point them to the practice page instead.",
               "boundaries");
  expect_quiet("Just accepted onto the advanced practice course starting in September!", "boundaries");
}

TEST_CASE("engine boundaries: advice typed in a hurry is still advice", "[engine][boundaries]") {
  // Short forms (ur, pls, u) are written out before the rules read the draft.
  const std::string text = "@jo_b ur fine to stop the amlodipine pls, just take 20mg of ramipril instead n u'll be fine";
  const auto a = analyze(text, {}, on_surface("reply"));
  const auto* w = first_of(a, "boundaries");
  REQUIRE(w);
  CHECK(covers(*w, text, "stop the amlodipine"));
  CHECK(covers(*w, text, "20mg of ramipril"));
}

TEST_CASE("engine boundaries: practice shared in a reply to a colleague's handle is not advice to a patient",
          "[engine][boundaries]") {
  expect_quiet("@DrAnnaNutrition we use 50ml ENFit syringes for all flushes now and stopped oral syringes last year.",
               "boundaries", {}, on_surface("reply"));
  // Advice in a reply to a patient's handle still warns, though "sandra" holds "dr".
  expect_warning("@sandra_k88 Stop your amlodipine tonight and we'll recheck your BP on Friday.", "boundaries",
                 Severity::medium, {"Stop your amlodipine"}, "gmc", {}, on_surface("reply"));
}

TEST_CASE("engine boundaries: 'I can't assess you over Twitter' declines to advise", "[engine][boundaries]") {
  expect_quiet("@BethWalks82 so sorry you're struggling, but I can't assess you over Twitter. Please call your GP "
               "surgery in the morning, or 111 tonight if the pain gets worse.",
               "boundaries");
  expect_quiet("@DaiRoberts9 please don't change your inhalers because of a tweet. Your practice nurse can go through "
               "it with you on Monday.",
               "boundaries");
  // Saying no to one thing and then advising anyway is still advice.
  expect_warning("@BethWalks82 I can't see you in clinic till March, but double your naproxen for a week and DM me how "
                 "it goes.",
                 "boundaries", Severity::medium, {"DM me"});
}

TEST_CASE("engine boundaries: 'message me and I'll tell you whether to change the dose' invites patients",
          "[engine][boundaries]") {
  expect_warning("Worried about your blood pressure tablets? Just drop me a message over the weekend and I'll tell you "
                 "whether to change the dose.",
                 "boundaries", Severity::medium, {"drop me", "change the dose"});
  // The surgery's pharmacist, through the surgery, is the proper route.
  expect_quiet("Worried about your blood pressure tablets? Ring the surgery on Monday and the pharmacist will tell you "
               "whether to change the dose.",
               "boundaries");
  expect_quiet("Not sure whether your child needs the nasal flu spray this year? Ask your practice nurse, or look it up "
               "on the NHS website.",
               "boundaries");
  // The same question put to one patient, who is asked to come to the author, is still personal.
  expect_warning("@jean_w62 worried about the swelling? ring the surgery Monday and ask for me, I'll swap your "
                 "amlodipine x",
                 "boundaries", Severity::medium, {"ask for me"});
}

TEST_CASE("engine boundaries: asking patients not to discuss their care on a personal page", "[engine][boundaries]") {
  expect_quiet("If you're one of my patients and you follow this account, please don't discuss your treatment with "
               "me here. Call the practice and I'll see you there.",
               "boundaries");
}
