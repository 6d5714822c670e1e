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

TEST_CASE("engine colleagues: rebukes that tell a colleague to go and learn", "[engine][colleagues]") {
  expect_warning("The locum reg who sent her home with a missed scaphoid needs a word with himself. Read a "
                 "guideline.",
                 "colleagues", Severity::medium, {"needs a word with himself", "Read a guideline"});
  expect_warning("Our new F2 has clearly never heard of a loading dose, and it shows.", "colleagues",
                 Severity::medium, {"has clearly never heard of"});
  expect_warning("They've got a PA running the medical take overnight now. Playing doctors with real patients. Who "
                 "signed off on this?",
                 "colleagues", Severity::medium, {"Playing doctors", "Who signed off on this?"});
}

TEST_CASE("engine colleagues: weary or grateful words about colleagues are not rebukes", "[engine][colleagues]") {
  expect_quiet("Night shift with 3 nurses for 30 beds and the HCA off sick. Give me strength.", "colleagues");
  expect_quiet("My consultant says I need to retire my old stethoscope lol", "colleagues");
  expect_quiet("The boss told me to read the guidelines before my first on-call, best advice ever.", "colleagues");
}

TEST_CASE("engine colleagues: telling a colleague to learn before they lecture, or calling a group a danger",
          "[engine][colleagues]") {
  expect_warning("Perhaps read the NICE guidance before lecturing the rest of the ward, Dr Hale.", "colleagues",
                 Severity::medium, {"before lecturing"});
  expect_warning("The agency nurses are a danger on our wards, nobody checks their competencies.", "colleagues",
                 Severity::medium, {"are a danger on our wards"});
  expect_warning("The night nurses on ward 6 need to sort their documentation out.", "colleagues", Severity::medium,
                 {"sort their documentation out"});
  expect_warning("Our new reg made a complete pig's ear of the clinic list again.", "colleagues", Severity::medium,
                 {"pig's ear of"});
}

TEST_CASE("engine colleagues: gadgets called liars and self-mockery are not insults to colleagues",
          "[engine][colleagues]") {
  expect_quiet("Step counters are liars. Twelve hours on the ward with the physios and it says 3,000.", "colleagues");
  expect_quiet("My smartwatch is a liar, apparently I sat down all shift in resus with the reg.", "colleagues");
  expect_quiet("Any reading recs for a clueless F2 starting in cardiology?", "colleagues");
  expect_quiet("I made a complete pig's ear of my first cannula as an F1 and the nurses were lovely about it.",
               "colleagues");
}

TEST_CASE("engine colleagues: the most out-of-touch in the trust, knowing one's place, lessons in manners",
          "[engine][colleagues]") {
  expect_warning("The most out-of-touch consultant in the trust just told us to take our breaks.", "colleagues",
                 Severity::medium, {"most out-of-touch consultant in the trust"});
  expect_warning("Agency physios acting like consultants. Know your place.", "colleagues", Severity::medium,
                 {"Know your place"});
  expect_warning("Some of the regs on our rota need a lesson in basic manners.", "colleagues", Severity::medium,
                 {"need a lesson in basic manners"});
  expect_quiet("First week as an F1 and I'm completely out of my depth, send snacks.", "colleagues");
}

TEST_CASE("engine colleagues: a special place in hell, not fooling anyone, not fit to be in post",
          "[engine][colleagues]") {
  expect_warning("Whoever on nights keeps leaving the drug cupboard open deserves a special place in hell. Our HCAs "
                 "know who you are.",
                 "colleagues", Severity::medium, {"deserves a special place in hell"});
  expect_warning("Paramedics who leave pts in the corridor and vanish before handover: you're not fooling anyone.",
                 "colleagues", Severity::medium, {"you're not fooling anyone"});
  expect_warning("Some of the consultants here shouldn't be in post, frankly.", "colleagues", Severity::medium,
                 {"shouldn't be in post"});
  expect_quiet("Group rules: no naming and shaming colleagues, no photos from work.", "colleagues");
}

TEST_CASE("engine colleagues: 'unlimited liability' is law, not an insult", "[engine][colleagues]") {
  expect_quiet("Worth reading on the partnership model: unlimited liability for the building is why younger GPs "
               "won't buy in.",
               "colleagues");
}

TEST_CASE("engine colleagues: things called a joke are not colleagues called one", "[engine][colleagues]") {
  expect_quiet("The new parking charges, they are a joke. Nurses pay £80 a month to park at work.", "colleagues");
}

TEST_CASE("engine colleagues: god complexes and colleagues stuck in another decade", "[engine][colleagues]") {
  expect_warning("Our new consultant has a god complex and the juniors are terrified of him.", "colleagues",
                 Severity::medium, {"a god complex"});
  expect_warning("Dr Fenn still prescribes like it's 1995. Is he stuck in 1995?", "colleagues", Severity::medium,
                 {"Is he stuck in 1995"});
}

TEST_CASE("engine colleagues: thanks signed off with a heart, and put-downs that never happened",
          "[engine][colleagues]") {
  expect_quiet("One of our HCAs stayed two hours late to help us clear the backlog, unpaid. You know who you are 💜",
               "colleagues");
  expect_quiet("Our reg talked me through my first chest drain without once making me feel thick.", "colleagues");
  // The same words without the heart, or with the put-down, still warn.
  expect_warning("The porters on nights lost two transfers and left a patient in the lift. You know who you are.",
                 "colleagues", Severity::medium, {"You know who you are"});
}

TEST_CASE("engine colleagues: specialists by name of specialty, and colleagues written off by sex",
          "[engine][colleagues]") {
  expect_warning("The dermatologists at our trust couldn't find a melanoma with a map.", "colleagues",
                 Severity::medium, {"dermatologists"});
  expect_warning("Female paediatricians are all the same: too emotional to discharge anyone.", "colleagues",
                 Severity::medium, {"Female paediatricians are all the same"});
  expect_quiet("Our endocrinologists ran a brilliant pump clinic this week, thank you all.", "colleagues");
}

TEST_CASE("engine colleagues: two brain cells, and a head that needs testing", "[engine][colleagues]") {
  expect_warning("Our new deputy manager has two brain cells and they're both on annual leave.", "colleagues",
                 Severity::medium, {"has two brain cells"});
  expect_warning("Whichever registrar signed off that discharge needs their head testing.", "colleagues",
                 Severity::medium, {"needs their head testing"});
  expect_quiet("My cat has two brain cells and both of them want breakfast at 5am.", "colleagues");
  expect_quiet("I need my head testing for agreeing to run a marathon after nights.", "colleagues");
}

TEST_CASE("engine colleagues: the author's own family is not a patient (nor patients' families)", "[engine][colleagues]") {
  // "our family" near the group does not make the remark about patients.
  expect_warning("Female surgeons are all the same, ask our family: too emotional to operate.", "colleagues",
                 Severity::medium, {"Female surgeons are all the same"});
  expect_quiet("Female patients' families are all the same at visiting, and their relatives too.", "colleagues");
}

TEST_CASE("engine colleagues: 'dentist by day, useless quiz captain by night' is the author's own joke",
          "[engine][colleagues]") {
  expect_quiet("Dentist by day, useless darts captain by night. Lost the final to a table of plumbers, deeply "
               "embarrassing.",
               "colleagues");
}

TEST_CASE("engine colleagues: 'who trained them?', 'one job', praise with an eye-roll, 'no idea what she was doing'",
          "[engine][colleagues]") {
  expect_warning("Who trained the locums on nights? Not one drug chart signed this week.", "colleagues",
                 Severity::medium, {"Who trained the"});
  expect_quiet("Shout out to the consultant who trained me, still the best teacher I have had.", "colleagues");
  expect_warning("The porters have one job and tonight they sent the crash trolley to the wrong ward.", "colleagues",
                 Severity::medium, {"porters have one job"});
  expect_quiet("I have one job this weekend: sleep.", "colleagues");
  expect_warning("Great work from the discharge team today, only six hours for one TTO 🙄", "colleagues",
                 Severity::medium, {"Great work"});
  expect_quiet("Great work from the discharge team today, everyone home before tea 🙌", "colleagues");
  expect_warning("The new practice manager had no idea what she was doing and the whole rota fell apart.",
                 "colleagues", Severity::medium, {"had no idea what she was doing"});
  expect_quiet("My toddler had no idea what she was doing with the crayons but the wall looks great.", "colleagues");
}

TEST_CASE("engine colleagues: asleep on the job, 'thinks a Colles is a type of pasta', a masterclass in ignoring, "
          "'the wait is on you', a locum who missed a textbook DVT",
          "[engine][colleagues]") {
  expect_warning("Is anyone on the discharge team actually awake? Third TTO this week sent home without the warfarin.",
                 "colleagues", Severity::medium, {"actually awake"});
  expect_warning("Our new reg thinks a Colles is a type of pasta. Sent home in a sling. Splendid.", "colleagues",
                 Severity::medium, {"thinks a Colles is a type of"});
  expect_warning("The bed management team could run a masterclass in ignoring the ED. Absolute pantomime.",
                 "colleagues", Severity::medium, {"could run a masterclass in ignoring"});
  expect_warning("@DrJonHale your handover was missing half the bloods and the six hour wait is on you, not the "
                 "nurses.",
                 "colleagues", Severity::medium, {"wait is on you"});
  expect_warning("The locum GP had missed a textbook DVT, and she came back a week later with a PE.", "colleagues",
                 Severity::medium, {"locum GP had missed a textbook"});
  // The author's own miss, advice to juniors, a team that never needs to pretend, and thanks to a department.
  expect_quiet("I missed a textbook scaphoid once as an F2. Now I X-ray every fall on an outstretched hand.",
               "colleagues");
  expect_quiet("Tip for new F1s: the delay is on you only if you never escalated. Escalate early, always, and nobody "
               "will blame you.",
               "colleagues");
  expect_quiet("New regs, remember: the missed bloods are on you when nobody handed them over? No. Escalate and "
               "document.",
               "colleagues");
  expect_quiet("Our night team are so switched on they never need to pretend to be awake, unlike me at 4am.",
               "colleagues");
  expect_quiet("Huge thanks to the dispensary for turning round 40 TTOs before the bank holiday. What a week, you were "
               "brilliant.",
               "colleagues");
}

TEST_CASE("engine colleagues: requests 'as optional reading', 'if the night SHOs could read a gas', a 'forgot' in "
          "scare quotes, a hand held, 'treat us like skivvies', 'slower than' a modem",
          "[engine][colleagues]") {
  expect_warning("Our cardiology regs treat ECG requests as optional reading, three days and counting.", "colleagues",
                 Severity::medium, {"treat ECG requests as optional reading"});
  expect_warning("Honestly, if the night SHOs could read a gas we'd have fewer 4am calls.", "colleagues",
                 Severity::medium, {"could read"});
  expect_warning("The locum who 'forgot' to chase the potassium is back on Monday. Marvellous.", "colleagues",
                 Severity::medium, {"'forgot' to chase"});
  expect_warning("Our surgical reg needs his hand held to write a discharge letter.", "colleagues", Severity::medium,
                 {"needs his hand held"});
  expect_warning("Some consultants treat us like skivvies with a bleep.", "colleagues", Severity::medium,
                 {"treat us like skivvies"});
  expect_warning("The new F2 is slower than a dial-up modem on a Monday.", "colleagues", Severity::medium,
                 {"slower than a"});
  // A slow thing beside praised colleagues; a reported label; blame that is denied.
  expect_quiet("The wifi on the ward is slower than a dial-up modem, but the nurses are brilliant.", "colleagues");
  expect_no_rule("Being called 'sister' by every patient on the ward is the best part of the job.",
                 "colleagues.disparaging");
  expect_no_rule("Nobody on the night shift is to blame for the delay; the beds simply weren't there.",
                 "colleagues.public_blame");
}

TEST_CASE("engine colleagues: 'the worst offender', a job that 'ends at' an assessment, 'shouldn't be allowed near', "
          "'shouldn't have qualified', 'world champions of' a quoted excuse",
          "[engine][colleagues]") {
  expect_warning("The anaesthetic team were brilliant, but their consultant is the worst offender for late starts by a "
                 "mile.",
                 "colleagues", Severity::medium, {"worst offender"});
  expect_warning("Our physios seem to think their job ends at the stairs assessment.", "colleagues", Severity::medium,
                 {"think their job ends at"});
  expect_warning("That registrar shouldn't be allowed near a labouring woman after last night.", "colleagues",
                 Severity::medium, {"shouldn't be allowed near a labouring"});
  expect_warning("Some pharmacists really shouldn't have qualified, judging by the labels I see.", "colleagues",
                 Severity::medium, {"shouldn't have qualified"});
  expect_warning("Orthopaedics at the General: world champions of 'we'll see them tomorrow'.", "colleagues",
                 Severity::medium, {"world champions of '"});
  // The author's own role ending.
  expect_quiet("My job as a nurse ends at 8pm, and then I'm a mum again.", "colleagues");
}

TEST_CASE("engine colleagues: a system that 'thinks' the M4 is optional, a 'box-ticking' metric, and juniors who "
          "'learn to do' more are not colleagues run down",
          "[engine][colleagues]") {
  expect_no_rule("Our nurses are heroes, and our rota system still thinks the A470 is optional. Fix the software.",
                 "colleagues.disparaging");
  expect_no_rule("Hitting a box-ticking metric means less time with patients for every nurse on the unit.",
                 "colleagues.disparaging");
  expect_no_rule("This year I watched our HCAs learn to do bloods and ECGs, and the whole ward is better for it.",
                 "colleagues.disparaging");
  // A person who thinks it, and a rebuke to learn, still are.
  expect_warning("Our new reg thinks the sepsis bundle is optional. Learn to read a lactate, mate.", "colleagues",
                 Severity::medium, {"Learn to read"});
}

TEST_CASE("engine colleagues: 'Priorities, guys', licences to 'hand back', 'names will be named', a perfusionist and "
          "prescribers as colleagues",
          "[engine][colleagues]") {
  expect_warning("Night HCAs on Ward 6 spent the shift on their phones while call bells rang. Priorities, guys.",
                 "colleagues", Severity::medium, {"Priorities, guys"});
  expect_warning("Some locum prescribers should hand their licences back. Third wrong dose this week.", "colleagues",
                 Severity::medium, {"hand their licences back"});
  expect_warning("The porter who lost the sample: names will be named at the next governance meeting.", "colleagues",
                 Severity::medium, {"names will be named"});
  expect_warning("The perfusionist who 'forgot' to check the clotting is on again tomorrow. Brilliant.", "colleagues",
                 Severity::medium, {"perfusionist", "'forgot' to check"});
  // Priorities set for the author's own day, and a library book handed back.
  expect_quiet("Priorities, guys: coffee, then the ward round, then more coffee.", "colleagues");
  expect_quiet("The nurses' book club asked members to hand their copies back by Friday.", "colleagues");
}

TEST_CASE("engine colleagues: a degree 'out of a cracker', a specialty 'who failed woodwork', sarcastic 'genius'",
          "[engine][colleagues]") {
  expect_warning("Another locum registrar today who must have got his FRCS out of a Christmas cracker.", "colleagues",
                 Severity::medium, {"out of a Christmas cracker"});
  expect_warning("Radiologists are just photographers who failed art school.", "colleagues", Severity::medium,
                 {"are just photographers who failed"});
  expect_warning("The vascular surgeons at our place are the slowest humans alive, the list overran by three hours.",
                 "colleagues", Severity::medium, {"the slowest humans alive"});
  expect_warning("Discharge letter from the GP says 'probably viral' three times. Clinical genius, that surgery.",
                 "colleagues", Severity::medium, {"Clinical genius, that"});
  expect_warning("First week as clinical lead and all I've done is clear up the mess my predecessor left.",
                 "colleagues", Severity::medium, {"mess my predecessor"});
  // Crackers at the Christmas party, a genius colleague, and a predecessor thanked are not running anyone down.
  expect_quiet("Christmas lunch on the ward: crackers, paper hats and the consultants serving the sprouts.",
               "colleagues");
  expect_quiet("Our pharmacist is a genius with renal dosing, saved us twice this week.", "colleagues");
  expect_quiet("Thank you to my predecessor, who handed over a department in great shape.", "colleagues");
}

TEST_CASE("engine colleagues: a registration that should be taken away, 'is a quack', #whodidthis; thanks stay "
          "quiet",
          "[engine][colleagues]") {
  expect_warning("Re-doing another crown from the practice on the high street. Some dentists shouldn't have a GDC "
                 "number.",
                 "colleagues", Severity::medium, {"shouldn't have a GDC number"});
  expect_warning("The GP at the practice across the road is a quack and I pick up his patients every week.",
                 "colleagues", Severity::medium, {"is a quack"});
  // Thanks to someone unnamed, and 'this is what good looks like', are praise.
  expect_quiet("Big thank you to the night reg who came down at 4am to help me with a tricky LP. You know who you "
               "are. That's what good looks like.",
               "colleagues");
  expect_quiet("Back at work after my knee op, and huge credit to my own physio, you know who you are, diolch!",
               "colleagues");
}

TEST_CASE("engine colleagues: 'wouldn't know X if it bit them', what someone 'does all shift', 'useless, the lot of "
          "them', paid per referral",
          "[engine][colleagues]") {
  expect_warning("The safeguarding team at our trust wouldn't know a neglect case if it bit them on the nose.",
                 "colleagues", Severity::medium, {"wouldn't know a"});
  expect_warning("Would love to know what the on-call reg actually does all night. Bleeped him four times.",
                 "colleagues", Severity::medium, {"what the on-call reg actually does all night"});
  expect_warning("The chain pharmacy on the corner is handing out antibiotics for colds. Amateurs, the lot of them.",
                 "colleagues", Severity::medium, {"Amateurs, the lot of them"});
  expect_warning("The out-of-hours doctors must be paid per admission they send us.", "colleagues",
                 Severity::medium, {"must be paid per"});
  // Advice for a junior about a hypothetical senior blames no one.
  expect_quiet("If a senior ever belittles you in front of patients, write it down and speak to your supervisor. "
               "You are not the problem.",
               "colleagues");
}

TEST_CASE("engine colleagues: a power trip, a scab, 'has no business treating', a 'crook', and praise the model "
          "must leave alone",
          "[engine][colleagues]") {
  expect_warning("Our new practice manager is on some power trip, three locums quit this month.", "colleagues",
                 Severity::medium, {"on some power trip"});
  expect_warning("The locum GP at the practice across the road has no business prescribing to anyone.",
                 "colleagues", Severity::medium, {"has no business prescribing"});
  expect_warning("Our medical director signed the contract with his cousin's firm. The man's a crook.",
                 "colleagues", Severity::medium, {"man's a crook"});
  expect_quiet("To the night team on Ward 9: the finest bunch of nurses I've ever worked with. Miss you all.",
               "colleagues");
  expect_quiet("The registrar spotted the sepsis at 3am and someone is alive because of her. More of this please.",
               "colleagues");
}

TEST_CASE("engine colleagues: dealers with a prescribing pad, glorified secretaries, 'you call yourself a doctor', "
          "the worst of the lot",
          "[engine][colleagues]") {
  expect_warning("The locums that agency sends are drug dealers with a prescribing pad.", "colleagues",
                 Severity::medium, {"drug dealers with a prescribing pad"});
  expect_warning("@DrQuickFix you call yourself a doctor? Half your threads are supplement adverts.", "colleagues",
                 Severity::medium, {"you call yourself a doctor"});
  expect_warning("Honestly the cosmetic dentists round here are the worst of the lot.", "colleagues", Severity::medium,
                 {"are the worst of the lot"});
  expect_warning("Anyone who trained at that private school is useless on a night shift.", "colleagues",
                 Severity::medium, {"useless"});
  expect_warning("The carers the agency sends can barely speak English, and the residents pay for it.", "colleagues",
                 Severity::medium, {"can barely speak English"});
}

TEST_CASE("engine colleagues: thanks that name 'the reason', and a defence of a staff group, are not rebukes",
          "[engine][colleagues]") {
  expect_quiet("Happy AHP day to the physios on ward 7: you're the reason people get home.", "colleagues");
  expect_quiet("Please stop calling junior doctors 'greedy' in the papers. They are exhausted.", "colleagues");
}

TEST_CASE("engine colleagues: 'the emotional intelligence of a stapler', 'can barely string a sentence together', "
          "staff treated 'like lab rats'; staff who are 'not gatekeepers'",
          "[engine][colleagues]") {
  expect_warning("Our new clinical director has the emotional intelligence of a stapler.", "colleagues",
                 Severity::medium, {"emotional intelligence of a stapler"});
  expect_warning("Half the locums this month can barely string a handover together.", "colleagues", Severity::medium,
                 {"can barely string a handover together"});
  expect_warning("The lab manager treats the BMSs like lab rats and never says thank you.", "colleagues",
                 Severity::medium, {"like lab rats"});
  expect_quiet("Our receptionists are not gatekeepers, they hold this place together. Please be kind to them.",
               "colleagues");
}

TEST_CASE("engine colleagues: 'allergic to' work, 'entitled doesn't begin to cover it', a colleague 'quietly let "
          "go', a colleague's English; a shambles of a spreadsheet",
          "[engine][colleagues]") {
  expect_warning("Orthogeriatrics: allergic to anyone with a frailty score over five, as usual.", "colleagues",
                 Severity::medium, {"allergic to anyone"});
  expect_warning("The registrars on our unit leave every drain chart for the nurses. Entitled doesn't even cover it.",
                 "colleagues", Severity::medium, {"Entitled doesn't even cover it"});
  expect_warning("New medical director at the trust next door. Funny, she was quietly let go from her last post.",
                 "colleagues", Severity::medium, {"she was quietly let go"});
  expect_warning("Our agency nurse tonight can barely speak English and I'm meant to trust her with the CD keys?",
                 "colleagues", Severity::medium, {"can barely speak English"});
  // Names for a rota or a spreadsheet are not about the people who made them.
  expect_no_rule("The on-call rota for December is a shambles of a spreadsheet. I need three of me.",
                 "colleagues.disparaging");
}

TEST_CASE("engine colleagues: a chaplain or a CIO as a colleague; 'coasting to retirement'", "[engine][colleagues]") {
  expect_warning("Honestly the hospital chaplains are a waste of a salary.", "colleagues", Severity::medium,
                 {"waste of a salary"});
  expect_warning("Our partner Dr Ellis missed the biopsy result again. Coasting to retirement on our patience.",
                 "colleagues", Severity::medium, {"Coasting to retirement"});
  expect_quiet("Our chaplain sat with a dying man all night so his family could sleep. Thank you, Rev Anna.",
               "colleagues");
}

TEST_CASE("engine colleagues: a word that 'needs to retire', 'useless advice'", "[engine][colleagues]") {
  expect_no_rule("'Failed discharge' is a phrase the discharge team needs to retire. Plans fail, people don't.",
                 "colleagues.disparaging");
  expect_no_rule("'Just eat less' is useless advice for someone on steroids. Our dietetics team can do better than "
                 "that, ask them.",
                 "colleagues.disparaging");
  // Telling a colleague to retire is still a remark about the colleague.
  expect_warning("Our senior partner needs to retire. He hasn't opened a guideline since 1998.", "colleagues",
                 Severity::medium, {"needs to retire"});
}

TEST_CASE("engine colleagues: 'who let this SHO graduate', 'do they not train these people', 'wouldn't recognise X if "
          "it bit them', 'like vultures', 'off to the golf course'",
          "[engine][colleagues]") {
  expect_warning("Who let this F2 qualify?? Third wrong-site cannula today.", "colleagues", Severity::medium,
                 {"Who let this F2 qualify"});
  expect_warning("Discharge summary from the GP practice again with the wrong allergies. Do they not train these "
                 "people?",
                 "colleagues", Severity::medium, {"Do they not train these"});
  expect_warning("Half the registrars on our rota wouldn't recognise sepsis if it bit them.", "colleagues",
                 Severity::medium, {"wouldn't recognise sepsis if it bit them"});
  expect_warning("The bed managers hover round the ward like vultures every morning.", "colleagues",
                 Severity::medium, {"like vultures"});
  expect_warning("Clinic runs to 7pm because the consultants swan off to the golf course at lunchtime.", "colleagues",
                 Severity::medium, {"swan off to the golf course"});
  // Who let the dog out, training days, a golf day for charity.
  expect_quiet("Who let this dog into the staff car park? Gorgeous boy, owner please collect him from security.",
               "colleagues");
  expect_no_rule("The consultants are off to the golf course on Saturday for the hospice charity day. Sponsor them!",
                 "colleagues.disparaging");
}

TEST_CASE("engine colleagues: 'ego the size of', nepotism, a box-ticker 'making herself look busy', 'failing "
          "upwards'",
          "[engine][colleagues]") {
  expect_warning("The new practice manager has an ego the size of Wales.", "colleagues", Severity::medium,
                 {"ego the size of"});
  expect_warning("Our clinical director cancelled leave for everyone except his golf mates. Nepotism at its finest.",
                 "colleagues", Severity::medium, {"Nepotism"});
  expect_warning("The new matron spends every meeting making herself look busy.", "colleagues", Severity::medium,
                 {"making herself look busy"});
  expect_warning("The Director of Public Health at the council cut school nursing by a fifth and got promoted. "
                 "Failing upwards.",
                 "colleagues", Severity::medium, {"Failing upwards"});
}

TEST_CASE("engine colleagues: feeling useless as a student, thick socks, mentoring as a joy", "[engine][colleagues]") {
  expect_quiet("Second year student nurse here. Is it normal to feel completely useless on placement?", "colleagues");
  expect_quiet("Outreach nurse tip for donations: thick, warm socks beat everything else.", "colleagues");
  expect_quiet("Mentoring our new physician associates this year has been a joy. Their audit was better than mine.",
               "colleagues");
}
