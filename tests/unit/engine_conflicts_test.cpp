#include "engine_test_helpers.hpp"

using namespace st_test;

TEST_CASE("engine conflicts: a discount code with an endorsement", "[engine][conflicts]") {
  expect_warning("Use my code DRSAM20 for 20% off these vitamin D gummies, honestly the best I've tried.",
                 "conflicts", Severity::medium, {"DRSAM20", "20% off"});
  expect_warning("Honestly this collagen powder changed my skin, use my code NURSEKAT for money off.", "conflicts",
                 Severity::medium, {"NURSEKAT"}, "nmc");
  expect_warning("Get 15% off your first month at FitLife gym with my link, I recommend it to all my patients.",
                 "conflicts", Severity::medium, {"15% off", "with my link"}, "gdc");
}

TEST_CASE("engine conflicts: declared sponsorship and plain sharing stay quiet", "[engine][conflicts]") {
  expect_quiet("Loving this new stethoscope from Littmann #ad, they sent it for me to review.");
  expect_quiet("Proudly sponsored by MediSupplies #ad: their new gloves are great.");
  expect_quiet("Vitamin D in winter is a good idea for most adults in the UK, see the NHS page.");
  expect_quiet("I read a great article on statins in the BMJ today, worth a look.");
}

TEST_CASE("engine conflicts: a sales pitch or a professional's brand pick, undeclared", "[engine][conflicts]") {
  expect_warning("Book your consultation at Willow Skin Clinic, Leeds: the first 10 bookings get £40 off!", "conflicts",
                 Severity::medium, {"Book your consultation at"});
  expect_warning("Switched most of my asthma patients onto Breathora this year. Best inhaler on the market.",
                 "conflicts", Severity::medium, {"Switched most of my asthma patients onto Breathora"});
  expect_warning("As a pharmacist I always recommend Throatex spray at the first sign of a sore throat.", "conflicts",
                 Severity::medium, {"I always recommend"}, "gphc");
}

TEST_CASE("engine conflicts: praise of a job or a general tip is not a pitch", "[engine][conflicts]") {
  expect_quiet("Surgical reg here, genuinely the best job in the world when a 2am laparotomy goes well.", "conflicts");
  expect_quiet("As a GP I always recommend that you see your pharmacist first for a cold.", "conflicts");
  expect_quiet("Book your flu jab at your own GP practice or a pharmacy, it's free if you're eligible.", "conflicts");
}

TEST_CASE("engine conflicts: volunteering and sponsored challenges are not promotions", "[engine][conflicts]") {
  expect_quiet("I volunteer at a free foot clinic for rough sleepers on Sundays. Any podiatrists with a spare "
               "morning, we need you! DM me for details");
  expect_quiet("I'm running the Great North Run in September for our local food bank. I'm no runner, so every "
               "pound of sponsorship keeps me going. Link below, thank you x");
}

TEST_CASE("engine conflicts: a company's dinner or generosity behind a recommendation", "[engine][conflicts]") {
  expect_warning("If your unit hasn't switched to Calmera for sedation yet, you're missing a trick. I'm speaking at "
                 "their evening symposium in Leeds, come along, dinner's on them.",
                 "conflicts", Severity::medium, {"dinner's on them"});
  expect_warning("We're trialling BreatheEasy inhaler spacers on the ward and I'd recommend every respiratory team "
                 "try them. DM me for the rep's details, they've been very generous to our team.",
                 "conflicts", Severity::medium, {"generous to our team"});
}

TEST_CASE("engine conflicts: a reward for referrals needs no code or link", "[engine][conflicts]") {
  expect_warning("I always send families to Meadow Funeral Care. They look after their referrers too 😉", "conflicts",
                 Severity::medium, {"look after their referrers"});
}

TEST_CASE("engine conflicts: every new nurse needs a Brenda (a person, not a product)", "[engine][conflicts]") {
  expect_quiet("Every overseas nurse needs a Brenda 🥰 She showed me what 'a cuppa' means on our ward.", "conflicts");
  expect_warning("Every new starter needs a Littmann. Use my code WARD10 for 10% off.", "conflicts", Severity::medium,
                 {"WARD10"});
}

TEST_CASE("engine conflicts: 'mention my name' to a journalist, through the press office, sells nothing",
          "[engine][conflicts]") {
  expect_quiet("@localnews_sam Happy to explain how flu season hits the wards. I can't discuss any patient, but our "
               "press office will arrange it, just mention my name.",
               "conflicts");
  expect_warning("Use code NURSEJO for 20% off my skincare range, mention my name at the till.", "conflicts",
                 Severity::medium, {"NURSEJO"});
}

TEST_CASE("engine conflicts: a hoist free to a good home is not a sales pitch", "[engine][conflicts]") {
  expect_no_rule("Old hospital bed and a hoist, free to a good home, collection only from Bangor. Message me.",
                 "conflicts.sales_pitch");
  expect_no_rule("Spare commode, free, collect from Llandudno this weekend. Message me if you want it.",
                 "conflicts.sales_pitch");
}

TEST_CASE("engine conflicts: heel cups the author gets 'in at trade price' are her business", "[engine][conflicts]") {
  expect_warning("Honestly these heel cups are the best thing for plantar fasciitis, I get them in at trade price so "
                 "message me.",
                 "conflicts", Severity::medium, {"I get them in at trade price"});
}

TEST_CASE("engine conflicts: a disclosure in brackets or after 'declaring:' counts", "[engine][conflicts]") {
  expect_quiet("The BlendPro knee sleeve is the one I suggest most. Link in bio (affiliate link, I earn a small "
               "commission).",
               "conflicts");
  expect_quiet("Asked what I use for cracked heels: HeelWell balm, which I developed (declaring: my own company).",
               "conflicts");
  // Without the brackets' disclosure, the same endorsement still warns.
  expect_warning("The BlendPro knee sleeve is the one I suggest most. Link in bio, use code KNEE10 for 10% off.",
                 "conflicts", Severity::medium, {"code KNEE10"});
}

TEST_CASE("engine conflicts: a link to a free public service is not an incentive", "[engine][conflicts]") {
  expect_quiet("Under 25? Test every year and whenever you change partner. Link in bio for free NHS test kits.",
               "conflicts");
}

TEST_CASE("engine conflicts: a commission said out loud; an appointment offered at one's own clinic",
          "[engine][conflicts]") {
  expect_quiet("My go-to cleanser this winter. The link in my bio earns me a small commission, so you know.",
               "conflicts");
  expect_warning("Tongue-tie is underdiagnosed. We can usually see you within a week at our Harrogate clinic, book "
                 "online.",
                 "conflicts", Severity::medium, {"We can usually see you within"});
}

TEST_CASE("engine conflicts: 'declaring my interest' before an offer", "[engine][conflicts]") {
  expect_quiet("Declaring my interest: this is my own private clinic. We're taking two physio students this summer, "
               "DM for details.",
               "conflicts");
}

TEST_CASE("engine conflicts: a favourite product sold on the author's own website", "[engine][conflicts]") {
  expect_warning("My favourite trick for teething toddlers is the ChewCalm ring. Available on my website!", "conflicts",
                 Severity::medium, {"Available on my website"});
  expect_quiet("My favourite trick for teething toddlers: a cold flannel from the fridge. Nothing to buy.", "conflicts");
}

TEST_CASE("engine conflicts: a charity half marathon and 'every quid goes to'", "[engine][conflicts]") {
  expect_quiet("Running the Bristol Half for the kidney unit's patient fund in memory of my nan. Every quid goes to "
               "the unit. Link in bio!",
               "conflicts");
}

TEST_CASE("engine conflicts: giving blood, NHS guidance behind 'link in bio'", "[engine][conflicts]") {
  expect_quiet("Gave blood for the 30th time today! Donor sessions are back in town, book at blood.co.uk.",
               "conflicts");
  expect_quiet("Please don't DM me symptoms. Here's the NHS guidance on pacing (link in bio), and 111 is there for you.",
               "conflicts");
}
