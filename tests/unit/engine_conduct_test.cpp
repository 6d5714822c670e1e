#include "engine_test_helpers.hpp"

using namespace st_test;

TEST_CASE("engine conduct: contempt for patients", "[engine][conduct]") {
  expect_warning("Another night of drunk time-wasters clogging up A&E, these people make me sick.", "conduct",
                 Severity::high, {"time-wasters", "clogging up"});
  expect_warning("The lady in bed 3 is so ugly, honestly hideous.", "conduct", Severity::high, {"so ugly"}, "nmc");
}

TEST_CASE("engine conduct: a protected group with contempt", "[engine][conduct]") {
  expect_warning("Disgusting people, all of them: immigrants clogging up our GP surgeries.", "conduct",
                 Severity::high, {"immigrants"}, "hcpc");
}

TEST_CASE("engine conduct: abuse aimed at a person", "[engine][conduct]") {
  expect_warning("Shut up you pathetic little man, go f*ck yourself.", "conduct", Severity::high,
                 {"go f*ck yourself"});
}

TEST_CASE("engine conduct: sexual remarks in a clinical setting", "[engine][conduct]") {
  expect_warning("Bend over for your exam please, best part of my shift in the clinic ;)", "conduct",
                 Severity::high, {"Bend over"}, "gdc");
}

TEST_CASE("engine conduct: drunk while on duty", "[engine][conduct]") {
  expect_warning("Absolutely hammered and I'm on call tonight, wish me luck.", "conduct", Severity::high,
                 {"hammered", "on call"}, "gphc");
}

TEST_CASE("engine conduct: ordinary posts stay quiet", "[engine][conduct]") {
  expect_quiet("Had a lovely chat with a patient about her garden today, made my shift.");
  expect_quiet("Ramadan starts this week, tips for fasting safely with diabetes in the thread.");
  expect_quiet("Long shift, knackered, bloody freezing walking to the car park.");
}

TEST_CASE("engine conduct: sexualised remarks about someone met at work", "[engine][conduct]") {
  expect_warning("Fit dad alert in bay 4 on the postnatal ward 🥵 shame he's spoken for", "conduct", Severity::high,
                 {"Fit dad alert"}, "nmc");
  // The author's own partner is not someone met at work.
  expect_quiet("My hot husband brought me a brew and a bacon roll after nights 🥵 keeper", "conduct");
}

TEST_CASE("engine conduct: a refuted health claim stated as fact", "[engine][conduct]") {
  expect_warning("Twenty years a practice nurse and I'll say it: the MMR jab is linked to autism and nobody tells parents.",
                 "conduct", Severity::high, {"MMR jab is linked to autism"}, "nmc");
  // Correcting the myth is the opposite.
  expect_quiet("Parents keep asking me, so once more: the idea that the MMR jab is linked to autism is a myth, debunked "
               "many times over.",
               "conduct");
}

TEST_CASE("engine conduct: the remark's sentence is shaded, its neighbours are not", "[engine][conduct]") {
  const std::string text = "Busy night. Another lot of drunk time-wasters clogging up A&E, these people make me sick. Home now, and a long sleep after two missed buses in the rain.";
  const auto a = analyze(text);
  const Warning* w = first_of(a, "conduct");
  REQUIRE(w != nullptr);
  CHECK(covers(*w, text, "time-wasters"));
  const auto sentence = utf16_span_of(text, "Another lot of drunk time-wasters clogging up A&E, these people make me sick.");
  bool has_context = false;
  for (const auto& s : w->spans) {
    CHECK(s.start >= sentence.start);  // nothing of "Busy night." or "Home now, ..."
    CHECK(s.end <= sentence.end);
    has_context = has_context || s.kind == SpanKind::context;
  }
  CHECK(has_context);
  CHECK(w->spans.front().start == sentence.start);
  CHECK(w->spans.back().end == sentence.end);
}

TEST_CASE("engine conduct: being autistic described, not thrown as an insult", "[engine][conduct]") {
  expect_quiet("Proud of my nephew for talking so openly about being autistic at his school assembly today.");
}

TEST_CASE("engine conduct: an apostrophe inside a word is not a quotation mark", "[engine][conduct]") {
  // "They're ... it's" once read as a quotation around the slur, and quoted words are reported speech.
  expect_warning("The new F1s? They're so retarded it's unreal, I'd sack the lot.", "conduct", Severity::high,
                 {"so retarded"});
  // Real quotation marks still hold a slur at arm's length.
  expect_quiet("He called them 'spastic' in handover, so I reported it to the ward manager.", "conduct");
}

TEST_CASE("engine conduct: figures of speech about animals and hot tea are not remarks about people",
          "[engine][conduct]") {
  expect_quiet("I've said it to hundreds of women in clinic. Turns out knowing it and doing it are completely "
               "different animals.");
  expect_quiet("Night shift on the renal unit. Tea is hot, the drug round is done and nobody say the Q word.");
}

TEST_CASE("engine conduct: pandering, lobbies, diversity boxes and babysitting the elderly", "[engine][conduct]") {
  expect_warning("The trust keeps pandering to the Muslims with its prayer rooms while patients wait.", "conduct",
                 Severity::high, {"pandering to the Muslims"});
  expect_warning("Sick of the disabled lobby telling us how to run a ward.", "conduct", Severity::high,
                 {"disabled lobby"});
  expect_warning("The new fellow only got the job to tick a diversity box, bless her.", "conduct", Severity::high,
                 {"to tick a diversity box"});
  expect_warning("We're expected to babysit the elderly while social services drag their feet.", "conduct",
                 Severity::high, {"babysit the elderly"});
  expect_warning("Men who complain of back pain are all just wimps.", "conduct", Severity::high,
                 {"are all just"});
}

TEST_CASE("engine conduct: advice not to dismiss, and fond insults on birthdays and to pets", "[engine][conduct]") {
  expect_quiet("Chest pain in a diabetic is an MI until proven otherwise. Please don't send them home with antacids.",
               "conduct");
  expect_quiet("Happy birthday, you absolute menace! Love, Auntie", "conduct");
  expect_quiet("Our spaniel ate my stethoscope. You absolute menace.", "conduct");
}

TEST_CASE("engine conduct: conditions dismissed, charging patients, nationality slurs, 'you're an idiot'",
          "[engine][conduct]") {
  expect_warning("Autism is just bad parenting, fight me.", "conduct", Severity::high, {"bad parenting"});
  expect_warning("Honestly we should charge these people for calling an ambulance for a hangover.", "conduct",
                 Severity::high, {"should charge these people"});
  expect_warning("Drunk bloke shouting at the nurses in resus again. Typical jock.", "conduct", Severity::high,
                 {"Typical jock"});
  expect_warning("Elderly patients who won't use the app are why the system is broken.", "conduct", Severity::high,
                 {"are why the system is broken"});
  expect_warning("Yes love, you're an idiot, and no you can't have antibiotics for a cold.", "conduct",
                 Severity::high, {"you're an idiot"});
}

TEST_CASE("engine conduct: a view reported, and an insult to a colleague, are not the author's contempt",
          "[engine][conduct]") {
  expect_quiet("My old consultant thinks autism is bad parenting; he is wrong and I told him so.", "conduct");
  expect_quiet("To the reg who ignored my bleep three times: you're an idiot.", "conduct");
}

TEST_CASE("engine conduct: myths named to be rebutted, box-ticking and interpreters are not contempt",
          "[engine][conduct]") {
  expect_quiet("The myth that self-harm is attention seeking does real damage to patients.", "conduct");
  expect_quiet("Mandatory e-learning exists to tick a box for the inspectors; patients see none of it.", "conduct");
  expect_quiet("Underfunding and empty rotas are why the NHS is on its knees, not patients.", "conduct");
  expect_quiet("Mr K can barely speak English, so we booked a Tigrinya interpreter for tomorrow.", "conduct");
}

TEST_CASE("engine conduct: coming back from maternity leave is not contempt", "[engine][conduct]") {
  expect_quiet("First clinic back from mat leave today, held in the church hall while the health centre is "
               "refurbished.",
               "conduct");
}

TEST_CASE("engine conduct: banning the old, refusing travellers", "[engine][conduct]") {
  expect_warning("Clinics would run on time if we banned anyone over 80. Slow and confused, every one.", "conduct",
                 Severity::high, {"banned anyone over 80"});
  expect_warning("We should stop registering anyone from the traveller site, nothing but trouble.", "conduct",
                 Severity::high, {"stop registering anyone from the traveller"});
}

TEST_CASE("engine conduct: patients who 'deserve whatever comes their way', malingering as a group, and a sex "
          "written off as too emotional",
          "[engine][conduct]") {
  expect_warning("Smokers who won't quit before surgery deserve whatever complications come their way.", "conduct",
                 Severity::high, {"deserve whatever complications come their way"});
  expect_warning("Drunks who fall over on a Friday night deserve a plaster and nothing more.", "conduct",
                 Severity::high, {"deserve a plaster and nothing more"});
  expect_warning("Half the sick notes I sign are for people faking a bad back to dodge work.", "conduct",
                 Severity::high, {"faking a bad back to dodge"});
  expect_warning("Everyone's suddenly got fibromyalgia now it pays.", "conduct", Severity::high,
                 {"got fibromyalgia now it pays"});
  expect_warning("Older women doctors get far too emotional to run a department.", "conduct", Severity::high,
                 {"get far too emotional"});
  expect_quiet("Staff deserve a proper break and nothing less.", "conduct");
  expect_quiet("Patients deserve whatever support we can give them.", "conduct");
  expect_quiet("Women are the reason I went into surgery.", "conduct");
}

TEST_CASE("engine conduct: patients who 'got what was coming', or who 'should be tasered'", "[engine][conduct]") {
  expect_warning("Patients who refuse the flu jab and end up on the ward got what was coming to them.", "conduct",
                 Severity::high, {"got what was coming to them"});
  expect_warning("The patients who kick off at reception should all be tasered, honestly.", "conduct", Severity::high,
                 {"should all be tasered"});
  expect_quiet("The new rota had it coming: nobody could make it work.", "conduct");
}

TEST_CASE("engine conduct: a group that 'doesn't belong', 'so emotional', and hiring by who people are",
          "[engine][conduct]") {
  expect_warning("Women don't belong on the trauma team, it's too physical.", "conduct", Severity::high,
                 {"don't belong on"});
  expect_quiet("Phones don't belong on the ward round.", "conduct");
  expect_warning("Women consultants are so emotional on a bad night, give me a calm male registrar.", "colleagues",
                 Severity::medium, {"are so emotional"});
  expect_warning("Stop hiring nurses who wear turbans, the patients on this ward don't like it.", "conduct",
                 Severity::high, {"Stop hiring nurses who wear turbans"});
  expect_warning("Honest advice to practice owners: never shortlist applicants over 60, they won't learn the new "
                 "system.",
                 "conduct", Severity::high, {"never shortlist applicants over 60"});
  // A count, not an age; and the law against it, not advice to break it.
  expect_quiet("Never interview over 50 candidates in one day, your brain turns to mush.", "conduct");
  expect_no_rule("Our HR lead reminded the panel today: never interview anyone over 50 differently, that is "
                 "unlawful.",
                 "conduct.hiring_bias");
  // Money wasted on a remedy, and a region's name, are not people turned away.
  expect_quiet("Don't waste your money on black seed oil, it does nothing for your BP.", "conduct");
  expect_no_rule("Don't stop recruiting in the Black Country, the ICB needs every GP it can get.",
                 "conduct.hiring_bias");
}

TEST_CASE("engine conduct: 'deaf as a post' is an idiom, not a remark about deaf people", "[engine][conduct]") {
  expect_quiet("My old spaniel turned 15 today. Deaf as a post and still first to the biscuit tin every single time.",
               "conduct");
}

TEST_CASE("engine conduct: 'night shift, you absolute rollercoaster' speaks to a shift, not a person",
          "[engine][conduct]") {
  expect_quiet("Thirteen hours, one cold tea and a biscuit from the relatives' room. Night shift, you absolute "
               "rollercoaster.",
               "conduct");
  expect_warning("To the man who spat at our receptionist today: you absolute waste of oxygen.", "conduct",
                 Severity::high, {"you absolute"});
  // A department named in the middle of a sentence is not who the insult is for.
  expect_warning("We are not your disciplinary department, you absolute muppets.", "conduct", Severity::high,
                 {"you absolute"});
}

TEST_CASE("engine conduct: 'every single time' said of the best part of the job is not a stereotype",
          "[engine][conduct]") {
  expect_quiet("Clinic round-up: 3 ADHD reviews, 2 autism assessments and a heap of dictation. The children are the "
               "best part of it, every single time.",
               "conduct");
  expect_warning("Every single time it's the Polish lads in resus on a Friday, pissed and kicking off.", "conduct",
                 Severity::high, {"Every single time", "Polish"});
}

TEST_CASE("engine conduct: patients as the ones a system lets down are not its target", "[engine][conduct]") {
  expect_quiet("The new discharge targets look lovely on a dashboard for the board; patients notice none of it, "
               "honestly.",
               "conduct");
  expect_quiet("Another reorganisation of community services this spring, and once again the families are the ones "
               "being let down by it.",
               "conduct");
  // Contempt for some patients in the name of the others is still contempt.
  expect_warning("Frequent flyers clogging up A&E again tonight, and the real patients are let down because of them.",
                 "conduct", Severity::high, {"Frequent flyers"});
}

TEST_CASE("engine conduct: a group 'always the most demanding', and thinking twice before rostering young mums",
          "[engine][conduct]") {
  expect_warning("Lesbian patients are always the most demanding in clinic, every single one of them.", "conduct",
                 Severity::high, {"Lesbian", "always the most demanding"});
  expect_warning("Advice for new practice managers: think twice before putting young mums on the late clinic rota. Too "
                 "many sick kids.",
                 "conduct", Severity::high, {"think twice before putting young mums"});
  // A health inequality stated, safety advice about pregnant staff, and a question about a CV are not bias.
  expect_quiet("Black women are always the most likely to be missed in maternity triage, and that has to change.",
               "conduct");
  expect_quiet("Deaf patients are twice as likely to have their symptoms dismissed at the front desk. Book the "
               "interpreter before they ask.",
               "conduct");
  expect_quiet("Pain inequality is real: our audit found older men waited longest for analgesia in ED.", "conduct");
  expect_quiet("Be careful with pregnant staff and cytotoxic spills: risk assess early and rotate them off the chemo "
               "suite.",
               "conduct");
  expect_quiet("Recruiting tip: be careful with candidates who can't explain the gaps in their CV. Ask about them "
               "kindly.",
               "conduct");
}

TEST_CASE("engine conduct: a sex 'not cut out' for a specialty, 'good at X, less good with Y', victim blaming, "
          "a patient called an animal",
          "[engine][conduct]") {
  expect_warning("Women just aren't cut out for orthopaedics, they can't swing a mallet.", "conduct", Severity::high,
                 {"aren't cut out for"});
  expect_warning("Female registrars: good at the ward round, less good with the drill.", "conduct", Severity::high,
                 {"less good with"});
  expect_warning("The girl in cubicle 4 went out dressed like that in January, so she was asking for trouble.",
                 "conduct", Severity::high, {"dressed like that"});
  expect_warning("The man in bay C is a filthy animal and I refuse to wash him again.", "conduct", Severity::high,
                 {"filthy animal"});
  // Not cut out for a rota is about fit, not about a group.
  expect_quiet("Some juniors just aren't cut out for nights, and that's fine: find the specialty that fits.", "conduct");
}

TEST_CASE("engine conduct: 'benefit-scrounging' families, women who 'shouldn't be driving', a hospital 'not a church'",
          "[engine][conduct]") {
  expect_warning("Honest wellbeing chat: I love this job, but not the benefit-scrounging families who ring 999 for a "
                 "cold.",
                 "conduct", Severity::high, {"benefit-scrounging"});
  expect_warning("Women shouldn't be driving ambulances, they can't lift the stretcher.", "conduct", Severity::high,
                 {"shouldn't be driving"});
  expect_warning("Asked the family to keep the prayers quiet, it's a hospital not a church.", "conduct",
                 Severity::high, {"it's a hospital not a church"});
  // A hospital is not a hotel: about discharge, not about anyone's faith.
  expect_quiet("It's a hospital, not a hotel: discharge planning starts on day one.", "conduct");
}

TEST_CASE("engine conduct: a threat to treat a patient 'without local', patients 'deaf as posts'", "[engine][conduct]") {
  expect_warning("Patient asked if I bought my degree online. Next time I'll extract you without local, pal 🙂",
                 "conduct", Severity::high, {"I'll extract you without local"});
  expect_warning("The two ladies in bay 3 are deaf as posts, like consulting with a pair of geese.", "conduct",
                 Severity::high, {"deaf as posts"});
  // A promise of local anaesthetic, and the author's own grandad.
  expect_quiet("Don't worry, I'll numb it first: nobody gets a tooth out without local on my watch.", "conduct");
  expect_quiet("My grandad is deaf as a post and proud of it, bless him.", "conduct");
}

TEST_CASE("engine conduct: 'half of them can't speak English' sums up a group", "[engine][conduct]") {
  expect_warning("The agency carers they keep sending: most of them can barely speak English, and nobody checks.",
                 "conduct", Severity::high, {"most of them can barely speak English"});
  expect_warning("Clinic list today was wall-to-wall. Half can't speak a word of English tbh", "conduct",
                 Severity::high, {"Half can't speak a word of English"});
  // How well someone speaks, as a reason to get them an interpreter, is not a verdict on a group.
  expect_no_rule("Half the families I see can't speak English well enough to consent without one, so please book "
                 "interpreters early.",
                 "conduct.contempt");
  expect_quiet("A patient who couldn't speak English waited three hours for an interpreter. That's on us, not her.",
               "conduct");
}

TEST_CASE("engine conduct: eugenic remarks, 'for all I care', a ward as a creche or a zoo, 'big boned' in quotes",
          "[engine][conduct]") {
  expect_warning("Antenatal booking: 17 and expecting her fourth. Some people should just be sterilised, honestly.",
                 "conduct", Severity::high, {"should just be sterilised"});
  expect_warning("Frequent attender back in majors again. He can sleep it off in the corridor for all I care.",
                 "conduct", Severity::high, {"for all I care"});
  expect_warning("Patient in cubicle 2 nervous about her cannula. Cry me a river, love, I've been up since five.",
                 "conduct", Severity::high, {"Cry me a river"});
  expect_warning("Our ward is just a geriatric creche at this point, wake me when someone under 85 comes in.",
                 "conduct", Severity::high, {"geriatric creche"});
  expect_warning("Learning disability clinic this afternoon. Like working in a zoo, no joke.", "conduct",
                 Severity::high, {"working in a zoo"});
  // Sterilising instruments, a carer's honest exhaustion, and a zoo visit are not contempt for anyone.
  expect_quiet("All the dressing packs should be sterilised before the audit on Friday, please check the dates.",
               "conduct");
  expect_quiet("Took my two to Chester Zoo on my day off. Penguins were the highlight, obviously.", "conduct");
}

TEST_CASE("engine conduct: entitled housewives, 'half of Eastern Europe', women who 'can't handle' a specialty",
          "[engine][conduct]") {
  expect_warning("Private clinic life: one entitled Surrey housewife after another demanding antibiotics for a sniffle.",
                 "conduct", Severity::high, {"entitled Surrey housewife"});
  expect_warning("Half of Eastern Europe is registered at this practice for the free dental care, apparently.",
                 "conduct", Severity::high, {"Half of Eastern Europe is registered"});
  expect_warning("Female anaesthetists just can't handle a difficult airway under pressure, seen it too often.",
                 "conduct", Severity::high, {"Female anaesthetists just can't handle"});
  expect_warning("Funny how in clinic it's always the ones with the designer handbags who can't pay the prescription "
                 "charge.",
                 "conduct", Severity::high, {"always the ones with"});
  // A network for women surgeons, and a waiting list in Eastern Europe, say nothing against anyone.
  expect_quiet("Our female surgeons' network meets on Thursday: mentoring, kit that fits, and how we back each other.",
               "conduct");
  expect_quiet("Volunteered with a charity clinic in Eastern Europe last summer. Learned more than I taught.",
               "conduct");
}

TEST_CASE("engine conduct: 'call them all Dr X', and 'I'd let you … me any day' about a crew", "[engine][conduct]") {
  expect_warning("New international nurses started this week and I can't say their names so I call them all Nurse "
                 "Kumar 😂",
                 "conduct", Severity::high, {"call them all Nurse Kumar"});
  expect_warning("To the HEMS doctor who came to our trauma call: I'd let you intubate me any day 🔥", "conduct",
                 Severity::high, {"I'd let you intubate me any day"});
  // Learning names, and letting a colleague take a shift, are not remarks about anyone.
  expect_quiet("Made a point of learning how to say every new starter's name properly this week. It matters.",
               "conduct");
  expect_quiet("Swapped my Saturday with Dr Khan, I'd let her have my Sunday too if she asked, she's a star.",
               "conduct");
}

TEST_CASE("engine conduct: 'big boned' in scare quotes, 'funny how the people in wheelchairs always', 'so thick she "
          "asked'",
          "[engine][conduct]") {
  expect_warning("Honestly 'big boned' is doing some heavy lifting in the clerking notes on our ward tonight 🐳",
                 "conduct", Severity::high, {"'big boned'"});
  expect_warning("funny how the people in the wheelchairs always find the energy to shout at reception, miracles happen "
                 "daily at our surgery",
                 "conduct", Severity::high, {"funny how the people in the wheelchairs always"});
  expect_warning("one mum tonight was so thick she asked if the fontanelle meant his brain was leaking", "conduct",
                 Severity::high, {"so thick she asked"});
  // A big-boned breed, the people the author loves, and a thick fog are nobody's contempt.
  expect_quiet("Our Newfoundland is big-boned and very proud of it, 68 kg of drool.", "conduct");
  expect_quiet("Funny how the people I love always live furthest away.", "conduct");
  expect_quiet("The fog was so thick she asked me to drive the last bit home after nights.", "conduct");
}

TEST_CASE("engine conduct: a disability or a language mocked in scare quotes", "[engine][conduct]") {
  expect_warning("Our 'can't walk' patient in bay 3 was doing the Macarena by the vending machine at 2am", "conduct",
                 Severity::high, {"'can't walk'"});
  expect_warning("Bay 6's 'no speak English' couple suddenly fluent when the sandwiches came round.", "conduct",
                 Severity::high, {"'no speak English'"});
  // Quoting what a parent said about a toddler is not mockery.
  expect_quiet("Mum said he 'can't walk' yet, so we booked the physio review for him next week.", "conduct");
}

TEST_CASE("engine conduct: saving 'these people', patients thick as mince, a colleague 'on her period', a "
          "burka as a tent, 'let them gasp'",
          "[engine][conduct]") {
  expect_warning("Third overdose from the same flats tonight. Why do we keep resuscitating these people?", "conduct",
                 Severity::high, {"Why do we keep resuscitating these"});
  expect_warning("Spent an hour explaining the DNACPR again. Some families are thick as mince.", "conduct",
                 Severity::high, {"families are thick as mince"});
  expect_warning("Lady in clinic wearing a niqab, like examining someone through a letterbox. Patients these days.",
                 "conduct", Severity::high, {"niqab, like examining someone through a letterbox"});
  expect_warning("Smokers on the COPD ward wanting their inhalers at 2am? Let them gasp.", "conduct", Severity::high,
                 {"Let them gasp"});
  // Telling one's own story as one of the group, and a word held up for what it means, are not contempt.
  expect_quiet("Fifteen years ago I came to Cardiff as a refugee with no English. Tonight I finished my nursing "
               "degree.",
               "conduct");
  expect_quiet("Reminder that 'hysterical' comes from the word for womb; women's pain has been brushed off for that "
               "long.",
               "conduct");
}

TEST_CASE("engine conduct: a group called the whiniest patients, a religious garment mocked; clinicians as the worst "
          "patients is a joke",
          "[engine][conduct]") {
  expect_warning("Speaking from A&E, cyclists are the whiniest patients going. Every one of them.", "conduct",
                 Severity::high, {"are the whiniest patients"});
  expect_warning("One of the new F1s wears a turban so big he can't hear his bleep.", "conduct", Severity::high,
                 {"turban so big"});
  expect_quiet("Turns out GPs are the worst patients. Booked my own smear at last.", "conduct");
}

TEST_CASE("engine conduct: set phrases of contempt ('the lot of them', natural selection, the gene pool) stand "
          "whatever the model reads",
          "[engine][conduct]") {
  expect_warning("Four repeat callers in majors before midnight wanting a sandwich and a bed. Vermin, the lot of them.",
                 "conduct", Severity::high, {"Vermin, the lot of them"});
  expect_warning("Anti-vax parents in clinic again today. Natural selection will take care of your family, love.",
                 "conduct", Severity::high, {"Natural selection will take care of"});
  expect_warning("The gene pool round here could do with some fresh water, judging by this morning's clinic.",
                 "conduct", Severity::high, {"gene pool round here"});
  expect_warning("Told the patient's mum to go back to wherever they shipped her in from.", "conduct",
                 Severity::high, {"go back to wherever they shipped"});
  // Teaching about evolution is not a verdict on anyone.
  expect_quiet("Antibiotic resistance is natural selection at work, so please finish the course your GP prescribed.",
               "conduct");
}

TEST_CASE("engine conduct: a ward as a comedy show, a BMI compared, a disability offered as an insult",
          "[engine][conduct]") {
  expect_warning("Nights on the dementia ward are a free comedy show, one patient thinks the hoist is a taxi.",
                 "conduct", Severity::high, {"free comedy show"});
  expect_warning("Clerked a patient whose BMI was bigger than my overtime hours this month.", "conduct",
                 Severity::high, {"BMI was bigger than my"});
  expect_warning("Is your toddler autistic or just spoilt? Asking for the whole waiting room.", "conduct",
                 Severity::high, {"autistic or just spoilt"});
  expect_warning("The Romanian ones on the night rota can barely speak English, how is that safe?", "conduct",
                 Severity::high, {"The Romanian ones on the night rota can barely speak"});
  // Staff laughing at their own show mock no one.
  expect_quiet("The staff panto was a free comedy show, mostly thanks to the porters' dance number.", "conduct");
}

TEST_CASE("engine conduct: 'hang the lot of them', 'get a grip ladies', a face 'like a dropped pie', 'the thick ones', "
          "a stereotype 'proved'",
          "[engine][conduct]") {
  expect_warning("Another parole hearing for the ones on our wing. Hang the lot of them, I say.", "conduct",
                 Severity::high, {"Hang the lot of them"});
  expect_warning("Three faints before the headliner and not one of them dehydrated. Get a grip, girls.", "conduct",
                 Severity::high, {"Get a grip, girls"});
  expect_warning("We've rewritten the consent form so even the thick ones in clinic can follow it.", "conduct",
                 Severity::high, {"the thick ones"});
  expect_warning("The Scottish lads at the conference dinner proving every stereotype by ten o'clock.", "conduct",
                 Severity::high, {"proving every stereotype"});
  // Advice about a friend who is too drunk to stand mocks no one; nor does a joke about the host's own food.
  expect_quiet("Out tonight? If a mate is too drunk to stand, recovery position and call us. Nobody will judge.",
               "conduct");
  expect_quiet("The single best thing any trust could do for night staff is hot food after midnight.", "conduct");
}

TEST_CASE("engine conduct: swearing at a machine or a system is not abuse of a person", "[engine][conduct]") {
  expect_quiet("Fourteen mandatory boxes and it crashed on the last page. F*** you, SubmitPortal.", "conduct");
  expect_quiet("F*** you, printer. Third jam before 9am.", "conduct");
  expect_warning("@angry_dad_99 f*** you, nobody asked for your opinion on my rota.", "conduct", Severity::high,
                 {"f*** you"});
}

TEST_CASE("engine conduct: a threat to 'lose' a patient's form, a label endorsed, distress dismissed, a sex "
          "written off",
          "[engine][conduct]") {
  expect_warning("Same family in clinic for the fourth time this month. Tempted to 'lose' the referral so they stop coming.",
                 "conduct", Severity::high, {"to 'lose' the"});
  expect_warning("'Frequent flyers' is what they are, whatever the new policy says. Same faces in majors every weekend.",
                 "conduct", Severity::high, {"is what they are"});
  expect_warning("Walk-in centre tonight and a grown woman in tears over her wrist. It's just a sprain, get a grip.",
                 "conduct", Severity::high, {"get a grip"});
  expect_warning("Three dads fainted in theatre today. Men are pathetic creatures.", "conduct", Severity::high,
                 {"Men are pathetic creatures"});
  expect_warning("Pre-op clinic this morning: a dad who weighed more than the hoist telling me he eats nothing.",
                 "conduct", Severity::high, {"weighed more than the hoist"});
  // A child losing a PE kit, or a colleague who 'forgot' a handover, is no threat to a patient.
  expect_quiet("Who else's kids have 'lost' their PE kit twice already this term? Lost property is a jumble sale.",
               "conduct");
  expect_quiet("'Frequent flyer' is a label we should drop: these patients need a care plan, not a nickname.",
               "conduct");
}

TEST_CASE("engine conduct: pregnancy as a reason not to train someone, a religious phrase with a bomb, groups "
          "called too thick",
          "[engine][conduct]") {
  expect_warning("Told the panel there's no point investing in someone who'll be off on maternity within the year.",
                 "conduct", Severity::high, {"investing in someone who'll be off on maternity"});
  expect_warning("Eid do at the depot tomorrow, allahu akbar lads 💣", "conduct", Severity::high, {"allahu akbar"});
  expect_warning("Parents who skip the jabs are too thick to realise what measles does to a baby.", "conduct",
                 Severity::high, {"too thick to realise"});
  // Good news about a colleague's leave, and a negated label, are not contempt.
  expect_no_rule("Congratulations to Priya, who'll be off on maternity leave from June! We'll miss her on the unit.",
                 "conduct.hiring_bias");
  expect_quiet("Fourteen medically fit patients waiting for care packages. This isn't bed-blocking, it's a political "
               "failure.",
               "conduct");
  expect_quiet("The real time-wasters on a night shift: the fax machine and a bleep that never stops. Never the "
               "patients.",
               "conduct");
}

TEST_CASE("engine conduct: patients left 'in the gutter', an illness as 'the new laziness', a person as 'a pathetic "
          "excuse for a human'; swearing at a machine or a rota",
          "[engine][conduct]") {
  expect_warning("Third drunk this shift calling me every name going. Some nights I'd leave them in the gutter.",
                 "conduct", Severity::high, {"leave them in the gutter"});
  expect_warning("Fourth sick note request from a patient today. Depression is the new laziness, apparently.", "conduct",
                 Severity::high, {"Depression is the new laziness"});
  expect_warning("Same patient on the phone six times this week with 'palpitations'. Someone get her a hobby.",
                 "conduct", Severity::high, {"get her a hobby"});
  expect_warning("To the patient's son who screamed at my nurses tonight: you are a pathetic excuse for a human being.",
                 "conduct", Severity::high, {"pathetic excuse for a human"});
  expect_quiet("Argued with the blood gas machine at 4am. I said 'you stupid bloody box'. It won.", "conduct");
  expect_quiet("This rota is an absolute f***ing joke: three nights, then induction at 9am.", "conduct");
}

TEST_CASE("engine conduct: staff run down for their English; slurs for a condition; 'better entertainment than' a "
          "patient; a ban on a film's name, heritage in the author's own words",
          "[engine][conduct]") {
  expect_warning("Handed over the whole bay to a bank HCA who could barely understand English. Brilliant planning.",
                 "conduct", Severity::high, {"could barely understand English"});
  expect_warning("Not one of the night carers at that home spoke proper English, so the obs chart was a guess.",
                 "conduct", Severity::high, {"spoke proper English"});
  expect_warning("Man in bed 9 trying to open a yoghurt for twenty minutes, better entertainment than the telly.",
                 "conduct", Severity::high, {"better entertainment than"});
  expect_warning("Reablement meeting. Occ health want us to adjust the rota for a dyslexic SHO. Maybe pick a career "
                 "without paperwork then.",
                 "conduct", Severity::high, {"dyslexic"});
  // Patients' English as a reason for an interpreter; a film's name rejected as a label; the author's own heritage
  // in a post against racism.
  expect_no_rule("Our patient could barely speak English, so the interpreter line stayed on for the whole consent.",
                 "conduct.staff_english_derided");
  expect_quiet("Please stop using 'Rain Man' as a description at handover. Describe what you actually see.",
               "conduct");
  const char* heritage = "Someone on a video call asked for a doctor from a proper English background. I'm "
                         "Ghanaian-British and the duty doctor.";
  expect_no_rule(heritage, "conduct.discrimination");
  expect_no_rule(heritage, "colleagues.discriminatory");
  expect_quiet("The discharge app has frozen every single time I've opened it today for our learning disability "
               "clinic. Raging.",
               "conduct");
  expect_quiet("They are not \"frequent flyers\". They are people with nowhere else open at 3am.", "conduct");
}

TEST_CASE("engine conduct: a vomiting face next to a protected group", "[engine][conduct]") {
  expect_warning("Mandatory training on trans patients again this morning 🤮", "conduct", Severity::high, {"🤮"});
  expect_quiet("Canteen curry today 🤮 never again. Bring your own lunch, team.", "conduct");
}

TEST_CASE("engine conduct: a slur named to condemn it, abuse reported with support, 'fit as a fiddle', a printer "
          "sworn at, stigmatising language rejected",
          "[engine][conduct]") {
  expect_quiet("Calling asylum seekers 'scroungers' is just racism with a spreadsheet. The numbers say otherwise.",
               "conduct");
  expect_quiet("To the HCA who got told to 'go back home' by a visitor on Ward 7 today: you belong here and we've "
               "reported it.",
               "conduct");
  expect_quiet("Dad's 80 next week and fit as a fiddle after his bypass. Still does the crossword in pen.", "conduct");
  expect_quiet("Ward fax machine, you utter piece of junk. Third jam this morning.", "conduct");
  expect_quiet("Stigmatising language follows patients for years. 'Bed blocker' and 'frequent flyer' belong in the "
               "bin, not in a discharge letter.",
               "conduct");
  // The same words aimed at a person still warn.
  expect_warning("That patient in bay 2, you absolute piece of shit, I hope you heard the whole ward laugh.",
                 "conduct", Severity::high, {"piece of shit"});
}

TEST_CASE("engine conduct: 'crying discrimination', 'whiny women', 'not with his IQ', 'don't deserve a bed', 'amazing "
          "how quickly the hearing comes back'",
          "[engine][conduct]") {
  expect_warning("Turned up an hour late to clinic then started crying discrimination when we rebooked him.",
                 "conduct", Severity::high, {"crying discrimination"});
  expect_warning("Menopause clinic again. Give me strength with these whiny women and their fans.", "conduct",
                 Severity::high, {"whiny women"});
  expect_warning("Lad with a learning disability asked what his bloods meant. Didn't bother, not with his IQ.",
                 "conduct", Severity::high, {"not with his IQ"});
  expect_warning("Patient back in bay 3 after a weekend on the vodka. Some people don't deserve a transplant.",
                 "conduct", Severity::high, {"don't deserve a transplant"});
  expect_warning("Amazing how quickly their English comes back when you mention the sick note. These patients!",
                 "conduct", Severity::high, {"Amazing how quickly their English comes back"});
  // A patient's recovery told warmly.
  expect_quiet("Amazing how quickly the colour comes back to a baby's cheeks once the fluids are running.", "conduct");
}

TEST_CASE("engine conduct: 'Darwin is taking his time', 'villain origin story', 'brains the size of a "
          "peanut', 'dressed like that … what did she expect', 'free NHS cards at the airport'",
          "[engine][conduct]") {
  expect_warning("Third call to the same lads on the bypass bridge. Darwin is taking his time.", "conduct",
                 Severity::high, {"Darwin is taking his time"});
  expect_warning("Confused patients at 4am are my villain origin story.", "conduct", Severity::high,
                 {"are my villain origin story"});
  expect_warning("Women, I swear. Brains the size of a peanut.", "conduct", Severity::high,
                 {"Brains the size of a peanut"});
  expect_warning("Another girl went out dressed like that and drank a bottle of gin, what did she expect?", "conduct",
                 Severity::high, {"dressed like that"});
  expect_warning("Half the list were Romanian again. Do they give out free NHS cards at the airport?", "conduct",
                 Severity::high, {"free NHS cards at the airport"});
  expect_warning("Polish porter called me darling again. Go back to Krakow mate 🙄", "conduct", Severity::high,
                 {"Go back to Krakow"});
  // Going back to a service is advice, not abuse.
  expect_no_rule("If the redness spreads, go back to A&E.", "conduct.contempt_idiom");
}

TEST_CASE("engine conduct: women who 'go to pieces' and 'not taking orders from her' run down colleagues too",
          "[engine][conduct]") {
  const std::string pieces = "Female surgeons are great but they all go to pieces when it bleeds.";
  expect_warning(pieces, "conduct", Severity::high, {"they all go to pieces"});
  expect_warning(pieces, "colleagues", Severity::medium, {"surgeons"});
  expect_warning("The new clinical lead is a woman of 30. I'm not taking orders from her.", "conduct", Severity::high,
                 {"not taking orders from her"});
}

TEST_CASE("engine conduct: equal care for families who need an interpreter, a heatwave called a menace",
          "[engine][conduct]") {
  expect_quiet("Families who don't speak English deserve exactly the same care. Book the interpreter for the full "
               "hour and speak to the parent.",
               "conduct");
  expect_quiet("Marshalling the half marathon today. To the weather: thanks for 25 degrees, you absolute menace ☀️",
               "conduct");
}
