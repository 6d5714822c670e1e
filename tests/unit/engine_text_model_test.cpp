#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <variant>

#include "engine/rule_pack.hpp"
#include "engine/sentence_context.hpp"
#include "engine/text_model.hpp"
#include "rules_folder.hpp"
#include "secondthought/engine.hpp"

using namespace secondthought;

namespace {

using Names = std::vector<std::string>;

const std::string kProfiles = R"({"kind":"profiles","profiles":[
  {"id":"gmc","regulator":"GMC","role":"doctor",
   "guidance":{"colleagues":[{"source":"GMC","title":"Good medical practice","paragraph":"¶48","url":"https://example.org/gmp"}]}}]})";

const std::string kRules = R"({"kind":"rules","signals":[
  {"id":"role","pattern":"\\bregistrar\\b"},{"id":"insult","pattern":"\\buseless\\b"}],
  "findings":[{"id":"colleagues.test","category":"colleagues","severity":"medium","anchor":"insult","any":["role"],
   "title":"About {found}","message":"You wrote {found}.","advice":"Don't.","guidance":"colleagues"},
  {"id":"colleagues.kept","category":"colleagues","severity":"high","anchor":"role","all":["insult"],"within":5,
   "title":"Kept","message":"{found}","advice":"-","guidance":"colleagues"}]})";

// A model of one category: "useless" and "hopeless" count for it, "kind" and
// "lovely" against; raised at 0.8 (balanced), withdrawn below 0.05.
std::string model_file(const std::string& weights = "64 48 -96 -120", const std::string& extra = "") {
  return R"({"kind":"model","scale":32,"min_words":5,"features":"u:useless\nu:hopeless\nu:kind\nu:lovely",
  "categories":{"colleagues":{"bias":-1.0,"weights":")" + weights + R"(",
   "warn_at":{"strict":0.5,"balanced":0.8,"relaxed":0.95},
   "withdraw_below":{"strict":0,"balanced":0.05,"relaxed":0.2},
   "withdraws":["colleagues.test"],)" + extra + R"(
   "finding":{"id":"colleagues.model","severity":"medium","title":"Reads like it",
    "message":"Words such as {details}.","advice":"Think again.","guidance":"colleagues"}}}})";
}

std::vector<SourceFile> pack(const std::string& model) {
  return {{"profiles.json", kProfiles}, {"colleagues.json", kRules}, {"model.json", model}};
}

LoadError error_of(const std::string& model) {
  auto result = load_rule_pack(pack(model));
  REQUIRE(std::holds_alternative<LoadError>(result));
  return std::get<LoadError>(result);
}

Engine engine_of(const std::vector<SourceFile>& files) {
  const st_test::RulesFolder folder;
  for (const auto& f : files) folder.write(f.name, f.text);
  auto loaded = Engine::load_directory(folder.dir.string());
  REQUIRE(std::holds_alternative<Engine>(loaded));
  return std::get<Engine>(std::move(loaded));
}

Engine engine_with(const std::string& model) { return engine_of(pack(model)); }

std::vector<std::string> rules_of(const Analysis& a) {
  std::vector<std::string> out;
  for (const auto& w : a.warnings) out.push_back(w.rule);
  return out;
}

}  // namespace

TEST_CASE("engine text_model: words, pairs of words and where the draft is written", "[engine][text_model]") {
  CHECK(model_feature_names("don't go", "") == Names{"u:don't", "b:don't go", "u:go", "surface:post"});
  CHECK(model_feature_names("#nhs @dr_x!", "reply") ==
        Names{"u:#nhs", "b:#nhs @dr_x", "u:@dr_x", "b:@dr_x !", "u:!", "surface:reply"});
  CHECK(model_feature_names("ok 🙂", "") == Names{"u:ok", "b:ok 🙂", "u:🙂", "surface:post"});
  CHECK(model_feature_names("  ", "") == Names{"surface:post"});
  // The engine's features are the same, by hash, with their places in the text.
  const std::string text = "we're so proud";
  const auto names = model_feature_names(text, "");
  const auto features = model_features(text, "");
  REQUIRE(features.size() == names.size());
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(features[i].hash == model_feature_hash(names[i]));
  CHECK(text.substr(features[1].span.begin, features[1].span.end - features[1].span.begin) == "we're so");
  CHECK(word_count(features) == 3);
  CHECK(word_count(model_features("!! 🙂 ok", "")) == 1);
}

TEST_CASE("engine text_model: a probability per category, each feature counted once", "[engine][text_model]") {
  auto loaded = load_rule_pack(pack(model_file()));
  REQUIRE(std::holds_alternative<RulePack>(loaded));
  const auto& model = std::get<RulePack>(loaded).model;
  REQUIRE(model.categories().size() == 1);
  auto p = [&](std::string_view text) { return model.judge(model_features(text, ""))[0].probability; };
  const auto sigmoid = [](double z) { return 1 / (1 + std::exp(-z)); };
  CHECK(p("useless") == Approx(sigmoid(-1.0 + 2.0)));
  CHECK(p("useless useless useless") == Approx(sigmoid(-1.0 + 2.0)));
  CHECK(p("useless and hopeless") == Approx(sigmoid(-1.0 + 2.0 + 1.5)));
  CHECK(p("kind") == Approx(sigmoid(-1.0 - 3.0)));
  CHECK(p("nothing known here") == Approx(sigmoid(-1.0)));
  // Evidence: the words that counted for the category, strongest first.
  const std::string text = "kind but hopeless and useless";
  const auto verdict = model.judge(model_features(text, ""))[0];
  REQUIRE(verdict.evidence.size() == 2);
  CHECK(text.substr(verdict.evidence[0].begin, verdict.evidence[0].end - verdict.evidence[0].begin) == "useless");
  CHECK(text.substr(verdict.evidence[1].begin, verdict.evidence[1].end - verdict.evidence[1].begin) == "hopeless");
}

TEST_CASE("engine text_model: function words count but are never quoted as evidence", "[engine][text_model]") {
  const std::vector<std::string_view> features = {"u:our", "u:was", "b:our manager", "b:was useless", "u:useless"};
  const std::vector<std::int8_t> weights = {100, 90, 80, 70, 10};
  ModelCategory colleagues;
  colleagues.category = "colleagues";
  const TextModel plain(features, weights, 32, {colleagues}, 1);
  const TextModel quiet(features, weights, 32, {colleagues}, 1, {"our", "was"});
  const std::string text = "our manager was useless";
  const auto quote = [&](const Occurrence& o) { return text.substr(o.begin, o.end - o.begin); };
  const auto all = plain.judge(model_features(text, ""))[0];
  const auto some = quiet.judge(model_features(text, ""))[0];
  CHECK(some.probability == Approx(all.probability));
  REQUIRE(all.evidence.size() == 3);
  CHECK(quote(all.evidence[0]) == "our");
  // A pair counts as evidence when one of its words is not a function word.
  REQUIRE(some.evidence.size() == 3);
  CHECK(quote(some.evidence[0]) == "our manager");
  CHECK(quote(some.evidence[1]) == "was useless");
  CHECK(quote(some.evidence[2]) == "useless");
}

TEST_CASE("engine text_model: a broken model file is a load error naming what is wrong", "[engine][text_model]") {
  CHECK_THAT(error_of(model_file("64 48 -96")).message, Catch::Contains("one weight per feature"));
  CHECK_THAT(error_of(model_file("64 48 -96 300")).message, Catch::Contains("-127 to 127"));
  CHECK_THAT(error_of(model_file("64 48 -96 x")).message, Catch::Contains("-127 to 127"));
  auto repeated = model_file();
  repeated.replace(repeated.find("u:kind"), 6, "u:hopeless");
  CHECK_THAT(error_of(repeated).message, Catch::Contains("\"u:hopeless\" and \"u:hopeless\" cannot be told apart"));
  auto wrong_level = model_file();
  wrong_level.replace(wrong_level.find("\"balanced\":0.8"), 14, "\"balanced\":1.8");
  CHECK_THAT(error_of(wrong_level).message, Catch::Contains("probabilities"));
  auto unknown = model_file();
  unknown.replace(unknown.find("[\"colleagues.test\"]"), 19, "[\"colleagues.nope\"]");
  const auto e = error_of(unknown);
  CHECK(e.file == "model.json");
  CHECK(e.rule == "colleagues");
  CHECK_THAT(e.message, Catch::Contains("unknown finding in withdraws"));
  CHECK_THAT(error_of(model_file("64 48 -96 -120", R"("with":["gossip"],)")).message,
             Catch::Contains("unknown category in with"));
  auto no_guidance = model_file();
  no_guidance.replace(no_guidance.rfind("\"guidance\":\"colleagues\""), 23, "\"guidance\":\"conduct\"");
  CHECK_THAT(error_of(no_guidance).message, Catch::Contains("no guidance \"conduct\""));
  auto files = pack(model_file());
  files.push_back({"model2.json", model_file()});
  auto twice = load_rule_pack(files);
  REQUIRE(std::holds_alternative<LoadError>(twice));
  CHECK_THAT(std::get<LoadError>(twice).message, Catch::Contains("second model"));
}

TEST_CASE("engine text_model: a model file large enough for a thread of its own loads and fails as in place",
          "[engine][text_model]") {
  const std::string padding(300 * 1024, ' ');  // whitespace: the same JSON, over the size read apart
  auto big = load_rule_pack(pack(model_file() + padding));
  REQUIRE(std::holds_alternative<RulePack>(big));
  CHECK(std::get<RulePack>(big).model.categories().size() == 1);
  CHECK(std::get<RulePack>(big).findings.size() == 2);
  CHECK_THAT(error_of(model_file("64 48 -96") + padding).message, Catch::Contains("one weight per feature"));
  auto unknown = model_file();
  unknown.replace(unknown.find("[\"colleagues.test\"]"), 19, "[\"colleagues.nope\"]");
  const auto e = error_of(unknown + padding);
  CHECK(e.file == "model.json");
  CHECK_THAT(e.message, Catch::Contains("unknown finding in withdraws"));
  auto files = pack(model_file() + padding);
  files.push_back({"model2.json", model_file()});
  auto twice = load_rule_pack(files);
  REQUIRE(std::holds_alternative<LoadError>(twice));
  CHECK_THAT(std::get<LoadError>(twice).message, Catch::Contains("second model"));
}

TEST_CASE("engine text_model: raises what no rule found, on drafts long enough to judge", "[engine][text_model]") {
  const auto engine = engine_with(model_file());
  const std::string text = "Honestly the new rota is useless and hopeless this week.";
  const auto a = engine.analyze(text, {}, {});
  REQUIRE(rules_of(a) == std::vector<std::string>{"colleagues.model"});
  const auto& w = a.warnings[0];
  CHECK(w.category == "colleagues");
  CHECK(w.message == "Words such as “useless” and “hopeless”. Think again.");
  CHECK(w.spans == std::vector<Span>{{25, 32}, {37, 45}});
  REQUIRE(w.guidance.size() == 1);
  CHECK(w.guidance[0].paragraph == "¶48");
  CHECK(engine.analyze("useless and hopeless", {}, {}).warnings.empty());  // under min_words
  Settings relaxed;
  relaxed.sensitivity = Sensitivity::relaxed;  // 0.95: not reached
  CHECK(engine.analyze(text, relaxed, {}).warnings.empty());
  Settings off;
  off.categories["colleagues"] = false;
  CHECK(engine.analyze(text, off, {}).warnings.empty());

  // "highlight": "sentence" shades the sentence around the words as context.
  auto shaded_model = model_file();
  shaded_model.replace(shaded_model.find("\"severity\":\"medium\""), 19, R"("severity":"medium","highlight":"sentence")");
  const auto shaded = engine_with(shaded_model).analyze("Fine day. " + text, {}, {});
  REQUIRE(shaded.warnings.size() == 1);
  const auto& spans = shaded.warnings[0].spans;
  CHECK(std::any_of(spans.begin(), spans.end(), [](const Span& s) { return s.kind == SpanKind::context && s.start == 10; }));
  auto bad = model_file();
  bad.replace(bad.find("\"severity\":\"medium\""), 19, R"("severity":"medium","highlight":"words")");
  CHECK_THAT(error_of(bad).message, Catch::Contains("\"highlight\" must be"));
}

TEST_CASE("engine text_model: with a target the rules found, raised from a lower probability",
          "[engine][text_model]") {
  // "hopeless" alone reads as 0.62: under warn_at (0.8), over with_target's 0.5.
  const auto target = R"("with_target":{"signals":["role"],"warn_at":{"strict":0.4,"balanced":0.5,"relaxed":0.9}},)";
  const auto engine = engine_with(model_file("64 48 -96 -120", target));
  const std::string text = "The registrar was hopeless on nights again.";
  const auto a = engine.analyze(text, {}, {});
  REQUIRE(rules_of(a) == std::vector<std::string>{"colleagues.model"});
  CHECK(a.warnings[0].message == "Words such as “registrar” and “hopeless”. Think again.");
  CHECK(engine.analyze("registrar hopeless", {}, {}).warnings.empty());  // under min_words: too short to judge
  CHECK(engine.analyze("The rota was hopeless on nights again.", {}, {}).warnings.empty());  // no target
  // A target that is also one of the model's words is quoted once.
  const auto targeted = R"("with_target":{"signals":["insult"],"warn_at":{"strict":0.4,"balanced":0.5,"relaxed":0.9}},)";
  const auto once = engine_with(model_file("64 48 -96 -120", targeted)).analyze("The rota was useless on nights again.", {}, {});
  REQUIRE(once.warnings.size() == 1);
  CHECK(once.warnings[0].message == "Words such as “useless”. Think again.");
  Settings relaxed;
  relaxed.sensitivity = Sensitivity::relaxed;
  CHECK(engine.analyze(text, relaxed, {}).warnings.empty());
  CHECK(engine_with(model_file()).analyze(text, {}, {}).warnings.empty());  // no with_target
  CHECK_THAT(error_of(model_file("64 48 -96 -120", R"("with_target":{"signals":["nope"],"warn_at":{"strict":0.4,"balanced":0.5,"relaxed":0.9}},)")).message,
             Catch::Contains("unknown signal in with_target: \"nope\""));
  CHECK_THAT(error_of(model_file("64 48 -96 -120", R"("with_target":{"signals":[],"warn_at":{"strict":0.4,"balanced":0.5,"relaxed":0.9}},)")).message,
             Catch::Contains("at least one signal"));
}

TEST_CASE("engine text_model: a raise with a target can ask for more words than the model's minimum",
          "[engine][text_model]") {
  const auto target =
      R"("with_target":{"signals":["role"],"min_words":9,"warn_at":{"strict":0.4,"balanced":0.5,"relaxed":0.9}},)";
  const auto engine = engine_with(model_file("64 48 -96 -120", target));
  CHECK(engine.analyze("The registrar was hopeless on nights again.", {}, {}).warnings.empty());  // 7 words
  const auto longer = engine.analyze("The registrar was hopeless on nights again this week, honestly.", {}, {});
  CHECK(rules_of(longer) == std::vector<std::string>{"colleagues.model"});
  // The plain raise keeps the model's own minimum.
  CHECK(rules_of(engine.analyze("Honestly the new rota is useless and hopeless this week.", {}, {})) ==
        std::vector<std::string>{"colleagues.model"});
  const auto too_few =
      R"("with_target":{"signals":["role"],"min_words":2,"warn_at":{"strict":0.4,"balanced":0.5,"relaxed":0.9}},)";
  CHECK_THAT(error_of(model_file("64 48 -96 -120", too_few)).message, Catch::Contains("at least the model's"));
  const auto fraction =
      R"("with_target":{"signals":["role"],"min_words":9.5,"warn_at":{"strict":0.4,"balanced":0.5,"relaxed":0.9}},)";
  CHECK_THAT(error_of(model_file("64 48 -96 -120", fraction)).message, Catch::Contains("whole number"));
  const auto huge =
      R"("with_target":{"signals":["role"],"min_words":1e30,"warn_at":{"strict":0.4,"balanced":0.5,"relaxed":0.9}},)";
  CHECK_THAT(error_of(model_file("64 48 -96 -120", huge)).message, Catch::Contains("whole number"));
}

TEST_CASE("engine text_model: withdraws only the findings it is allowed to", "[engine][text_model]") {
  const auto engine = engine_with(model_file());
  // The rule fires; the words around it read as kind, not as running anyone down.
  const std::string text = "Our lovely kind registrar said the old bleep was useless.";
  CHECK(rules_of(engine.analyze(text, {}, {})).empty());
  Settings strict;
  strict.sensitivity = Sensitivity::strict;  // withdraws nothing
  CHECK(rules_of(engine.analyze(text, strict, {})) == std::vector<std::string>{"colleagues.test"});
  // A finding the model may not withdraw stays, however the words read.
  const auto kept = rules_of(engine.analyze("Lovely kind registrar useless.", {}, {}));
  CHECK(kept == std::vector<std::string>{"colleagues.kept"});
}

TEST_CASE("engine text_model: a finding waiting on a category the model raised gets its turn", "[engine][text_model]") {
  // "Locked account" matters once something is said to that audience (`after`);
  // here only the model finds the remark about colleagues.
  const std::string profiles = R"({"kind":"profiles","profiles":[
    {"id":"gmc","regulator":"GMC","role":"doctor","guidance":{
     "colleagues":[{"source":"GMC","title":"Good medical practice","paragraph":"¶48","url":"https://example.org/gmp"}],
     "visibility":[{"source":"GMC","title":"Social media","paragraph":"¶17","url":"https://example.org/sm"}]}}]})";
  const std::string audience = R"({"kind":"rules","signals":[{"id":"locked","pattern":"\\blocked account\\b"}],
    "findings":[{"id":"visibility.test","category":"visibility","severity":"medium","anchor":"locked",
     "after":["colleagues"],"title":"Audience","message":"You wrote {found}.","advice":"-","guidance":"visibility"}]})";
  const auto engine = engine_of({{"profiles.json", profiles}, {"colleagues.json", kRules}, {"model.json", model_file()},
                                 {"visibility.json", audience}});
  const auto a = engine.analyze("Locked account so I can say it: the new rota is useless and hopeless.", {}, {});
  CHECK(rules_of(a) == std::vector<std::string>{"visibility.test", "colleagues.model"});
  // Without the remark, the audience alone is nothing.
  CHECK(engine.analyze("Locked account so I can say it: the new rota is out and it is fine.", {}, {}).warnings.empty());
  // Colleagues switched off hides that warning, not the audience one: as when a rule finds the remark.
  Settings off;
  off.categories["colleagues"] = false;
  CHECK(rules_of(engine.analyze("Locked account so I can say it: the new rota is useless and hopeless.", off, {})) ==
        std::vector<std::string>{"visibility.test"});
}

TEST_CASE("engine text_model: the sentences that weigh for a category by themselves, heaviest first",
          "[engine][text_model]") {
  const std::vector<std::string_view> features = {"u:useless", "u:hopeless", "u:meh", "u:kind"};
  const std::vector<std::int8_t> weights = {64, 48, 10, -96};  // 2.0, 1.5, 0.31, -3.0
  ModelCategory colleagues;
  colleagues.category = "colleagues";
  const TextModel model(features, weights, 32, {colleagues}, 1);
  const std::string text = "so kind. hopeless again! meh.\nuseless, useless. kind but hopeless";  // lower-cased, as the engine gives it
  const auto verdict = model.judge(model_features(text, ""), text)[0];
  const auto quote = [&](const Occurrence& o) { return text.substr(o.begin, o.end - o.begin); };
  // "useless" counts once (2.0) and outweighs "hopeless" (1.5); "meh." (0.31) is
  // too light; the last sentence's "hopeless" was already counted where it first
  // occurs, so "kind" leaves that sentence against the category.
  REQUIRE(verdict.sentences.size() == 2);
  CHECK(quote(verdict.sentences[0]) == "useless, useless.");
  CHECK(quote(verdict.sentences[1]) == " hopeless again!");
  CHECK(model.judge(model_features(text, ""))[0].sentences.empty());  // no text given: no sentences
}

TEST_CASE("engine text_model: a rule's warning shades the other sentences the model reads as its category",
          "[engine][text_model]") {
  auto rules = kRules;
  rules.replace(rules.find("\"severity\":\"medium\""), 19, R"("severity":"medium","highlight":"sentence")");
  const auto engine = engine_of({{"profiles.json", kProfiles}, {"colleagues.json", rules}, {"model.json", model_file()}});
  const std::string text = "The registrar was useless today. Nice weather for the walk home along the river this evening. Hopeless, honestly.";
  const auto a = engine.analyze(text, {}, {});
  REQUIRE(rules_of(a) == std::vector<std::string>{"colleagues.test"});
  const auto& w = a.warnings[0];
  CHECK(w.message == "You wrote “useless”. Don't.");  // the further sentence is shaded, never quoted
  // "[The ]<registrar>[ was ]<useless>[ today.]" and, not "Nice weather ...", "[Hopeless, honestly.]".
  CHECK(w.spans == std::vector<Span>{{0, 4, SpanKind::context},
                                     {4, 13},
                                     {13, 18, SpanKind::context},
                                     {18, 25},
                                     {25, 32, SpanKind::context},
                                     {94, 113, SpanKind::context}});
  // A run of words too long to be a sentence (no full stop in 400 bytes) is not shaded whole.
  std::string run_on = "Hopeless";
  while (run_on.size() <= 2 * kMaxSentenceReach) run_on += " and so on";
  const auto b = engine.analyze("The registrar was useless today. " + run_on + ".", {}, {});
  REQUIRE(rules_of(b) == std::vector<std::string>{"colleagues.test"});
  CHECK(b.warnings[0].spans.back().end == 32);
}

TEST_CASE("engine text_model: long drafts can be raised from a lower level", "[engine][text_model]") {
  // "hopeless" alone reads sigmoid(-1 + 1.5) = 0.62: under the balanced 0.8,
  // over the 0.6 that drafts of 11 words or more are raised from.
  const auto engine =
      engine_with(model_file("64 48 -96 -120", R"("long_drafts":{"min_words":11,"warn_at":{"strict":0.5,"balanced":0.6,"relaxed":0.9}},)"));
  CHECK(engine.analyze("Honestly the new rota is hopeless again this week.", {}, {}).warnings.empty());  // 9 words
  CHECK(rules_of(engine.analyze("Honestly the new rota is hopeless again this week, as it was last.", {}, {})) ==
        std::vector<std::string>{"colleagues.model"});
  // The usual level still applies to shorter drafts.
  CHECK(rules_of(engine.analyze("Honestly the new rota is useless and hopeless this week.", {}, {})) ==
        std::vector<std::string>{"colleagues.model"});
  const auto few = R"("long_drafts":{"min_words":4,"warn_at":{"strict":0.5,"balanced":0.6,"relaxed":0.9}},)";
  CHECK_THAT(error_of(model_file("64 48 -96 -120", few)).message,
             Catch::Contains("\"long_drafts\" \"min_words\" must be a whole number, at least the model's"));
  const auto odd = R"("long_drafts":{"min_words":11,"level":0.6},)";
  CHECK_THAT(error_of(model_file("64 48 -96 -120", odd)).message, Catch::Contains("level"));
}

TEST_CASE("engine text_model: a quiet_with signal keeps the model from raising its category", "[engine][text_model]") {
  const std::string game = R"({"kind":"rules","signals":[{"id":"game","pattern":"\\bfantasy league\\b"}],"findings":[]})";
  auto files_with = [&](const std::string& model) {
    auto files = pack(model);
    files.push_back({"games.json", game});
    return files;
  };
  const std::string about_game = "Honestly my fantasy league side is useless and hopeless this week.";
  const std::string about_rota = "Honestly the new rota is useless and hopeless this week.";
  // Without quiet_with the words alone raise it.
  CHECK(rules_of(engine_of(files_with(model_file())).analyze(about_game, {}, {})) ==
        std::vector<std::string>{"colleagues.model"});
  const auto quiet = engine_of(files_with(model_file("64 48 -96 -120", R"("quiet_with":["game"],)")));
  CHECK(quiet.analyze(about_game, {}, {}).warnings.empty());
  CHECK(rules_of(quiet.analyze(about_rota, {}, {})) == std::vector<std::string>{"colleagues.model"});
  // A rule's own warning is not the model's to silence.
  CHECK(rules_of(quiet.analyze("The fantasy league registrar is useless.", {}, {})) ==
        std::vector<std::string>{"colleagues.test"});

  auto error_with = [&](const std::string& extra) {
    auto result = load_rule_pack(files_with(model_file("64 48 -96 -120", extra)));
    REQUIRE(std::holds_alternative<LoadError>(result));
    return std::get<LoadError>(result).message;
  };
  CHECK_THAT(error_with(R"("quiet_with":["nope"],)"), Catch::Contains("unknown signal in quiet_with: \"nope\""));
  CHECK_THAT(error_with(R"("quiet_with":[],)"), Catch::Contains("at least one signal"));
  CHECK_THAT(error_with(R"("quiet_with":"game",)"), Catch::Contains("quiet_with"));
}
