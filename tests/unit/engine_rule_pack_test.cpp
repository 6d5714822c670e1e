#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "engine/lowercase.hpp"
#include "engine/matcher.hpp"
#include "engine/rule_pack.hpp"
#include "rules_folder.hpp"

using namespace secondthought;

namespace {

const std::string kProfiles = R"({"kind":"profiles","profiles":[
  {"id":"gmc","regulator":"GMC","role":"doctor",
   "guidance":{"colleagues":[{"source":"GMC","title":"Good medical practice","paragraph":"¶48","url":"https://example.org/gmp"}]}},
  {"id":"nmc","regulator":"NMC","role":"nurse",
   "guidance":{"colleagues":[{"source":"NMC","title":"The Code","paragraph":"section","url":"https://example.org/code"}]}}]})";

const std::string kLexicons = R"({"kind":"lexicons","lexicons":{
  "roles":{"terms":["registrar","F1","nurse in charge","nurse"]},
  "slurs":{"terms":["useless"],"leet":true},
  "words":{"terms":["every single time","off-putting"]}}})";

std::string rules(const std::string& signals, const std::string& findings) {
  return R"({"kind":"rules","signals":[)" + signals + R"(],"findings":[)" + findings + "]}";
}

const std::string kSignals = R"({"id":"role","pattern":"\\b{roles}\\b"},{"id":"insult","pattern":"\\b{slurs}\\b"})";

std::string finding(const std::string& extra = "", const std::string& id = "colleagues.test") {
  return R"({"id":")" + id + R"(","category":"colleagues","severity":"medium","anchor":"insult","any":["role"],)" + extra +
         R"("title":"About {found}","message":"You wrote {found} among {details}.","advice":"As a {role}, see {regulator}.","guidance":"colleagues"})";
}

std::vector<SourceFile> pack_with(const std::string& rules_text) {
  return {{"profiles.json", kProfiles}, {"lexicons.json", kLexicons}, {"colleagues.json", rules_text}};
}

LoadError error_of(const std::vector<SourceFile>& files) {
  auto result = load_rule_pack(files);
  REQUIRE(std::holds_alternative<LoadError>(result));
  return std::get<LoadError>(result);
}

// A rules folder of its own under the temporary directory, removed at the end.
using st_test::RulesFolder;

}  // namespace

TEST_CASE("engine rule_pack: a small valid pack loads", "[engine][rule_pack]") {
  auto result = load_rule_pack(pack_with(rules(kSignals, finding())));
  REQUIRE(std::holds_alternative<RulePack>(result));
  const auto& pack = std::get<RulePack>(result);
  CHECK(pack.profiles.size() == 2);
  CHECK(pack.profiles.front().id == "gmc");
  REQUIRE(pack.findings.size() == 1);
  CHECK(pack.findings[0].anchor == std::vector<std::string>{"insult"});
  CHECK(pack.findings[0].within == 100);
  CHECK(pack.findings[0].none_within == 100);
  REQUIRE(pack.signals.size() == 2);
  // Lexicon splicing: longest term first, so "nurse in charge" wins over "nurse".
  const auto& p = pack.lexicons.at("roles").alternation;
  CHECK(p.find("nurse[\\s.,!:;]+in[\\s.,!:;]+charge") < p.find("|nurse)"));
  // A pattern that is only \b{lexicon}\b is left to a phrase finder of the terms.
  CHECK(pack.signals[0].pattern.empty());
  CHECK(pack.signals[0].lead);
  CHECK(pack.signals[0].lead_lexicon == "roles");
}

TEST_CASE("engine rule_pack: a large file that is not a model is still read in its place", "[engine][rule_pack]") {
  // Files over 256 KiB are read on a thread of their own in case they are a
  // model; any other kind must keep its place, since signals keep file order.
  const std::string padding(300 * 1024, ' ');
  auto result = load_rule_pack({{"profiles.json", kProfiles},
                                {"lexicons.json", kLexicons},
                                {"a.json", rules(kSignals, finding()) + padding},
                                {"b.json", rules(R"({"id":"other","pattern":"\\bother\\b"})", "")}});
  REQUIRE(std::holds_alternative<RulePack>(result));
  const auto& signals = std::get<RulePack>(result).signals;
  REQUIRE(signals.size() == 3);
  CHECK(signals[0].id == "role");
  CHECK(signals[1].id == "insult");
  CHECK(signals[2].id == "other");
  CHECK(error_of({{"profiles.json", kProfiles}, {"big.json", "{\"kind\":\"rules\"," + padding + "x}"}}).file == "big.json");
}

TEST_CASE("engine rule_pack: lexicon terms match folded text loosely", "[engine][rule_pack]") {
  auto result = load_rule_pack(pack_with(rules(
      kSignals + R"(,{"id":"phrase","pattern":"\\b{words}\\b"})", finding())));
  REQUIRE(std::holds_alternative<RulePack>(result));
  auto& pack = std::get<RulePack>(result);
  auto compiled = Matcher::compile(pack.signals);
  REQUIRE(std::holds_alternative<Matcher>(compiled));
  const auto& m = std::get<Matcher>(compiled);
  auto count = [&](std::string_view text, std::size_t signal) { return m.match(text)[signal].size(); };
  CHECK(count("the REGISTRAR again", 0) == 1);          // case-insensitive by default
  CHECK(count("the registrars again", 0) == 0);         // whole words only, by the pattern's \b
  CHECK(count("Every. Single. Time.", 2) == 1);         // spaces match runs of spaces and punctuation
  CHECK(count("every   single time", 2) == 1);
  CHECK(count("so offputting", 2) == 1);                // hyphen optional
  CHECK(count("so off putting", 2) == 1);
  CHECK(count("utterly u$ele55", 1) == 1);              // leet lexicon
  CHECK(count("a u5eless one", 1) == 1);
  CHECK(count("the nurse-in-charge", 0) == 1);
}

TEST_CASE("engine rule_pack: a misspelt key is an error, not ignored", "[engine][rule_pack]") {
  auto e = error_of(pack_with(rules(R"({"id":"role","pattern":"x","validator":"postcode"},{"id":"insult","pattern":"y"})", finding())));
  CHECK(e.file == "colleagues.json");
  CHECK(e.rule == "role");
  CHECK(e.message == "unknown key \"validator\"");
  e = error_of(pack_with(rules(kSignals, finding(R"("withn":40,)"))));
  CHECK(e.rule == "colleagues.test");
  CHECK(e.message == "unknown key \"withn\"");
  e = error_of(pack_with(rules(kSignals, finding(R"("score":{"weights":{"role":1},"threshold":{"balance":2}},)"))));
  CHECK(e.message == "unknown key \"balance\"");
  // A description is documentation and allowed everywhere.
  CHECK(std::holds_alternative<RulePack>(load_rule_pack(pack_with(rules(
      R"({"id":"role","description":"a role","pattern":"x"},{"id":"insult","pattern":"y"})", finding(R"("description":"d",)"))))));
}

TEST_CASE("engine rule_pack: short forms are single lower-case words", "[engine][rule_pack]") {
  auto files = pack_with(rules(kSignals, finding()));
  files.push_back({"short_forms.json", R"({"kind":"short_forms","words":{"ppl":"people","Ur":"your"}})"});
  auto e = error_of(files);
  CHECK(e.file == "short_forms.json");
  CHECK(e.rule == "Ur");
  files.back().text = R"({"kind":"short_forms","words":{"ppl":""}})";
  CHECK(error_of(files).message == "a short form needs its full text");
  files.back().text = R"({"kind":"short_forms","words":{"ppl":"people"}})";
  auto ok = load_rule_pack(files);
  REQUIRE(std::holds_alternative<RulePack>(ok));
  CHECK(std::get<RulePack>(ok).fold.words.at("ppl") == "people");
}

TEST_CASE("engine rule_pack: a predicate must be one the engine supplies", "[engine][rule_pack]") {
  const auto e = error_of(pack_with(rules(kSignals, finding(R"("predicate":"after_midnight",)"))));
  CHECK(e.rule == "colleagues.test");
  CHECK(e.message == "unknown predicate \"after_midnight\"");
  for (const auto name : kPredicates)
    CHECK(std::holds_alternative<RulePack>(
        load_rule_pack(pack_with(rules(kSignals, finding("\"predicate\":\"" + std::string(name) + "\","))))));
}

TEST_CASE("engine rule_pack: an unknown lexicon names the file and signal", "[engine][rule_pack]") {
  const auto e = error_of(pack_with(rules(R"({"id":"role","pattern":"\\b{nosuch}\\b"},{"id":"insult","pattern":"x"})", finding())));
  CHECK(e.file == "colleagues.json");
  CHECK(e.rule == "role");
  CHECK_THAT(e.message, Catch::Contains("unknown lexicon {nosuch}"));
  CHECK_THAT(e.describe(), Catch::StartsWith("colleagues.json: rule role: "));
}

TEST_CASE("engine rule_pack: a term that \\b keeps from ever matching is a load error", "[engine][rule_pack]") {
  const auto with_terms = [](const std::string& terms, const std::string& pattern) {
    const std::string lexicons = R"({"kind":"lexicons","lexicons":{"roles":{"terms":["nurse"]},"odd":{"terms":[)" +
                                 terms + "]}}}";
    return std::vector<SourceFile>{{"profiles.json", kProfiles},
                                   {"lexicons.json", lexicons},
                                   {"colleagues.json", rules(R"({"id":"role","pattern":"\\b{roles}\\b"},{"id":"insult","pattern":")" +
                                                                 pattern + R"("})", finding())}};
  };
  // A quote, a hash or an emoji at the bounded end needs a letter touching it.
  const auto quoted = error_of(with_terms(R"("useless","'disabled'")", R"(\\b{odd}\\b)"));
  CHECK(quoted.file == "colleagues.json");
  CHECK(quoted.rule == "insult");
  CHECK_THAT(quoted.message, Catch::Contains("\"'disabled'\" of {odd} can never match: it begins with"));
  CHECK_THAT(error_of(with_terms(R"("Translation:")", R"(x|(?:{odd})\\b)")).message, Catch::Contains("it ends with"));
  CHECK_THAT(error_of(with_terms(R"("#hashtag")", R"(\\b(?:{odd}) y)")).message, Catch::Contains("\"#hashtag\""));
  // The same terms are fine where the pattern puts no \b on that side, and a
  // term whose only odd character is inside it is fine everywhere.
  CHECK(std::holds_alternative<RulePack>(load_rule_pack(with_terms(R"("'disabled'","#hashtag")", R"((?:^|\\s){odd}y)"))));
  CHECK(std::holds_alternative<RulePack>(load_rule_pack(with_terms(R"("Translation:")", R"(\\b{odd} x)"))));
  CHECK(std::holds_alternative<RulePack>(load_rule_pack(with_terms(R"("G.P","can't walk")", R"(\\b{odd}\\b)"))));
}

TEST_CASE("engine rule_pack: an unknown signal in a finding names the finding", "[engine][rule_pack]") {
  const auto e = error_of(pack_with(rules(kSignals, finding(R"("all":["ghost"],)"))));
  CHECK(e.file == "colleagues.json");
  CHECK(e.rule == "colleagues.test");
  CHECK_THAT(e.message, Catch::Contains("unknown signal \"ghost\""));
  const auto w = error_of(pack_with(rules(kSignals, finding(R"("score":{"weights":{"phantom":2},"threshold":{}},)"))));
  CHECK(w.rule == "colleagues.test");
  CHECK_THAT(w.message, Catch::Contains("phantom"));
  const auto x = error_of(pack_with(rules(R"({"id":"role","pattern":"a","except":["nobody"]},{"id":"insult","pattern":"b"})", finding())));
  CHECK(x.rule == "role");
  CHECK_THAT(x.message, Catch::Contains("nobody"));
}

TEST_CASE("engine rule_pack: an unknown validator names the signal", "[engine][rule_pack]") {
  const auto e = error_of(pack_with(rules(R"({"id":"role","pattern":"\\d+","validate":"luhn"},{"id":"insult","pattern":"x"})", finding())));
  CHECK(e.file == "colleagues.json");
  CHECK(e.rule == "role");
  CHECK_THAT(e.message, Catch::Contains("unknown validator \"luhn\""));
}

TEST_CASE("engine rule_pack: duplicate ids are refused", "[engine][rule_pack]") {
  const auto s = error_of(pack_with(rules(kSignals + R"(,{"id":"role","pattern":"y"})", finding())));
  CHECK(s.file == "colleagues.json");
  CHECK(s.rule == "role");
  CHECK_THAT(s.message, Catch::Contains("twice"));
  const auto f = error_of(pack_with(rules(kSignals, finding() + "," + finding())));
  CHECK(f.rule == "colleagues.test");
  CHECK_THAT(f.message, Catch::Contains("twice"));
  // The same finding id in another file is still a duplicate, named where it is met second.
  auto files = pack_with(rules(kSignals, finding()));
  files.push_back({"more.json", rules("", finding())});
  const auto g = error_of(files);
  CHECK(g.file == "more.json");
  CHECK(g.rule == "colleagues.test");
}

TEST_CASE("engine rule_pack: an unknown category names the finding", "[engine][rule_pack]") {
  std::string text = rules(kSignals, finding());
  text.replace(text.find("\"category\":\"colleagues\""), 23, "\"category\":\"gossip\"");
  const auto e = error_of(pack_with(text));
  CHECK(e.rule == "colleagues.test");
  CHECK_THAT(e.message, Catch::Contains("unknown category \"gossip\""));
  const auto y = error_of(pack_with(rules(kSignals, finding(R"("yield_to":["rumours"],)"))));
  CHECK_THAT(y.message, Catch::Contains("rumours"));
}

TEST_CASE("engine rule_pack: a guidance key missing from a profile", "[engine][rule_pack]") {
  std::string text = rules(kSignals, finding());
  text.replace(text.find("\"guidance\":\"colleagues\""), 23, "\"guidance\":\"kindness\"");
  const auto e = error_of(pack_with(text));
  CHECK(e.file == "colleagues.json");
  CHECK(e.rule == "colleagues.test");
  CHECK_THAT(e.message, Catch::Contains("profile \"gmc\" has no guidance \"kindness\""));
  // Only one profile lacks the key: still an error, naming that profile.
  std::string profiles = kProfiles;
  profiles.replace(profiles.rfind("\"colleagues\""), 12, "\"colleague\"");
  const auto n = error_of({{"profiles.json", profiles}, {"lexicons.json", kLexicons}, {"colleagues.json", rules(kSignals, finding())}});
  CHECK(n.rule == "colleagues.test");
  CHECK_THAT(n.message, Catch::Contains("profile \"nmc\""));
}

TEST_CASE("engine rule_pack: a file that is not JSON", "[engine][rule_pack]") {
  const auto e = error_of({{"profiles.json", kProfiles}, {"broken.json", "{\"kind\": \"rules\", \"signals\": ["}});
  CHECK(e.file == "broken.json");
  CHECK(e.rule.empty());
  CHECK_THAT(e.message, Catch::Contains("not valid JSON"));
}

TEST_CASE("engine rule_pack: a file of the wrong kind", "[engine][rule_pack]") {
  const auto e = error_of({{"profiles.json", kProfiles}, {"odd.json", R"({"kind":"rulez"})"}});
  CHECK(e.file == "odd.json");
  CHECK_THAT(e.message, Catch::Contains("unknown kind \"rulez\""));
  const auto m = error_of({{"profiles.json", kProfiles}, {"nokind.json", R"({"signals":[]})"}});
  CHECK(m.file == "nokind.json");
  CHECK_THAT(m.message, Catch::Contains("missing \"kind\""));
  const auto a = error_of({{"array.json", "[]"}});
  CHECK(a.file == "array.json");
}

TEST_CASE("engine rule_pack: other malformed entries name their rule", "[engine][rule_pack]") {
  auto sev = rules(kSignals, finding());
  sev.replace(sev.find("\"medium\""), 8, "\"urgent\"");
  CHECK(error_of(pack_with(sev)).rule == "colleagues.test");
  CHECK(error_of(pack_with(rules(R"({"id":"role","pattern":"a","case":"upper"},{"id":"insult","pattern":"b"})", finding()))).rule == "role");
  CHECK(error_of(pack_with(rules(kSignals, finding(R"("predicate":"moon_phase",)")))).rule == "colleagues.test");
  CHECK(error_of(pack_with(rules(kSignals, finding(R"("within":"near",)")))).rule == "colleagues.test");
  const auto empty = error_of({{"lexicons.json", R"({"kind":"lexicons","lexicons":{"none":{"terms":[]}}})"}});
  CHECK(empty.rule == "none");
  const auto no_profiles = error_of({{"lexicons.json", kLexicons}});
  CHECK_THAT(no_profiles.message, Catch::Contains("no profiles"));
}

TEST_CASE("engine rule_pack: a bad pattern is a load error from load_directory", "[engine][rule_pack]") {
  const RulesFolder folder;
  folder.write("profiles.json", kProfiles);
  folder.write("lexicons.json", kLexicons);
  folder.write("notes.txt", "not a rule file: ignored");
  folder.write("colleagues.json", rules(R"({"id":"role","pattern":"\\b{roles}\\b"},{"id":"insult","pattern":"(unclosed"})", finding()));
  auto result = Engine::load_directory(folder.dir.string());
  REQUIRE(std::holds_alternative<LoadError>(result));
  const auto& e = std::get<LoadError>(result);
  CHECK(e.file == "colleagues.json");
  CHECK(e.rule == "insult");
  CHECK_THAT(e.message, Catch::Contains("bad pattern"));

  // Mended, the same folder loads and its finding fires with the profile's words.
  folder.write("colleagues.json", rules(kSignals, finding()));
  auto fixed = Engine::load_directory(folder.dir.string());
  REQUIRE(std::holds_alternative<Engine>(fixed));
  const auto& engine = std::get<Engine>(fixed);
  CHECK(engine.profiles() == std::vector<std::string>{"gmc", "nmc"});
  Settings s;
  s.profile = "nmc";
  const std::string text = "The registrar is useless.";
  const auto a = engine.analyze(text, s, {});
  REQUIRE(a.warnings.size() == 1);
  const auto& w = a.warnings[0];
  CHECK(w.rule == "colleagues.test");
  CHECK(w.title == "About “useless”");
  CHECK(w.message == "You wrote “useless” among “registrar” and “useless”. As a nurse, see NMC.");
  CHECK(w.spans == std::vector<Span>{{4, 13}, {17, 24}});
  REQUIRE(w.guidance.size() == 1);
  CHECK(w.guidance[0].source == "NMC");
}

TEST_CASE("engine rule_pack: a missing folder is a load error", "[engine][rule_pack]") {
  auto result = Engine::load_directory("/nonexistent/second-thought-rules");
  REQUIRE(std::holds_alternative<LoadError>(result));
  CHECK(std::get<LoadError>(result).file == "/nonexistent/second-thought-rules");
}

TEST_CASE("engine rule_pack: a lexicon reference that is not lower-case is an error, a repetition is not",
          "[engine][rule_pack]") {
  const auto e = error_of(pack_with(rules(R"({"id":"role","pattern":"\\b{Roles}\\b"},{"id":"insult","pattern":"x"})", finding())));
  CHECK(e.rule == "role");
  CHECK_THAT(e.message, Catch::Contains("{Roles}"));
  auto ok = load_rule_pack(pack_with(rules(R"({"id":"role","pattern":"\\d{1,3}\\s?{roles}"},{"id":"insult","pattern":"x"})", finding())));
  CHECK(std::holds_alternative<RulePack>(ok));
}

TEST_CASE("engine rule_pack: sharpens must be a boolean", "[engine][rule_pack]") {
  const auto e = error_of(pack_with(rules(R"({"id":"role","pattern":"x","sharpens":"yes"},{"id":"insult","pattern":"y"})", finding())));
  CHECK(e.rule == "role");
  CHECK_THAT(e.message, Catch::Contains("sharpens"));
}

TEST_CASE("engine rule_pack: the span group, and alternatives without it", "[engine][rule_pack]") {
  auto result = load_rule_pack(pack_with(rules(
      kSignals + R"(,{"id":"aged","pattern":"\\b(?P<span>\\d{2}M)\\b, from|\\b\\d{2} y/o\\b"})", finding())));
  REQUIRE(std::holds_alternative<RulePack>(result));
  auto compiled = Matcher::compile(std::get<RulePack>(result).signals);
  REQUIRE(std::holds_alternative<Matcher>(compiled));
  const auto& m = std::get<Matcher>(compiled);
  const std::string text = "34M, from Leeds; and a 40 y/o";
  const auto found = m.match(text)[2];
  REQUIRE(found.size() == 2);
  // The group is the occurrence where it takes part ...
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "34M");
  // ... and an alternative without it is its whole match.
  CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == "40 y/o");
}

TEST_CASE("engine rule_pack: each alternative may mark its own span group", "[engine][rule_pack]") {
  auto result = load_rule_pack(pack_with(rules(
      kSignals + R"(,{"id":"dob","validate":"date","pattern":"\\bDOB:? (?P<span>\\d{1,2}/\\d{1,2}/\\d{4})\\b|\\b[A-Z]{2} (?P<span>\\d{1,2}/\\d{1,2}/19\\d{2})\\b"})",
      finding())));
  REQUIRE(std::holds_alternative<RulePack>(result));
  auto compiled = Matcher::compile(std::get<RulePack>(result).signals);
  REQUIRE(std::holds_alternative<Matcher>(compiled));
  const std::string text = "DOB 03/07/1988; JM 14/03/1961";
  const auto found = std::get<Matcher>(compiled).match(text)[2];
  // The second alternative's group is its occurrence, and what its validator sees.
  REQUIRE(found.size() == 2);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "03/07/1988");
  CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == "14/03/1961");
}

TEST_CASE("engine rule_pack: except signals are filtered before they filter", "[engine][rule_pack]") {
  // target except victim; victim except quoted. In "'at the nurse'" the victim
  // phrase is inside a quotation, so it is dropped and cannot hide the target.
  auto result = load_rule_pack(pack_with(rules(
      kSignals + R"(,{"id":"target","pattern":"\\bnurse\\b","except":["victim"]},)"
                 R"({"id":"victim","pattern":"\\bat the nurse\\b","except":["quoted"]},)"
                 R"({"id":"quoted","pattern":"'[^']*'"})",
      finding())));
  REQUIRE(std::holds_alternative<RulePack>(result));
  auto compiled = Matcher::compile(std::get<RulePack>(result).signals);
  REQUIRE(std::holds_alternative<Matcher>(compiled));
  const auto& m = std::get<Matcher>(compiled);
  const std::vector<bool> only_target = {false, false, true, false, false};
  auto target_count = [&](std::string_view text) {
    std::vector<std::vector<Occurrence>> out(5);
    std::vector<bool> done(5, false);
    m.match_some(text, lower_same_length(text), only_target, done, out);
    return out[2].size();
  };
  CHECK(target_count("he shouted at the nurse") == 0);      // a victim, not a target
  CHECK(target_count("he said 'at the nurse' again") == 1);  // the victim phrase was only quoted
  CHECK(target_count("the nurse was rude") == 1);
}

TEST_CASE("engine rule_pack: a words_in signal finds whole words of a vocabulary", "[engine][rule_pack]") {
  const std::string lexicons = R"({"kind":"lexicons","lexicons":{
    "roles":{"terms":["registrar"]},"slurs":{"terms":["useless"]},
    "clinical":{"terms":["ARVC","sepsis","U&Es","C-section","Crohn's","two words"]}}})";
  auto result = load_rule_pack({{"profiles.json", kProfiles}, {"lexicons.json", lexicons},
                                {"colleagues.json", rules(kSignals + R"(,{"id":"clinical","words_in":"clinical"})", finding())}});
  REQUIRE(std::holds_alternative<RulePack>(result));
  auto compiled = Matcher::compile(std::get<RulePack>(result).signals);
  REQUIRE(std::holds_alternative<Matcher>(compiled));
  const auto& m = std::get<Matcher>(compiled);
  auto words = [&](const std::string& text) {
    std::vector<std::string> out;
    const auto found = m.match(text);
    for (const auto& o : found[2]) out.push_back(text.substr(o.begin, o.end - o.begin));
    return out;
  };
  // Acronyms match as written; a lower-case term also at the start of a sentence;
  // inner '&' and '-' belong to the word; a possessive is found without its "'s".
  CHECK(words("Sepsis, then ARVC; U&Es fine after the C-section (Crohn's).") ==
        std::vector<std::string>{"Sepsis", "ARVC", "U&Es", "C-section", "Crohn"});
  // Not inside other words, not in another case, and never a multi-word term.
  CHECK(words("arvc ARVCs SEPSIS antisepsis two words").empty());
}

TEST_CASE("engine rule_pack: words_in needs a known lexicon and no pattern", "[engine][rule_pack]") {
  auto unknown = error_of(pack_with(rules(kSignals + R"(,{"id":"clinical","words_in":"nowhere"})", finding())));
  CHECK(unknown.rule == "clinical");
  CHECK(unknown.message.find("unknown lexicon in words_in") != std::string::npos);
  auto both = error_of(pack_with(rules(kSignals + R"(,{"id":"clinical","words_in":"roles","pattern":"x"})", finding())));
  CHECK(both.rule == "clinical");
  CHECK(both.message.find("not both") != std::string::npos);
  auto with_case = error_of(pack_with(rules(kSignals + R"(,{"id":"clinical","words_in":"roles","case":"sensitive"})", finding())));
  CHECK(with_case.message.find("takes no") != std::string::npos);
}

TEST_CASE("engine rule_pack: highlight is evidence or sentence", "[engine][rule_pack]") {
  auto plain = load_rule_pack(pack_with(rules(kSignals, finding())));
  REQUIRE(std::holds_alternative<RulePack>(plain));
  CHECK_FALSE(std::get<RulePack>(plain).findings[0].shade_sentence);
  auto shaded = load_rule_pack(pack_with(rules(kSignals, finding(R"("highlight":"sentence",)"))));
  REQUIRE(std::holds_alternative<RulePack>(shaded));
  CHECK(std::get<RulePack>(shaded).findings[0].shade_sentence);
  auto e = error_of(pack_with(rules(kSignals, finding(R"("highlight":"paragraph",)"))));
  CHECK(e.rule == "colleagues.test");
  CHECK(e.message == "\"highlight\" must be \"evidence\" or \"sentence\"");
}

TEST_CASE("engine rule_pack: familiar names are lower-case words with at least one form", "[engine][rule_pack]") {
  auto files = pack_with(rules(kSignals, finding()));
  files.push_back({"familiar_names.json", R"({"kind":"familiar_names","names":{"thomas":["tom","tommy"]}})"});
  auto ok = load_rule_pack(files);
  REQUIRE(std::holds_alternative<RulePack>(ok));
  CHECK(std::get<RulePack>(ok).familiar_names.at("thomas") == std::vector<std::string>{"tom", "tommy"});
  files.back().text = R"({"kind":"familiar_names","names":{"Thomas":["tom"]}})";
  auto e = error_of(files);
  CHECK(e.file == "familiar_names.json");
  CHECK(e.rule == "Thomas");
  CHECK(e.message == "a name is one lower-case word of letters");
  files.back().text = R"({"kind":"familiar_names","names":{"thomas":[]}})";
  CHECK(error_of(files).message == "a name needs a list of familiar forms");
  files.back().text = R"({"kind":"familiar_names","names":{"thomas":["Tom"]}})";
  CHECK(error_of(files).message == "a familiar form is one lower-case word of letters");
  files.back().text = R"({"kind":"familiar_names","names":[]})";
  CHECK(error_of(files).message == "\"names\" must be an object");
}

TEST_CASE("engine rule_pack: only a leading \\b{lexicon}\\b alternative goes to a phrase finder",
          "[engine][rule_pack]") {
  auto result = load_rule_pack(pack_with(rules(
      kSignals + R"(,{"id":"lead_and_rest","pattern":"\\b{roles}\\b|\\bon call\\b"})" +
          R"(,{"id":"plural","pattern":"\\b{roles}s\\b"},{"id":"second","pattern":"\\bthe\\b|\\b{roles}\\b"})",
      finding())));
  REQUIRE(std::holds_alternative<RulePack>(result));
  const auto& signals = std::get<RulePack>(result).signals;
  REQUIRE(signals.size() == 5);
  CHECK(signals[2].lead);
  CHECK(signals[2].pattern == "\\bon call\\b");
  for (const std::size_t i : {3u, 4u}) {
    INFO(signals[i].id);
    CHECK_FALSE(signals[i].lead);
    CHECK(signals[i].pattern.find("nurse[\\s.,!:;]+in[\\s.,!:;]+charge") != std::string::npos);
  }
  auto compiled = Matcher::compile(signals);
  REQUIRE(std::holds_alternative<Matcher>(compiled));
  const auto found = std::get<Matcher>(compiled).match("The nurse in charge is on call");
  REQUIRE(found[2].size() == 2);
  CHECK(found[2][0].begin == 4);
  CHECK(found[2][0].end == 19);
  CHECK(found[2][1].begin == 23);
}

TEST_CASE("engine rule_pack: none_in_draft stops a finding wherever in the draft its signal stands",
          "[engine][rule_pack]") {
  const std::string signals = kSignals + R"(,{"id":"joke","pattern":"\\bonly joking\\b"})";
  const RulesFolder folder;
  folder.write("profiles.json", kProfiles);
  folder.write("lexicons.json", kLexicons);
  auto load = [&](const std::string& extra) {
    folder.write("colleagues.json", rules(signals, finding(extra)));
    auto loaded = Engine::load_directory(folder.dir.string());
    REQUIRE(std::holds_alternative<Engine>(loaded));
    return std::get<Engine>(std::move(loaded));
  };
  const std::string far_away = "The registrar is useless." + std::string(400, ' ') + "Only joking, obviously.";
  // `none` looks only near the anchor: 400 bytes away the joke does not count...
  const auto near_only = load(R"("none":["joke"],"none_within":50,)");
  CHECK(near_only.analyze(far_away, {}, {}).warnings.size() == 1);
  // ...`none_in_draft` counts it anywhere.
  const auto anywhere = load(R"("none_in_draft":["joke"],)");
  CHECK(anywhere.analyze(far_away, {}, {}).warnings.empty());
  CHECK(anywhere.analyze("The registrar is useless.", {}, {}).warnings.size() == 1);

  const auto e = error_of(pack_with(rules(kSignals, finding(R"("none_in_draft":["ghost"],)"))));
  CHECK(e.rule == "colleagues.test");
  CHECK_THAT(e.message, Catch::Contains("unknown signal \"ghost\""));
}
