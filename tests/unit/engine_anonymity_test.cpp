#include "engine_test_helpers.hpp"

using namespace st_test;

namespace {
const std::string kClaim = "As a GP I can tell you most coughs clear up on their own within three weeks.";

Settings named(const std::string& real_name) {
  Settings s;
  s.real_name = real_name;
  return s;
}

Context on(const std::string& display, const std::string& handle) {
  Context c;
  c.site = "x.com";
  c.account = secondthought::Account{display, handle};
  return c;
}
}  // namespace

TEST_CASE("engine anonymity: a role claim from an account without the real name", "[engine][anonymity]") {
  for (const auto& profile : all_profiles())
    expect_warning(kClaim, "anonymity", Severity::low, {"As a GP"}, profile, named("Dr Priya Raman"),
                   on("Night Owl Medic", "@nightowlmed"));
}

TEST_CASE("engine anonymity: no real name configured, no warning", "[engine][anonymity]") {
  expect_quiet(kClaim, "anonymity", Settings{}, on("Night Owl Medic", "@nightowlmed"));
}

TEST_CASE("engine anonymity: no account known, no warning", "[engine][anonymity]") {
  expect_quiet(kClaim, "anonymity", named("Dr Priya Raman"), Context{});
}

TEST_CASE("engine anonymity: the display name or handle shows the name", "[engine][anonymity]") {
  expect_quiet(kClaim, "anonymity", named("Dr Priya Raman"), on("Dr P Raman", "@nightowlmed"));
  expect_quiet(kClaim, "anonymity", named("Dr Priya Raman"), on("PRIYA", "@nightowlmed"));
  expect_quiet(kClaim, "anonymity", named("Dr Priya Raman"), on("Night Owl", "@drpriyaraman"));
}

TEST_CASE("engine anonymity: a shortened name shows the name, a short common word does not", "[engine][anonymity]") {
  expect_quiet(kClaim, "anonymity", named("Oluwafemi Adeyemi"), on("Femi A. | Anaesthetics", "@femi_gas"));
  expect_quiet(kClaim, "anonymity", named("Rachel Ellison"), on("Rach 🩺", "@nightowlmed"));
  // Three letters are too few to be sure: "Doc" is not Docherty.
  expect_warning(kClaim, "anonymity", Severity::low, {"As a GP"}, "gmc", named("Amy Docherty"),
                 on("Doc on call", "@nightowlmed"));
}

TEST_CASE("engine anonymity: a familiar forename with the surname's initial shows the name", "[engine][anonymity]") {
  // Tom for Thomas, Bill for William (rules/familiar_names.json), with the surname's initial.
  expect_quiet(kClaim, "anonymity", named("Thomas Hughes"), on("Tom H | ICU nurse", "@nightshift_icu"));
  expect_quiet(kClaim, "anonymity", named("William Okoro"), on("Night Owl", "@billo_gp"));
  // A familiar form alone is a pseudonym's first name, not the author's identity...
  expect_warning(kClaim, "anonymity", Severity::low, {"As a GP"}, "gmc", named("Thomas Hughes"),
                 on("Tom \xF0\x9F\x8F\x94", "@tom_climbs"));
  // ...and the initial must be the surname's, after a form of this forename.
  expect_warning(kClaim, "anonymity", Severity::low, {"As a GP"}, "gmc", named("Thomas Hughes"),
                 on("Tom K", "@nightowlmed"));
  expect_warning(kClaim, "anonymity", Severity::low, {"As a GP"}, "gmc", named("Thomas Hughes"),
                 on("Bill H", "@nightowlmed"));
}

TEST_CASE("engine anonymity: Cyrillic look-alike letters in the display name are folded", "[engine][anonymity]") {
  // "Rаman" with a Cyrillic а (U+0430), "Рriya" with a Cyrillic Р (U+0420).
  expect_quiet(kClaim, "anonymity", named("Dr Priya Raman"), on("R\u0430man Medic", "@nightowlmed"));
  expect_quiet(kClaim, "anonymity", named("Dr Priya Raman"), on("\u0420riya", "@nightowlmed"));
}

TEST_CASE("engine anonymity: no role claim, no warning", "[engine][anonymity]") {
  expect_quiet("Lovely sunny walk along the canal this morning.", "anonymity", named("Dr Priya Raman"),
               on("Night Owl Medic", "@nightowlmed"));
}

TEST_CASE("engine anonymity: roles of allied professions and nurse specialists, and years in post",
          "[engine][anonymity]") {
  const auto who = named("Niamh Doyle");
  const auto where = on("Eye Spy", "@eyespy_uk");
  expect_warning("Orthoptist here 👋 patching only works when it actually happens.", "anonymity", Severity::low,
                 {"Orthoptist here"}, "hcpc", who, where);
  expect_warning("Hand therapist here. Elevate, and move what you're allowed to move.", "anonymity", Severity::low,
                 {"Hand therapist here"}, "hcpc", who, where);
  expect_warning("As a respiratory CNS of 12 years, let me be honest about inhaler technique.", "anonymity",
                 Severity::low, {"As a respiratory CNS"}, "nmc", who, where);
  expect_warning("Physio 9 yrs in. Rest is not a treatment plan for a tendon.", "anonymity", Severity::low,
                 {"Physio 9 yrs in"}, "hcpc", who, where);
  expect_warning("Dentist who covers the bank holiday urgent care line here: antibiotics don't fix toothache.",
                 "anonymity", Severity::low, {"Dentist who covers"}, "gdc", who, where);
  // A sister in a family is no role.
  expect_quiet("As a sister to three brothers I know chaos when I see it.", "anonymity", who, where);
}

TEST_CASE("engine anonymity: a unit's sister, a practice principal, and 'GP with an interest in … here'",
          "[engine][anonymity]") {
  const auto who = named("Mairead Quinn");
  const auto where = on("Night Shift Musings", "@nightmusings");
  expect_warning("Speaking as a SCBU sister of twenty years: kangaroo care is not optional.", "anonymity",
                 Severity::low, {"Speaking as a SCBU sister"}, "nmc", who, where);
  expect_warning("As a practice principal for fifteen years, I can tell you the new contract changes nothing.",
                 "anonymity", Severity::low, {"As a practice principal"}, "gdc", who, where);
  expect_warning("GP with a special interest in sleep medicine here. Screens in the bedroom are not your friend.",
                 "anonymity", Severity::low, {"GP with a special interest in sleep medicine here"}, "gmc", who, where);
  expect_warning("Speaking as a critical care sister of 15 years: look after your backs.", "anonymity",
                 Severity::low, {"Speaking as a critical care sister"}, "nmc", who, where);
  // A thread opened in a role's name claims it as much as "as a pharmacist" does.
  expect_warning("ICU pharmacist thread 🧵 1/7: why your noradrenaline concentration matters.", "anonymity",
                 Severity::low, {"ICU pharmacist thread"}, "gphc", who, where);
  expect_quiet("Great thread from an ICU pharmacist on noradrenaline concentrations, worth a read.", "anonymity",
               who, where);
  // A sister who is family, and a principal who is a head teacher, are no role.
  expect_quiet("Speaking as a big sister of twins, bedtime is a negotiation.", "anonymity", who, where);
  expect_quiet("As a school principal I read every one of these reports.", "anonymity", who, where);
}

TEST_CASE("engine anonymity: 'day in the life of a' role, 'as nurses, we', and 'Me, the night reg'",
          "[engine][anonymity]") {
  const auto who = named("Bethan Lloyd");
  const auto where = on("Night Owl", "@owl_on_nights");
  expect_warning("A day in the life of a practice nurse: smears, jabs, and a lot of tea.", "anonymity", Severity::low,
                 {"day in the life of a practice nurse"}, "nmc", who, where);
  expect_warning("As paramedics, we see the gaps in social care before anyone else does.", "anonymity",
                 Severity::low, {"As paramedics, we"}, "hcpc", who, where);
  expect_warning("Me, the night reg, when the fourth referral arrives before midnight 🫠", "anonymity", Severity::low,
                 {"Me, the night reg"}, "gmc", who, where);
  // Someone else's day, and patients speaking as patients, claim no role.
  expect_quiet("Loved this documentary about a day in Swansea's busiest surgery.", "anonymity", who, where);
  expect_quiet("As patients, we deserve to be told how long the wait will be.", "anonymity", who, where);
  // The author's own name on the account: the claim is fine.
  expect_quiet("A day in the life of a practice nurse: smears, jabs, and a lot of tea.", "anonymity", who,
               on("Bethan Lloyd", "@bethanlloydrn"));
}

TEST_CASE("engine anonymity: 'Midwife of 20 years' claims the role", "[engine][anonymity]") {
  const auto who = named("Bethan Lloyd");
  const auto where = on("Night Owl", "@owl_on_nights");
  expect_warning("Midwife of 20 years in the Valleys. Nothing beats a home birth.", "anonymity", Severity::low,
                 {"Midwife of 20 years"}, "nmc", who, where);
  // A colleague of many years is someone else.
  expect_quiet("Said goodbye to our ward clerk of 20 years today. The ward won't be the same.", "anonymity", who,
               where);
}

TEST_CASE("engine anonymity: years of nursing, 'registered midwife since', a role's diary, 'X life:', 'X and Y here'",
          "[engine][anonymity]") {
  const auto who = named("Siân Morgan");
  const auto where = on("Tea And Toast", "@tea_toast_nights");
  expect_warning("Fifteen years of nursing and I still cry at every discharge home.", "anonymity", Severity::low,
                 {"Fifteen years of nursing"}, "nmc", who, where);
  expect_warning("Registered nurse since March and I already own four fob watches.", "anonymity", Severity::low,
                 {"Registered nurse since"}, "nmc", who, where);
  expect_warning("Reflections from a paramedic: the kettle is the most important kit on station.", "anonymity",
                 Severity::low, {"Reflections from a paramedic"}, "hcpc", who, where);
  expect_warning("Pharmacist's weekly rant: please stop storing insulin in the door of the fridge.", "anonymity",
                 Severity::low, {"Pharmacist's weekly rant"}, "gphc", who, where);
  expect_warning("Community midwife life: 9 visits, 3 cups of tea, 1 very wet dog.", "anonymity", Severity::low,
                 {"Community midwife"}, "nmc", who, where);
  expect_warning("Physio and amateur baker here, happy to swap sourdough tips.", "anonymity", Severity::low,
                 {"Physio and amateur baker here"}, "hcpc", who, where);
  // Someone else's years on the wards, and the same claim from an account that shows the name, are fine.
  expect_quiet("My nan did forty years on the wards and still makes a bed faster than anyone I know.", "anonymity",
               who, where);
  expect_quiet("Community midwife life: 9 visits, 3 cups of tea, 1 very wet dog.", "anonymity", who,
               on("Siân Morgan RM", "@sianmorganrm"));
}

TEST_CASE("engine anonymity: 'life of a', a hashtag role, a signature with years, 'X and Y for N years'",
          "[engine][anonymity]") {
  const auto who = named("Ffion Rees");
  const auto where = on("Kettle On", "@kettle_on_again");
  expect_warning("A day in the life of a district nurse: six insulin visits and a goat in a kitchen.", "anonymity",
                 Severity::low, {"day in the life of a district nurse"}, "nmc", who, where);
  expect_warning("Night six as a #midwife and the biscuit tin is empty.", "anonymity", Severity::low,
                 {"as a #midwife"}, "nmc", who, where);
  expect_warning("Please stop parking across the ambulance bay on Church Street. — paramedic, 12 years", "anonymity",
                 Severity::low, {"paramedic, 12 years"}, "hcpc", who, where);
  expect_warning("Practice nurse and part-time lecturer for 11 years, and I still learn something every clinic.",
                 "anonymity", Severity::low, {"Practice nurse"}, "nmc", who, where);
  // Someone else's life and a colleague's years are not the author's claim.
  expect_quiet("Watched a documentary about the life of a lighthouse keeper on my day off.", "anonymity", who, where);
}

TEST_CASE("engine anonymity: a role opening the draft with 'tonight' or 'locum', or 'and owner,'", "[engine][anonymity]") {
  const auto who = named("Gethin Price");
  const auto where = on("Pestle Whisperer", "@pestle_whisperer");
  expect_warning("Duty pharmacist tonight. Three calls about gentamicin levels already.", "anonymity", Severity::low,
                 {"Duty pharmacist tonight"}, "gphc", who, where);
  expect_warning("GP locum this weekend on Anglesey, and the surgery dog has adopted me.", "anonymity",
                 Severity::low, {"GP locum this weekend"}, "gmc", who, where);
  expect_warning("Pharmacist and shop owner, two branches in Powys. Questions welcome below.", "anonymity",
                 Severity::low, {"Pharmacist and shop owner"}, "gphc", who, where);
  // A role that is the subject of someone else's sentence is not a claim.
  expect_quiet("Pharmacist tonight told my dad to keep taking his statin, which was kind of him.", "anonymity", who,
               where);
}

TEST_CASE("engine anonymity: 'X and PhD student', 'X turned researcher:', 'X who … here.'", "[engine][anonymity]") {
  const auto who = named("Gethin Price");
  const auto where = on("Lab Coat Life", "@labcoat_life");
  expect_warning("Paramedic and MSc student. Our audit of pre-alerts is finally written up!", "anonymity",
                 Severity::low, {"Paramedic and MSc student"}, "hcpc", who, where);
  expect_warning("Practice nurse turned researcher: our asthma review pilot just got funded.", "anonymity",
                 Severity::low, {"Practice nurse turned researcher:"}, "nmc", who, where);
  expect_warning("GP who does Tuesdays at the refugee drop-in here. Four chest infections and a lot of tea.",
                 "anonymity", Severity::low, {"GP who does Tuesdays at the refugee drop-in here."}, "gmc", who,
                 where);
  // A role in someone else's story claims nothing.
  expect_quiet("My brother, a paramedic and part-time student, finally passed his driving test.", "anonymity", who,
               where);
}

TEST_CASE("engine anonymity: a scientist's role 'here', a GP covering care homes", "[engine][anonymity]") {
  expect_warning("Clinical geneticist here: your ancestry kit is not a diagnosis.", "anonymity", Severity::low,
                 {"Clinical geneticist here"}, "gmc", named("Dr Oliver Stein"), on("Gene Gripes", "@genegripes"));
  expect_warning("GP covering six care homes this winter and the flu jabs are late again.", "anonymity",
                 Severity::low, {"GP covering six care homes"}, "gmc", named("Dr Jonathan Rees"),
                 on("Carehome Doc", "@carehomedoc"));
}

TEST_CASE("engine anonymity: a biomedical scientist on nights", "[engine][anonymity]") {
  expect_warning("Biomedical scientist on nights here: two identifiers on every tube, please.", "anonymity",
                 Severity::low, {"Biomedical scientist on nights here"}, "hcpc", named("Kerry Dunmore"),
                 on("Night Lab", "@nightlab"));
}

TEST_CASE("engine anonymity: 'POV: me, an agency nurse'", "[engine][anonymity]") {
  expect_warning("POV: me, an agency nurse, on a ward I've never seen with a handover of 'all fine'.", "anonymity",
                 Severity::low, {"me, an agency nurse"}, "nmc", named("Laura Penrose"), on("Scrubs & Crumbs", "@scrubsncrumbs"));
}
