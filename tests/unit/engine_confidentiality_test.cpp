#include "engine_test_helpers.hpp"

using namespace st_test;

TEST_CASE("engine confidentiality: a named patient with clinical context", "[engine][confidentiality]") {
  const std::string text = "Saw my patient Mr Pemberton again today on ward 7, he still refuses his insulin.";
  for (const auto& profile : all_profiles())
    expect_warning(text, "confidentiality", Severity::high, {"Mr Pemberton", "ward 7"}, profile);
}

TEST_CASE("engine confidentiality: a valid NHS number", "[engine][confidentiality]") {
  expect_warning("Patient NHS number 943 476 5919 left on the printer, anyone claim it?", "confidentiality",
                 Severity::high, {"943 476 5919"});
}

TEST_CASE("engine confidentiality: date of birth and home address", "[engine][confidentiality]") {
  const std::string text = "Her date of birth is 02/11/1987 and she lives at 14 Rose Lane, LS6 2QT.";
  expect_warning(text, "confidentiality", Severity::high, {"02/11/1987", "LS6 2QT"}, "nmc");
}

TEST_CASE("engine confidentiality: DOB in clinical shorthand", "[engine][confidentiality]") {
  expect_warning("Pt DOB 14/03/1962 came in with chest pain, still on resus.", "confidentiality", Severity::high,
                 {"14/03/1962"}, "gphc");
}

TEST_CASE("engine confidentiality: a title and surname at a cubicle", "[engine][confidentiality]") {
  expect_warning("Lovely lady in cubicle 3 told me her whole life story, Mrs Jenkins you are a star.",
                 "confidentiality", Severity::high, {"Mrs Jenkins", "cubicle 3"}, "gdc");
}

TEST_CASE("engine confidentiality: a handover line of bed and name", "[engine][confidentiality]") {
  // A bed and a name as a list writes them (initial and surname, or title and
  // surname, either way round) identify whoever lies in that bed.
  expect_warning("Whiteboard tonight: 'Bed 12 – H. Dobson – ?UTI ?delirium' 😂", "confidentiality", Severity::high,
                 {"H. Dobson"});
  expect_warning("Mrs Okafor (bay 3) pulled her cannula out again.", "confidentiality", Severity::high,
                 {"Mrs Okafor"});
  expect_quiet("For sale: bed 4 – M&S pine frame, Mr Men duvet set included, collection only.");
}

TEST_CASE("engine confidentiality: a photo of a board of patients, named with two words", "[engine][confidentiality]") {
  expect_warning("5am on a bank holiday 👇 [photo of the ED tracking board]", "confidentiality", Severity::high,
                 {"photo of the ED tracking board"});
  expect_quiet("5am on a bank holiday 👇 [photo of the ED waiting room, empty at last]");
}

TEST_CASE("engine confidentiality: the sum of details identifies (jigsaw)", "[engine][confidentiality]") {
  const std::string text =
      "Had a 34M in resus last night after the crash on the A64 near Malton, motorbike vs tractor.";
  expect_warning(text, "confidentiality", Severity::medium, {"34M", "last night", "Malton"}, "hcpc");
  expect_warning("Discharged a 93 year old woman from bed 12 on Oakfield ward this morning, she was the oldest "
                 "ever to have the surgery here.",
                 "confidentiality", Severity::medium, {"93 year old woman", "bed 12"});
}

TEST_CASE("engine confidentiality: spans are UTF-16 offsets after emoji", "[engine][confidentiality]") {
  const std::string text = "😷🏥 Saw my patient Mr Pemberton again today on ward 7, he still refuses his insulin.";
  const auto a = analyze(text);
  const auto* w = first_of(a, "confidentiality");
  REQUIRE(w != nullptr);
  CHECK(covers(*w, text, "Mr Pemberton"));
  const auto want = utf16_span_of(text, "Mr Pemberton");
  CHECK(want.start == 20);  // two emoji of two units each, a space, then 15 units
  bool exact = false;
  for (const auto& s : w->spans) exact = exact || s == want;
  CHECK(exact);
}

TEST_CASE("engine confidentiality: near-misses stay quiet", "[engine][confidentiality]") {
  // A phone number is not an NHS number.
  expect_quiet("Call the surgery on 01632 960 123 to book, lines open 8am.");
  expect_quiet("Ring me on 07700 900 123 if you want the sofa.");
  // "bed 4" in a furniture advert.
  expect_quiet("Selling double bed frame, bed 4 of the set we had, collection only.");
  // A television programme, not a patient.
  expect_quiet("Watching Mrs Brown's Boys tonight with a takeaway, bliss.");
  // "patient" as an adjective.
  expect_quiet("Took my patient wife out for dinner, she waited ages for me to finish my shift.");
  // Teaching with no patient detail.
  expect_quiet("Great teaching session on sepsis recognition today, remember the six.");
}

TEST_CASE("engine confidentiality: someone the author knows, in their care", "[engine][confidentiality]") {
  expect_warning("Looked after my neighbour's husband in resus today. She texted asking if I'd seen him.",
                 "confidentiality", Severity::high, {"my neighbour"});
  expect_quiet("My neighbour is a nurse in resus and swears by the new rota.", "confidentiality");
}

TEST_CASE("engine confidentiality: an insider adding to a news story in a reply", "[engine][confidentiality]") {
  Context reply;
  reply.surface = "reply";
  expect_warning("@LocalNewsDesk that was us, he came in after the crash with a ruptured spleen and went to theatre.",
                 "confidentiality", Severity::high, {"that was us"}, "gmc", {}, reply);
  // The same words as a post to everyone go through the usual checks, not this one.
  expect_quiet("That was us on the charity bake sale stall today, thanks for coming!", "confidentiality", {}, reply);
}

TEST_CASE("engine confidentiality: fiction and long-published cases are not patients", "[engine][confidentiality]") {
  expect_quiet("Anyone watching the new hospital drama? The 67-year-old in bay 3 with the pacemaker storyline was spot on.",
               "confidentiality");
  expect_quiet("Henrietta Lacks, 31, died of cervical cancer in 1951 and her cells built modern biology.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: a patient named in a rant about a colleague is still a patient",
          "[engine][confidentiality]") {
  // The colleague warning highlights the patient's name too; only what made it
  // fire (the insult and its target) is explained away, not what it highlights.
  const std::string text =
      "Absolutely livid. The locum reg Dr K. Moss sent Mrs Margaret Adebayo home from our AMU with 'reflux' "
      "and she came back that night with a dissected aorta. How is he still practising??";
  const auto a = analyze(text);
  CHECK(categories_of(a) == std::set<std::string>{"colleagues", "confidentiality"});
  const auto* w = first_of(a, "confidentiality");
  REQUIRE(w);
  CHECK(covers(*w, text, "Mrs Margaret Adebayo"));
  // The colleague criticised is not made a patient.
  expect_quiet("Dr K. Moss is the laziest reg I have ever worked with, a total liability on nights.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: a patient tagged next to their treatment", "[engine][confidentiality]") {
  expect_warning("So proud of @mike_rides_again finishing the Cotswold sportive a year after the STEMI we stented him for!",
                 "confidentiality", Severity::high, {"@mike_rides_again", "we stented him"});
  // Tagging a friend's achievement says nothing about anyone's care.
  expect_quiet("So proud of @mike_rides_again finishing the Cotswold sportive in under five hours!", "confidentiality");
}

TEST_CASE("engine confidentiality: a teaching case that still identifies the patient", "[engine][confidentiality]") {
  expect_warning("Great teaching case for the F1s: 52M, the only farrier in Little Hawton, kicked by a horse at the Tuesday "
                 "market, came in with a ruptured spleen and was in theatre within the hour. #FOAMed",
                 "confidentiality", Severity::medium, {"52M", "farrier"});
  // The same learning point, anonymised, is what teaching should look like.
  expect_quiet("Teaching case for the F1s: a man in his 50s with left upper quadrant pain after blunt trauma. Think spleen "
               "and call the surgeons early. #FOAMed",
               "confidentiality");
}

TEST_CASE("engine confidentiality: staff, public figures, history and pets are not patients",
          "[engine][confidentiality]") {
  // A trainer introduced by role and title is a colleague, whatever the draft says about patients.
  expect_quiet("Passed! Thanks to my trainer Dr Sarah Cole for every tutorial and every 'what's the patient's "
               "agenda here?'");
  // Staff listed before "and the whole ... team" are being thanked.
  expect_quiet("Huge thanks to Mr Osei, Sister Doyle and the whole fracture clinic team for the new virtual clinic "
               "pathway, presented at the audit meeting today.");
  // "Patient" describing a temper, with the person's initials after it.
  expect_quiet("Two years of study, one very patient DMP and a lot of coffee later, I can finally prescribe in our "
               "palliative care clinic.");
  // A public figure speaking about their own health.
  expect_quiet("Good on Marcus Trent for continuing to talk so openly about living with HIV.");
  // Medical history, a century ago.
  expect_quiet("History of surgery thread: Harold Gillies rebuilt the faces of soldiers wounded in WW1, treating "
               "them at Sidcup.");
  // A pet's age, written the way clinicians write a patient's.
  expect_quiet("Our 12 y/o spaniel had his first GA today for a dental, the vet let me watch induction.");
}

TEST_CASE("engine confidentiality: thanking staff does not hide a patient named beside them",
          "[engine][confidentiality]") {
  expect_warning("Thanks to Dr Patel and the team, Mrs Jenkins from bay 2 went home today after her hip op.",
                 "confidentiality", Severity::high, {"Mrs Jenkins"});
}

TEST_CASE("engine confidentiality: public news, national figures and a relative's birthday are not patients",
          "[engine][confidentiality]") {
  // A sportsman's injury reported by his club.
  expect_quiet("Good to see the Wales captain back in full training after his ACL reconstruction. Rehab after "
               "knee surgery is 9-12 months of hard work.");
  // A colleague congratulated on a new post.
  expect_quiet("Congratulations to Mr Daniel Okafor on his appointment as consultant urologist at St Mary's, he "
               "was my reg when I was an F1.");
  // National statistics.
  expect_quiet("Another record year for drug poisoning deaths in England and Wales. Every one was someone's son or "
               "daughter. We know what works: naloxone, housing, OST.");
  // The author's grandfather's birthday.
  expect_quiet("Grandad is 100 today!!! Telegram from the King and everything, whole family round this afternoon.");
}

TEST_CASE("engine confidentiality: colleagues praised, labels explained and public injuries stay quiet",
          "[engine][confidentiality]") {
  // A retirement, and a manager working alongside her team, are not a colleague's health.
  expect_quiet("Farewell to a legend: Carol Dunn, our ward sister, retired after 35 years in nursing, 20 of them on "
               "the stroke ward.");
  expect_quiet("The porters came in on their days off, and our manager Denise was on the floor cannulating with the "
               "rest of us.",
               "confidentiality");
  // Trainers thanked by name.
  expect_quiet("Delighted to start as consultant at Derby. Thanks to my trainers in the East Midlands, especially "
               "Mr Hughes and Ms Adebayo, for their patience in theatre.");
  // A doctor thanked for a visit, the resident not described.
  expect_quiet("Shoutout to Dr Sarah Cole who came out to our home on Christmas Eve to sort a syringe driver without "
               "a grumble.");
  // Advice about reading a label, not a photo of one.
  expect_quiet("Inhaler colours vary by brand these days, so check the name on the label, not the colour of the "
               "steroid one.");
  // A sportswoman's injury that was public news.
  expect_quiet("Beth Mead's ACL rupture was big public news back in 2022, still the clearest case for research "
               "money.");
}

TEST_CASE("engine confidentiality: trainers thanked by name do not hide a patient named beside them",
          "[engine][confidentiality]") {
  expect_warning("Thanks to my consultants, especially Mr Hughes, for the teaching. Mrs Jenkins from bay 2 went home "
                 "today after her hip op.",
                 "confidentiality", Severity::high, {"Mrs Jenkins"});
}

TEST_CASE("engine confidentiality: a club's statement, a dog's age, a colleague's award and a grandfather mourned",
          "[engine][confidentiality]") {
  expect_quiet("Best wishes to the Wales fly-half after Saturday's knee injury, the club's statement says he's "
               "recovering well.");
  expect_quiet("Who knew dogs had blood groups?! Mabel (12, spaniel, professional sock thief) needed a transfusion "
               "at the vets today after eating something she shouldn't.");
  expect_quiet("Massive congratulations to Priya Ramanathan, our transfusion practitioner, who picked up the Trust's "
               "award tonight.");
  expect_quiet("Thank you to the out-of-hours doctor who sat with us at 3am and explained his breathing. Rest easy "
               "Grandad, you stubborn, brilliant man.");
}

TEST_CASE("engine confidentiality: a grandmother remembered, a dog's breed, a company's name and a sergeant's team",
          "[engine][confidentiality]") {
  expect_quiet("Grandma would have been 100 today. She was a night sister at St Luke's in the 60s and ran the ward "
               "with a torch and a fob watch.");
  expect_quiet("My 12 y/o springer Pip had her dental today and the vet called her 'geriatric' on the discharge "
               "sheet. She's a puppy in spirit.");
  expect_quiet("RIP Biscuit, 16yo Jack Russell, sworn enemy of the postman. Put to sleep this morning on the sofa "
               "with his head on my lap.");
  expect_quiet("Disclosure first: I'm paid as a clinical adviser by Medivac Solutions, who ran the trauma training "
               "day I attended last week.");
  expect_quiet("Well done to Sgt Amy Reid and the whole med centre team for coming out of their inspection with zero "
               "actions. Months of quiet graft behind it.");
  // A patient named beside the team still warns.
  expect_warning("Thanks to Sgt Kerry Dunlop and the team, Mrs Jenkins from bay 2 went home today after her hip op.",
                 "confidentiality", Severity::high, {"Mrs Jenkins"});
}

TEST_CASE("engine confidentiality: colleagues' careers and thanks are not patients", "[engine][confidentiality]") {
  expect_quiet("Priya Desai and I have done more night shifts together than I care to admit.", "confidentiality");
  expect_quiet("Janet Price, 38 years a ward clerk, retires on Friday.", "confidentiality");
  expect_quiet("Three years, 1,800 hours and a lot of coffee: thank you Tom Hughes for signing every one.",
               "confidentiality");
  expect_quiet("My practice educator Steve Okoro treated every patient on that ward like family.", "confidentiality");
  expect_quiet("Our team won the regional award with colleagues from adult social care: well done Mark Ellis and "
               "Jo Fenton.",
               "confidentiality");
  expect_quiet("Today we waved off Anne Kilbride after 35 years of nursing, 20 of them on our early pregnancy unit.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: advice about records and photos is not a photo of records",
          "[engine][confidentiality]") {
  expect_quiet("Ask for a copy of the discharge summary before you leave the ward.", "confidentiality");
  expect_quiet("Before you post photos from the ward party, check the background for whiteboards and handover "
               "sheets 📸",
               "confidentiality");
}

TEST_CASE("engine confidentiality: sleep indices, one's own child, public figures in the news",
          "[engine][confidentiality]") {
  expect_quiet("My sleep study came back: AHI 2, ODI 1. Apparently I grind my teeth though.", "confidentiality");
  expect_quiet("Our Ellie (9) scored her first goal today at the club, proud mum!", "confidentiality");
  expect_quiet("Good to see Gary Lineker back in the headlines for his charity work.", "confidentiality");
  expect_quiet("Respect to the England captain who spoke on breakfast TV about his depression.", "confidentiality");
}

TEST_CASE("engine confidentiality: a pet's paw print marks a pet's age", "[engine][confidentiality]") {
  expect_quiet("RIP Pepper 🐾 17 years old, terrorised the postman daily. The house is so quiet tonight.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: co-authors and colleagues credited with their role in brackets",
          "[engine][confidentiality]") {
  expect_quiet("Proud to have presented our sepsis audit at the regional meeting. Thank you to co-authors Dr Ana Ruiz "
               "and Ben Carter (ANP) for all the weekends.",
               "confidentiality");
  expect_quiet("Proud to have presented our sepsis audit at the regional meeting. Thank you to my co-authors Ben Carter "
               "and Dr Ana Ruiz for all the weekends.",
               "confidentiality");
  expect_warning("Ben Carter was admitted to ward 4 with sepsis yesterday, still on IV antibiotics.", "confidentiality",
                 Severity::high, {"Ben Carter"});
}

TEST_CASE("engine confidentiality: ages given as alternatives, and a banner with her name on",
          "[engine][confidentiality]") {
  expect_quiet("75 y/o or 41M, doesn't matter. Chest pain and sweating means 999, not the 8am scramble for a GP slot.",
               "confidentiality");
  expect_warning("41M came in at 8am with chest pain and sweating, turned out to be a big MI.", "confidentiality",
                 Severity::medium, {"41M"});
  expect_quiet("Grandad turned 90 on Sunday and the care home staff made a banner with his name on and a cake. Proper "
               "spoiled.",
               "confidentiality");
  expect_warning("Someone posted a photo of the ward handover sheet with her name on it and her diagnosis.",
                 "confidentiality", Severity::high, {"handover sheet"});
}

TEST_CASE("engine confidentiality: an illness going round a school, the neighbours' dog, a parent's own children and "
          "a published image challenge",
          "[engine][confidentiality]") {
  expect_quiet("Norovirus is going round at my son's nursery again, so wash hands and keep them off for 48 hours after "
               "the last bout.",
               "confidentiality");
  expect_quiet("Slept badly because next door's dog barked all night; twelve-hour shift on the ward now, send coffee.",
               "confidentiality");
  expect_warning("The lad from next door came into resus last night after a fall, his mum was in bits.",
                 "confidentiality", Severity::high, {"next door"});
  expect_quiet("Took the kids swimming this morning and Freddie (6) finally did a width without armbands. Back on the "
               "ward tomorrow.",
               "confidentiality");
  expect_quiet("Ruby (8) scored her first goal today and then sprained her finger celebrating. Very proud mum.",
               "confidentiality");
  expect_warning("Freddie (6) came into resus this morning after a fall from a trampoline, his mum was in bits.",
                 "confidentiality", Severity::high, {"Freddie (6)"});
  expect_quiet("This week's ECG challenge: 58M with palpitations after a new drug. Answers below.", "confidentiality");
}

TEST_CASE("engine confidentiality: an exercise's casualties, and gum health, are not patients", "[engine][confidentiality]") {
  expect_quiet("Mass casualty exercise with the lifeboat crew at the slipway this morning. Slick as anything, proud of "
               "our wee island's volunteers.",
               "confidentiality");
  expect_quiet("An influencer claims you can straighten teeth at home with no X-rays. Gum health, roots and bone levels "
               "all matter first.",
               "confidentiality");
  // GUM, the clinic, written in capitals, is still a sensitive detail.
  expect_warning("A 19 year old from the island came to the GUM clinic this morning, terrified his mum would find out.",
                 "confidentiality", Severity::medium, {"GUM"});
}

TEST_CASE("engine confidentiality: the author's own young child, an aunt thanked for the cake, a mayor's visit and a "
          "journal club",
          "[engine][confidentiality]") {
  expect_quiet("Tried to explain germs to my 6yo using Lego. He now wants to 'vaccinate' the hamster and has built a "
               "clinic out of Duplo.",
               "confidentiality");
  expect_warning("My 7yo with DKA in resus tonight, pH 7.05, mum hasn't left her side since 6pm.", "confidentiality",
                 Severity::medium, {"7yo"});
  expect_quiet("Nan turned 90 yesterday, thanks to everyone who came, and to Uncle Ray for the trifle. Back on the ward "
               "tomorrow, leftovers in the staff room.",
               "confidentiality");
  expect_quiet("Great to see the Mayor visit our drop-in today and actually listen to staff for an hour.",
               "confidentiality");
  expect_quiet("Sat in on the vet-medic journal club tonight. We argued about Q fever vaccination for 40 minutes.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: the author's own birthday, a long-stay car park, a practice's own reminder, a "
          "volunteer's age and a title are not patient details",
          "[engine][confidentiality]") {
  expect_quiet("Turned 60 today. Hips feel 80, teeth are 40, brain about 12. Off to the Swan for a curry with the family.",
               "confidentiality");
  // The same words about someone on the ward are still a patient's birthday.
  expect_warning("Turned 90 on the ward today, still doing the crossword in bed 4 and asking for sherry.",
                 "confidentiality", Severity::medium, {"bed 4"});
  expect_quiet("The long-stay car park at the Royal is shut till September, so staff are parking in a farmer's field "
               "behind the practice.",
               "confidentiality");
  expect_quiet("Mouth cancer checks matter: a reminder from your local dental team to look for ulcers that don't heal "
               "in three weeks.",
               "confidentiality");
  // Someone from the reader's own team, seen in resus, is still someone people know.
  expect_warning("Saw a lad from your football team in resus last night, broken femur after the match.",
                 "confidentiality", Severity::high, {"from your football team"});
  expect_quiet("Thanks to our volunteer Maureen (79 and still out-walking the lot of us) for the scones in the hospice "
               "cafe today.",
               "confidentiality");
  expect_quiet("Another 17 year old cried because I called her Miss at her vaccination this morning.", "confidentiality");
  expect_warning("Baby arrived at 3am on the labour ward after a long night, mum called her Ruby. Tiny thing.",
                 "confidentiality", Severity::high, {"Ruby"});
}

TEST_CASE("engine confidentiality: an in-law's cousin on the unit, results and explanations given in public, a name "
          "with the author's role in their care, and leave from a secure ward",
          "[engine][confidentiality]") {
  expect_warning("Odd night: the new admission on our unit is my brother-in-law's cousin. Asked to be moved to the "
                 "other bay.",
                 "confidentiality", Severity::high, {"my brother-in-law's cousin"});
  expect_quiet("My sister-in-law is a ward sister at the Royal and she is the calmest person I know.");
  expect_warning("@gemma_r88 Hi Gemma, your swabs have come back clear, nothing to worry about, the surgery will text "
                 "you.",
                 "confidentiality", Severity::high, {"your swabs have come back"});
  expect_quiet("@gemma_r88 your parcel has come back to the depot again, ring them tomorrow.");
  expect_warning("Hi Tom, as I explained in surgery the filling was always going to be deep. Happy to talk it through "
                 "again.",
                 "confidentiality", Severity::high, {"as I explained in surgery"});
  expect_warning("I'm Kelly Marsh's physio and she has been told twice to rest that ACL before the cup final.",
                 "confidentiality", Severity::high, {"Kelly Marsh"});
  expect_quiet("I'm Kelly's mum and she has been told twice to rest before the cup final.");
  expect_warning("Speaking to the panel about his unescorted leave next week, the lad on our ward has done so well.",
                 "confidentiality", Severity::medium, {"unescorted leave"});
}

TEST_CASE("engine confidentiality: a pet remembered, a public figure's own words on TV, a talk at the author's "
          "children's school",
          "[engine][confidentiality]") {
  expect_quiet("RIP Pepper, 13, the softest girl there ever was. Kidney failure in the end, the vets were wonderful 🐾",
               "confidentiality");
  // The same shape about someone on the ward is a patient.
  expect_warning("RIP Ivy, 13, the softest girl on our ward. Kidney failure in the end, passed overnight in bay 3.",
                 "confidentiality", Severity::high, {"Ivy, 13,"});
  expect_quiet("Fair play to the footballer who talked on Match of the Day about his panic attacks. Does more good "
               "than any leaflet.",
               "confidentiality");
  expect_quiet("Really brave of the BBC presenter to talk about his prostate cancer diagnosis on air this week. If "
               "it gets one more man to his GP it's worth it.",
               "confidentiality");
  expect_quiet("Gave a sepsis talk at my kids' school this morning 💜 the Year 5s now know what a high temperature "
               "means.",
               "confidentiality");
  expect_warning("Gave a talk at my son's school today, and found out his teacher is the man we had in resus last "
                 "week after the overdose.",
                 "confidentiality", Severity::medium, {"resus", "overdose"});
}

TEST_CASE("engine confidentiality: 'Mum said I could share this' is consent", "[engine][confidentiality]") {
  expect_quiet("Mum said I could share this so others learn from it. She's 78, and on her first day in Whitby she got "
               "badly sunburnt because one of her heart tablets makes skin sensitive to sun.",
               "confidentiality");
  expect_warning("Dad said I shouldn't share this but the 81 year old in bed 9 tonight is the retired bishop, in with a "
                 "fall.",
                 "confidentiality", Severity::medium, {"81 year old", "bed 9"});
}

TEST_CASE("engine confidentiality: clinical words about a game, a car, a kettle or a match on TV are not about a "
          "patient",
          "[engine][confidentiality]") {
  expect_quiet("Five-a-side tonight: our keeper presented with acute wounded pride after the third goal, managed with "
               "chips. Lost 6-2.",
               "confidentiality");
  // A real injury at the same game, with an age, a place and a time, is a patient again.
  expect_warning("Five-a-side last night ended with our keeper, 34, in resus at Withybush after a collision with the "
                 "post. Still intubated this morning.",
                 "confidentiality", Severity::medium, {"keeper, 34,", "Withybush"});
  expect_quiet("My fantasy league team needs urgent resus, three injuries and a keeper in ITU. DNACPR discussion "
               "tonight.",
               "confidentiality");
  expect_quiet("RIP to my old Corsa, pronounced dead on the hard shoulder at 07:10 this morning, no output, no rhythm.",
               "confidentiality");
  expect_quiet("RIP to my trusty old kettle, passed away this morning mid-boil after 14 years of night shifts. Time of "
               "death 06:12.",
               "confidentiality");
  expect_quiet("Its last breath was a wheeze of steam. Farewell to our coffee machine, 2011 to 2026, the real hero of "
               "nights.",
               "confidentiality");
  expect_quiet("Watched the semi-final from my sofa: that winger's ankle went over like a textbook inversion injury. "
               "Hope he's ok.",
               "confidentiality");
  // A player who is a patient is still a patient, and "from the sofa" is where patients fall.
  expect_warning("Sunday league player brought in tonight, 34M, collapsed on the pitch at Ridgeway Park, his whole "
                 "team waiting outside resus.",
                 "confidentiality", Severity::medium, {"34M"});
  expect_warning("80F fell from the sofa at home in Frome this morning, NOF, daughter is a teacher at the primary.",
                 "confidentiality", Severity::medium, {"80F"});
}

TEST_CASE("engine confidentiality: thanks to a named colleague or trainer, consent given in a bracket, the "
          "author's own loss",
          "[engine][confidentiality]") {
  expect_quiet("Thanks to Priya from Harbour Hearing Services who ran the tinnitus session for our clinic team today, "
               "brilliant.",
               "confidentiality");
  expect_quiet("Big thanks to Sam Okafor, our ward manager, who covered three extra nights this month.",
               "confidentiality");
  expect_warning("Big thanks to Sam Okafor in bed 4 who gave us his chocolates after his op today.", "confidentiality",
                 Severity::high, {"Sam Okafor"});
  expect_no_rule("Our Mrs Abbott asked us (twice!) to share her photo from the garden party on the unit, and she "
                 "signed the consent form herself.",
                 "confidentiality.named_patient");
  expect_quiet("Three years today since we lost Dad at Hollins Hospice. The night nurse who held his hand, thank you.",
               "confidentiality");
  expect_warning("Since we lost Mrs Ellis at Ashgrove Hospice last night the whole ward has been quiet, 88 and sharp to "
                 "the end.",
                 "confidentiality", Severity::high, {"Mrs Ellis"});
}

TEST_CASE("engine confidentiality: permission to share, said once anywhere in the post, covers the whole post",
          "[engine][confidentiality]") {
  const std::string story =
      " Gwen is 79 and came to us last winter after her second knee replacement, barely able to stand. This "
      "week she walked the whole length of the prom at Llandudno with her stick in her bag and her granddaughter "
      "filming.";
  expect_quiet("Posting with Gwen's written permission (she chose the photo)." + story, "confidentiality");
  expect_quiet("With the enthusiastic blessing of Gwen's daughter, who asked us to share this." + story,
               "confidentiality");
  expect_quiet(story.substr(1) + " Gwen asked us (more than once) to post this, so here it is.", "confidentiality");
  // Permission refused, or given by someone in no state to give it, is not permission.
  expect_warning("Posting this without Gwen's permission, she'd never say yes." + story, "confidentiality",
                 Severity::high, {"Gwen is 79"});
  expect_warning("The lad in cubicle 2 tonight has a tattoo of his own face on his back. He said I could post it (he "
                 "was absolutely steaming).",
                 "confidentiality", Severity::medium, {"cubicle 2"});
}

TEST_CASE("engine confidentiality: a word in capitals, a supervising surgeon, a room praised, an update on the dog",
          "[engine][confidentiality]") {
  expect_quiet("Handover tip: talk to the patient AND the family before the ward round, not after.", "confidentiality");
  expect_warning("Handover: patient JB in bay 2, 81, post-op day 3 after a hip, confused overnight.", "confidentiality",
                 Severity::high, {"JB"});
  expect_no_rule("First solo lap chole today, supervised by the ever patient Mrs Adeyemi. Knees still shaking.",
                 "confidentiality.named_patient");
  expect_warning("Mrs Adeyemi in bed 6 had her lap chole today and was ever so patient with us all.", "confidentiality",
                 Severity::high, {"Mrs Adeyemi"});
  expect_quiet("Shout out to side room 4 on ward 9: not the patients, the actual room, whose radiator has been stuck on "
               "full since 2019.",
               "confidentiality");
  expect_quiet("An update on the dog: Sir Barksalot is nil by mouth after eating a sock and is refusing all meds. "
               "Prognosis: dramatic.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: a consultant thanked by name, the author's own birth on a ward, a blackout blind",
          "[engine][confidentiality]") {
  expect_no_rule("Thanks to Mrs Okonjo, consultant paediatrician, for the best teaching session of my F2 year.",
                 "confidentiality.named_patient");
  expect_no_rule("Bed 9 on the maternity ward, forty years ago, was where I was born. Now I'm a midwife on that ward.",
                 "confidentiality.jigsaw");
  expect_no_rule("Blackout blind up, earplugs in, Gogglebox on telly after my last night shift.",
                 "confidentiality.celebrity_patient");
}

TEST_CASE("engine confidentiality: a death certified with an age and a place, and a named patient's mental health "
          "told 'as her GP'",
          "[engine][confidentiality]") {
  expect_warning("Certified a lad of 20 in Ullapool last night, his sister found him.", "confidentiality",
                 Severity::medium, {"Certified a lad", "Ullapool"});
  expect_warning("Don't want to say too much but as her GP I can tell you Katie's been really struggling with her "
                 "mental health since the baby.",
                 "confidentiality", Severity::medium, {"as her GP", "struggling with her mental health"});
  // A qualification certified, a fit note, and the author's own sister.
  expect_quiet("Just got certified in ALS, buzzing.", "confidentiality");
  expect_quiet("Certified my first fit note today, felt like a proper GP.", "confidentiality");
  expect_quiet("My sister has struggled with her mental health for years and I'm so proud of her.", "confidentiality");
}

TEST_CASE("engine confidentiality: permission to share covers a patient's handle and the author's care of her too",
          "[engine][confidentiality]") {
  const std::string post =
      "Shout out to @gwen_walks: I nursed her on Ward 7 after her knee replacement and today she walked the prom. "
      "Everyone on the ward has been cheering her on since the spring, and the physios say she has worked harder "
      "than anyone they have known in years, rain or shine, every single morning without fail.";
  expect_warning(post, "confidentiality", Severity::high, {"@gwen_walks", "knee replacement"});
  expect_quiet(post + " Posting with her written permission.", "confidentiality");
}

TEST_CASE("engine confidentiality: a parent's news of their own child's exams or driving test",
          "[engine][confidentiality]") {
  expect_quiet("Can't quite believe it but our Maisie got her A level results this morning and she's off to Leeds "
               "to do physics in September. She says she'll never do medicine 'after watching you, Dad' 😂 So proud.",
               "confidentiality");
  expect_quiet("My youngest passed his driving test today, first go, two minors. I will never sleep again.",
               "confidentiality");
  // The same news, then an injury with an age, a hospital and a road, is a patient's story.
  expect_warning("Our Jake, 17, passed his driving test this morning and an hour later was in resus at Furness "
                 "General after rolling the car on the A590. Still ventilated.",
                 "confidentiality", Severity::medium, {"17", "Furness General"});
}

TEST_CASE("engine confidentiality: a photo of the jobs list, a name in seclusion", "[engine][confidentiality]") {
  expect_warning("Snapped tonight's handover sheet so you can see what a night on AMU looks like 😅 ignore the bed "
                 "numbers",
                 "confidentiality", Severity::high, {"Snapped tonight's handover sheet"});
  expect_warning("Kayleigh, 31, back in seclusion tonight and screaming the place down again.", "confidentiality",
                 Severity::high, {"Kayleigh, 31,"});
  // A blank template, and seclusion as a policy, name nobody.
  expect_quiet("Sharing our new blank handover template, feedback welcome before we roll it out.", "confidentiality");
  expect_quiet("Our trust's seclusion policy is being rewritten with service users on the panel. About time.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: staff named with their role in brackets, a consultant's first operation, a "
          "mountain, a grandmother's obituary",
          "[engine][confidentiality]") {
  expect_quiet("Thanks to Priya Nair (ODP) and Tom Bell (scrub nurse), who redesigned the theatre huddle this year.",
               "confidentiality");
  expect_quiet("Congratulations to Miss Helen Ward on her first liver resection as a consultant on Tuesday, eight hours "
               "and calm throughout.",
               "confidentiality");
  expect_quiet("The ward team climbed Ben Lomond on Sunday in scrubs and raised £2,100 for the hospice.",
               "confidentiality");
  expect_quiet("Taid, Mr Gwilym Jones, died on Friday aged 94 at home in Bala, as he wished. Diolch, Taid.",
               "confidentiality");
  // A patient named with an operation is still a patient.
  expect_warning("Mr Gwilym Jones, 94, had his liver resection on Tuesday in theatre 4 and is doing well.",
                 "confidentiality", Severity::high, {"Mr Gwilym Jones"});
}

TEST_CASE("engine confidentiality: a number after 'TTO for', a whiteboard of patients, a roadside birth",
          "[engine][confidentiality]") {
  expect_warning("Has anyone on AMU got the bloods for 612 448 9031? Lab can't find them.", "confidentiality",
                 Severity::high, {"612 448 9031"});
  expect_warning("Look at our new whiteboard with all this week's patients and their discharge plans! 📋",
                 "confidentiality", Severity::high, {"whiteboard with all this week's patients and their"});
  expect_warning("Tonight's car park birth in a red Fiesta outside the leisure centre in Llandrindod: I cried more "
                 "than dad.",
                 "confidentiality", Severity::medium, {"in a red Fiesta"});
}

TEST_CASE("engine confidentiality: signposting replies, service notices, capitals and team gossip stay quiet",
          "[engine][confidentiality]") {
  // Declining to discuss someone's care in public is the right reply.
  Context reply;
  reply.surface = "reply";
  expect_quiet("@kaz_jones so sorry, I can't give personal advice on here about your dad's tablets, but ring his GP "
               "or 111 today.",
               "confidentiality", Settings{}, reply);
  // A clinic open to everyone is not a patient.
  expect_quiet("Flu jab drop-in clinic at St Mary's church hall, Room 2, Saturday 9am to 1pm. No appointment needed.",
               "confidentiality");
  // 'AND' shouted between two beds is not a patient's initials.
  expect_quiet("Bay 3 AND bay 4 deep cleaned before 8am, thank you housekeeping!", "confidentiality");
  // 'Not naming names' about a colleague's baking is not a famous patient.
  expect_quiet("Not naming names but someone on our team made a lemon drizzle and now nobody can concentrate on "
               "clinic.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: a reply that says where the author met the patient", "[engine][confidentiality]") {
  Context reply;
  reply.surface = "reply";
  expect_warning("@marcus_h_88 I recognise your name from the pharmacy 😊 keep the cream going another week.",
                 "confidentiality", Severity::high, {"recognise your name from the pharmacy"}, "gphc", {}, reply);
  expect_warning("Hi Lowri, I remember your little one from the ward in March, so glad he's running about now!",
                 "confidentiality", Severity::high, {"I remember your little one from"}, "nmc", {}, reply);
  expect_warning("@bev_t sorry you had such a long wait in A&E on Friday, I've looked at your notes and the scan was "
                 "normal.",
                 "confidentiality", Severity::high, {"I've looked at your notes"}, "gmc", {}, reply);
  // Recognising a place, not a person, says nothing of anyone's care.
  expect_quiet("@marcus_h_88 I recognise that view from the car park, best sunset in Powys.", "confidentiality", {},
               reply);
}

TEST_CASE("engine confidentiality: a consultant named for what they did at work, a colleague left unnamed, a prompt "
          "sticker",
          "[engine][confidentiality]") {
  expect_no_rule("Mr Okafor has cancelled his Friday hernia list for the third week running. Patients waiting since "
                 "March.",
                 "confidentiality.named_patient");
  expect_no_rule("Thanks Mr Brennan, very helpful as always: 'physio as able' on a hip revision op note.",
                 "confidentiality.named_patient");
  expect_no_rule("Not naming names but the night reg on the surgical take ignored three bleeps for a septic patient.",
                 "confidentiality.celebrity_patient");
  expect_quiet("Our falls audit found a simple reminder sticker on the drug chart cut missed doses by a third.",
               "confidentiality");
  expect_quiet("Group rule: no bed numbers, no dates, no 'you'll know who I mean'. Anonymise or don't post.",
               "confidentiality");
  // A patient named with their care is still a patient.
  expect_warning("Mr Okafor in bed 6 has pulled his cannula out again, third time tonight.", "confidentiality",
                 Severity::high, {"Mr Okafor"});
}

TEST_CASE("engine confidentiality: thanks to a named volunteer and their team; 'no whiteboard pics' is caution",
          "[engine][confidentiality]") {
  expect_quiet("Massive thanks to Ffion Beddoe and all the first aid volunteers who covered our club 10k today. "
               "Every blister treated like it mattered.",
               "confidentiality");
  expect_no_rule("No ward board pics (obviously) but here's the whole team after a 14-hour shift at the showground 📸",
                 "confidentiality.identifying_item_photo");
}

TEST_CASE("engine confidentiality: a public reply that says who cared for the reader or their child",
          "[engine][confidentiality]") {
  Context reply;
  reply.surface = "reply";
  expect_warning("@mumof2_jess so lovely to hear! I'm the midwife who delivered your little girl, shout if feeding "
                 "gets tricky",
                 "confidentiality", Severity::high, {"the midwife who delivered your"}, "nmc", {}, reply);
  expect_warning("Hi Gail, as Tom's GP I'd keep him off school till the rash has gone.", "confidentiality",
                 Severity::high, {"as Tom's GP"}, "gmc", {}, reply);
  expect_warning("@daz_runs71 since you were in clinic last week, keep the knee strapped for the match.",
                 "confidentiality", Severity::high, {"since you were in clinic"}, "hcpc", {}, reply);
}

TEST_CASE("engine confidentiality: a device called a driver, an advert for a bed, a clinician as the patient",
          "[engine][confidentiality]") {
  expect_no_rule("The syringe driver alarmed all night on the unit, third time this week. I hate that machine.",
                 "confidentiality.jigsaw");
  expect_quiet("Selling: profiling bed (4 section, electric), used for my dad at home. Collection from Bangor, £60.",
               "confidentiality");
  expect_quiet("A&E reg here, came in as a patient last month with a kidney stone. Nine hours on a trolley myself.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: a reply from the reader's relative's anaesthetist or the reader's own GP; a "
          "manikin is no patient",
          "[engine][confidentiality]") {
  Context reply;
  reply.surface = "reply";
  expect_warning("Hi Bethan, I was your mam's anaesthetist on Tuesday. The confusion should settle in a few days.",
                 "confidentiality", Severity::high, {"I was your mam's anaesthetist"}, "gmc", {}, reply);
  expect_warning("@karl_w85 as your GP I'd say that cough needs a chest X-ray this week.", "confidentiality",
                 Severity::high, {"as your GP"}, "gmc", {}, reply);
  expect_no_rule("SimMan in bed 4 arrested twice in today's teaching session and the students got ROSC both times.",
                 "confidentiality.jigsaw");
}

TEST_CASE("engine confidentiality: thanks to a named colleague by role; a school's letter about a case",
          "[engine][confidentiality]") {
  expect_quiet("Massive thanks to Owain Price, our hospice CNS, who showed the new F2s how to run a syringe driver.",
               "confidentiality");
  expect_quiet("Letter from my daughter's school today: a case of whooping cough in year 3. Check your jabs, folks.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: a reply that shows the author treated the person it answers",
          "[engine][confidentiality]") {
  Context reply;
  reply.surface = "reply";
  expect_warning("@dai_runs great to hear the wound's healed since you left our unit, keep the dressings dry!",
                 "confidentiality", Severity::high, {"since you left our unit"}, "nmc", {}, reply);
  expect_warning("@pat_k keep up the stretches I showed you and shout if the knee swells again.", "confidentiality",
                 Severity::high, {"stretches I showed you"}, "hcpc", {}, reply);
  expect_warning("Hi Ceri, of course I remember your mum! Leave it with me and I'll sort her inhaler.",
                 "confidentiality", Severity::high, {"I remember your mum"}, "gmc", {}, reply);
  expect_warning("@rhod_w message me and I'll get the repeat for your omeprazole done today.", "confidentiality",
                 Severity::high, {"the repeat for your"}, "gmc", {}, reply);
  // The author's own memories and exercises, addressed to no one.
  expect_quiet("I remember your first night shift is the hardest. Pace yourself and eat something proper.",
               "confidentiality");
}

TEST_CASE("engine confidentiality: advice never to post numbers or photos; staff who work on a unit",
          "[engine][confidentiality]") {
  expect_no_rule("Reminder from IG: never post hospital numbers or photos of the theatre list, even in a 'private' "
                 "group.",
                 "confidentiality.records_image");
  expect_no_rule("Abuse of our overseas nurses on the renal ward has to stop. Report every incident.",
                 "confidentiality.colleague_as_patient");
  // A colleague who is on the ward as a patient still counts.
  expect_warning("Our HCA Bev is on the stroke unit after a bleed last night, thinking of her.", "confidentiality",
                 Severity::high, {"Our HCA"});
}

TEST_CASE("engine confidentiality: replies that say the author cared for the reader ('as your renal nurse', 'since we "
          "met in clinic', 'it's me, the GP')",
          "[engine][confidentiality]") {
  Context reply;
  reply.surface = "reply";
  expect_warning("@sam_t88 as your renal nurse I'd say that potassium is nothing to worry about, message me later.",
                 "confidentiality", Severity::high, {"as your renal nurse"}, "nmc", {}, reply);
  expect_warning("@lily_b since we met in clinic I've loved your posts! Go steady on the new inhaler.",
                 "confidentiality", Severity::high, {"since we met in clinic"}, "gmc", {}, reply);
  expect_warning("Hi Amir, yes it's me, the GP from the drop-in. Message me about your daughter's eczema.",
                 "confidentiality", Severity::high, {"it's me, the GP"}, "gmc", {}, reply);
  expect_warning("@nerys_w lovely to see you in the chair today, message me if the filling is sore.", "confidentiality",
                 Severity::high, {"to see you in the chair"}, "gdc", {}, reply);
  expect_warning("Hi Glyn, remember what we said at your last session about the knee, keep it under 10k a week.",
                 "confidentiality", Severity::high, {"remember what we said at your last session"}, "hcpc", {}, reply);
  // A public message from 'your local GP' names no one's care.
  expect_quiet("As your local GP, I'd urge everyone over 65 to book the flu jab this month.", "confidentiality");
}

TEST_CASE("engine confidentiality: a public reply that remembers the reader from their care and advises them",
          "[engine][confidentiality]") {
  Context comment;
  comment.surface = "comment";
  Context reply;
  reply.surface = "reply";
  const std::string remembered =
      "Hi! I remember you from the asthma clinic. I'd just double the salbutamol for a few days and message me if "
      "it's no better.";
  expect_warning(remembered, "confidentiality", Severity::high, {"I remember you from the asthma clinic"}, "nmc", {},
                 comment);
  expect_warning("@jo_b it was so lovely looking after you on the ward! Keep going with the exercises.",
                 "confidentiality", Severity::high, {"lovely looking after you"}, "nmc", {}, comment);
  expect_warning("Yes, I was in your dad's theatre on Monday! Tell him to keep the dressing dry x", "confidentiality",
                 Severity::high, {"I was in your dad's theatre"}, "hcpc", {}, reply);
  // The same words posted to everyone answer no one in particular.
  expect_no_rule(remembered, "confidentiality.addressed_patient_seen");
  // Advice to anyone who is on a medicine reveals no one's care.
  expect_no_rule("If you're on warfarin, tell us before your operation. Please share.",
                 "confidentiality.addressed_patient");
}

TEST_CASE("engine confidentiality: a charity run and a stem cell appeal name no patient", "[engine][confidentiality]") {
  expect_quiet("Ran the Cardiff 10k for Anthony Nolan today! Please join the stem cell register, a cheek swab could "
               "match you with someone on a leukaemia ward.",
               "confidentiality");
}
