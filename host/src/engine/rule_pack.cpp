#include "engine/rule_pack.hpp"

#include "engine/model_file.hpp"
#include "engine/pack_json.hpp"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <future>
#include <nlohmann/json.hpp>
#include <initializer_list>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>

namespace secondthought {
namespace {

using nlohmann::json;

char32_t single_code_point(const std::string& s, const std::string& file) {
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                  static_cast<utf8proc_ssize_t>(s.size()), &cp);
  if (n <= 0 || static_cast<std::size_t>(n) != s.size())
    pack_fail(file, "", "fold entries must map one character to one character: \"" + s + "\"");
  return static_cast<char32_t>(cp);
}

// "patrick" -> "PATRICK": ASCII letters only, as the folded text holds them.
std::string lower_to_upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return s;
}

// A literal phrase as a regular expression: spaces match any run of spaces and
// punctuation ("Every. Single. Time."), hyphens are optional, and leet lexicons
// accept look-alike digits and symbols.
std::string term_regex(const std::string& term, bool leet) {
  std::string out;
  for (char c : term) {
    const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (c == ' ') {
      out += "[\\s.,!:;]+";
    } else if (c == '-') {
      out += "[-\\s]?";
    } else if (const auto spellings = leet ? leet_spellings(lower) : std::string_view(); !spellings.empty()) {
      out += '[';
      out += spellings;
      out += ']';
    } else {
      out += RE2::QuoteMeta(std::string(1, c));
    }
  }
  return out;
}

void read_fold(const json& j, const std::string& file, RulePack& pack) {
  for (const auto& [from, to] : get_object(j, "map", file, "").items()) {
    if (!to.is_string()) pack_fail(file, "", "fold targets must be strings");
    pack.fold.chars[single_code_point(from, file)] = single_code_point(to.get<std::string>(), file);
  }
}

// Short forms are whole words: lower-case letters and digits, written out in full.
void read_short_forms(const json& j, const std::string& file, RulePack& pack) {
  for (const auto& [from, to] : get_object(j, "words", file, "").items()) {
    const bool word = !from.empty() && std::all_of(from.begin(), from.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    });
    if (!word) pack_fail(file, from, "a short form is one lower-case word of letters and digits");
    if (!to.is_string() || to.get<std::string>().empty()) pack_fail(file, from, "a short form needs its full text");
    if (pack.fold.words.count(from)) pack_fail(file, from, "short form defined twice");
    pack.fold.words[from] = to.get<std::string>();
  }
}

bool lower_letters(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Familiar forms of first names: lower-case letters on both sides, at least one
// form per name, a name given twice is an error.
void read_familiar_names(const json& j, const std::string& file, RulePack& pack) {
  for (const auto& [name, forms] : get_object(j, "names", file, "").items()) {
    if (!lower_letters(name)) pack_fail(file, name, "a name is one lower-case word of letters");
    if (!forms.is_array() || forms.empty()) pack_fail(file, name, "a name needs a list of familiar forms");
    if (pack.familiar_names.count(name)) pack_fail(file, name, "name defined twice");
    auto& list = pack.familiar_names[name];
    for (const auto& form : forms) {
      if (!form.is_string() || !lower_letters(form.get<std::string>()))
        pack_fail(file, name, "a familiar form is one lower-case word of letters");
      list.push_back(form.get<std::string>());
    }
  }
}

void read_lexicons(const json& j, const std::string& file, RulePack& pack) {
  for (const auto& [name, body] : get_object(j, "lexicons", file, "").items()) {
    if (pack.lexicons.count(name)) pack_fail(file, name, "lexicon defined twice");
    if (!body.is_object()) pack_fail(file, name, "a lexicon is an object with \"terms\"");
    check_keys(body, {"description", "terms", "leet", "upper"}, file, name);
    Lexicon lex;
    lex.terms = get_strings(body, "terms", file, name);
    if (lex.terms.empty()) pack_fail(file, name, "a lexicon needs at least one term");
    if (body.contains("leet")) {
      if (!body.at("leet").is_boolean()) pack_fail(file, name, "\"leet\" must be true or false");
      lex.leet = body.at("leet").get<bool>();
    }
    if (body.contains("upper")) {
      if (!body.at("upper").is_boolean()) pack_fail(file, name, "\"upper\" must be true or false");
      lex.upper = body.at("upper").get<bool>();
    }
    pack.lexicons.emplace(name, std::move(lex));
  }
}

GuidanceRef read_ref(const json& j, const std::string& file, const std::string& rule) {
  return GuidanceRef{get_string(j, "source", file, rule), get_string(j, "title", file, rule),
                     get_string(j, "paragraph", file, rule), get_string(j, "url", file, rule)};
}

void read_profiles(const json& j, const std::string& file, RulePack& pack) {
  if (!j.contains("profiles") || !j.at("profiles").is_array()) pack_fail(file, "", "\"profiles\" must be an array");
  for (const auto& p : j.at("profiles")) {
    Profile profile;
    profile.id = get_string(p, "id", file, "");
    profile.regulator = get_string(p, "regulator", file, profile.id);
    profile.role = get_string(p, "role", file, profile.id);
    if (!p.contains("guidance") || !p.at("guidance").is_object())
      pack_fail(file, profile.id, "\"guidance\" must be an object of key -> references");
    for (const auto& [key, refs] : p.at("guidance").items()) {
      if (!refs.is_array() || refs.empty()) pack_fail(file, profile.id, "guidance \"" + key + "\" needs references");
      for (const auto& r : refs) profile.guidance[key].push_back(read_ref(r, file, profile.id + "/" + key));
    }
    pack.profiles.push_back(std::move(profile));
  }
}

void read_signal(const json& j, const std::string& file, RulePack& pack) {
  Signal s;
  s.id = get_string(j, "id", file, "");
  s.file = file;
  check_keys(j, {"id", "description", "pattern", "case", "validate", "except", "first_word_in", "words_in", "sharpens"},
             file, s.id);
  s.words_in = get_string(j, "words_in", file, s.id, false);
  if (s.words_in.empty()) s.pattern = get_string(j, "pattern", file, s.id);
  else if (j.contains("pattern")) pack_fail(file, s.id, "a signal has a \"pattern\" or \"words_in\", not both");
  else if (j.contains("case") || j.contains("validate") || j.contains("first_word_in"))
    pack_fail(file, s.id, "\"words_in\" takes no \"case\", \"validate\" or \"first_word_in\"");
  if (j.contains("case")) {
    const auto c = get_string(j, "case", file, s.id);
    if (c != "sensitive" && c != "insensitive") pack_fail(file, s.id, "\"case\" is sensitive or insensitive");
    s.case_sensitive = c == "sensitive";
  }
  if (j.contains("validate")) {
    const auto name = get_string(j, "validate", file, s.id);
    s.validator = find_validator(name);
    if (!s.validator) pack_fail(file, s.id, "unknown validator \"" + name + "\"");
  }
  s.except = get_strings(j, "except", file, s.id);
  s.first_word_in = get_string(j, "first_word_in", file, s.id, false);
  if (j.contains("sharpens")) {
    if (!j.at("sharpens").is_boolean()) pack_fail(file, s.id, "\"sharpens\" must be true or false");
    s.sharpens = j.at("sharpens").get<bool>();
  }
  pack.signals.push_back(std::move(s));
}

void read_finding(const json& j, const std::string& file, RulePack& pack) {
  Finding f;
  f.id = get_string(j, "id", file, "");
  check_keys(j, {"id", "description", "category", "severity", "anchor", "all", "any", "none", "none_in_draft", "include", "after",
                 "yield_to", "predicate", "score", "within", "none_within", "highlight", "title", "message", "advice",
                 "guidance"},
             file, f.id);
  f.file = file;
  f.category = get_string(j, "category", file, f.id);
  f.severity = parse_severity(get_string(j, "severity", file, f.id), file, f.id);
  if (j.contains("anchor") && j.at("anchor").is_string()) f.anchor = {j.at("anchor").get<std::string>()};
  else f.anchor = get_strings(j, "anchor", file, f.id);
  f.all = get_strings(j, "all", file, f.id);
  f.any = get_strings(j, "any", file, f.id);
  f.none = get_strings(j, "none", file, f.id);
  f.none_in_draft = get_strings(j, "none_in_draft", file, f.id);
  f.include = get_strings(j, "include", file, f.id);
  f.after = get_strings(j, "after", file, f.id);
  f.yield_to = get_strings(j, "yield_to", file, f.id);
  f.predicate = get_string(j, "predicate", file, f.id, false);
  f.within = get_int(j, "within", 100, file, f.id);
  f.none_within = get_int(j, "none_within", f.within, file, f.id);
  f.shade_sentence = shades_sentence(j, file, f.id);
  f.title = get_string(j, "title", file, f.id);
  f.message = get_string(j, "message", file, f.id);
  f.advice = get_string(j, "advice", file, f.id);
  f.guidance = get_string(j, "guidance", file, f.id);
  if (j.contains("score")) {
    const auto& s = j.at("score");
    check_keys(s, {"weights", "threshold"}, file, f.id);
    ScoreSpec spec;
    if (!s.contains("weights") || !s.at("weights").is_object()) pack_fail(file, f.id, "score needs \"weights\"");
    for (const auto& [k, v] : s.at("weights").items()) {
      if (!v.is_number_integer()) pack_fail(file, f.id, "score weights are integers");
      spec.weights[k] = v.get<int>();
    }
    if (!s.contains("threshold") || !s.at("threshold").is_object()) pack_fail(file, f.id, "score needs \"threshold\"");
    const auto& t = s.at("threshold");
    check_keys(t, {"strict", "balanced", "relaxed"}, file, f.id);
    spec.threshold = {get_int(t, "strict", 2, file, f.id), get_int(t, "balanced", 3, file, f.id),
                      get_int(t, "relaxed", 4, file, f.id)};
    f.score = std::move(spec);
  }
  pack.findings.push_back(std::move(f));
}

ModelFile model_of(const json& j, const std::string& file) {
  auto read = read_model_file(j, file);
  if (auto* error = std::get_if<LoadError>(&read)) throw PackError{*error};
  return std::move(std::get<ModelFile>(read));
}

void add_model(ModelFile loaded, const std::string& file, RulePack& pack) {
  if (!pack.model.empty()) pack_fail(file, "", "a second model file; the pack has one model");
  pack.model = std::move(loaded.model);
  pack.model_findings = std::move(loaded.findings);
}

void read_model(const json& j, const std::string& file, RulePack& pack) { add_model(model_of(j, file), file, pack); }

void read_rules(const json& j, const std::string& file, RulePack& pack) {
  if (j.contains("signals")) {
    if (!j.at("signals").is_array()) pack_fail(file, "", "\"signals\" must be an array");
    for (const auto& s : j.at("signals")) read_signal(s, file, pack);
  }
  if (j.contains("findings")) {
    if (!j.at("findings").is_array()) pack_fail(file, "", "\"findings\" must be an array");
    for (const auto& f : j.at("findings")) read_finding(f, file, pack);
  }
}

// A term that begins (or ends) with a character that is not a word character
// can never match where the pattern puts \b before (or after) the lexicon:
// \b'disabled'\b would need a letter touching the quote. Such a term is dead
// data, so it is a load error rather than a silent miss.
void check_bounded_terms(const Signal& s, const std::string& name, const Lexicon& lex, bool left, bool right) {
  for (const auto& t : lex.ordered) {
    if (t.empty()) continue;
    const bool dead_left = left && !re2_word_char(t.front()) && t.front() != '-';
    const bool dead_right = right && !re2_word_char(t.back()) && t.back() != '-';
    if (dead_left || dead_right)
      pack_fail(s.file, s.id, "the term \"" + t + "\" of {" + name + "} can never match: it " +
                                  (dead_left ? "begins" : "ends") +
                                  " with a character that is not a letter, digit or _, next to the pattern's \\b");
  }
}

// Whether the pattern puts \b just before `open` ("\b{x}", "\b(?:{x}") and just
// after `close` ("{x}\b", "{x})\b").
std::pair<bool, bool> word_bounds(const std::string& pattern, std::size_t open, std::size_t close) {
  auto before = std::string_view(pattern).substr(0, open);
  if (before.ends_with("(?:")) before.remove_suffix(3);
  auto after = std::string_view(pattern).substr(close + 1);
  if (after.starts_with(")")) after.remove_prefix(1);
  return {before.ends_with("\\b"), after.starts_with("\\b")};
}

// Replaces every {name} with the lexicon's alternation.
std::string expand(const std::string& pattern, const RulePack& pack, const Signal& s) {
  std::string out;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const auto open = pattern.find('{', pos);
    if (open == std::string::npos) break;
    const auto close = pattern.find('}', open);
    const auto name = close == std::string::npos ? std::string() : pattern.substr(open + 1, close - open - 1);
    const bool is_lexicon_ref = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || c == '_';
    });
    if (!is_lexicon_ref) {
      const bool repetition = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == ',';
      });
      // {1,3} is a repetition; {Names} or {names2} would silently match literally.
      if (close != std::string::npos && !repetition && !name.empty())
        pack_fail(s.file, s.id, "lexicon names are lower-case letters and _: {" + name + "}");
      out.append(pattern, pos, open + 1 - pos);
      pos = open + 1;
      continue;
    }
    const auto it = pack.lexicons.find(name);
    if (it == pack.lexicons.end()) pack_fail(s.file, s.id, "unknown lexicon {" + name + "}");
    const auto [left, right] = word_bounds(pattern, open, close);
    check_bounded_terms(s, name, it->second, left, right);
    out.append(pattern, pos, open - pos);
    out += it->second.alternation;
    pos = close + 1;
  }
  out.append(pattern, pos, std::string::npos);
  return out;
}

// Each lexicon becomes one alternation, once: terms folded like the text they
// are matched against ("Barré" -> "Barre"), longest first so that leftmost-first
// matching prefers "nurse in charge" over "nurse".
// Only lexicons that a pattern splices in need an alternation; vocabularies used
// through `words_in` or `first_word_in` alone are never turned into one.
void build_alternations(RulePack& pack) {
  for (auto& [name, lex] : pack.lexicons) {
    const auto ref = "{" + name + "}";
    if (std::none_of(pack.signals.begin(), pack.signals.end(),
                     [&](const Signal& s) { return s.pattern.find(ref) != std::string::npos; }))
      continue;
    std::vector<std::string> terms;
    for (const auto& t : lex.terms) {
      terms.push_back(NormalizedText::build(t, pack.fold).text());
      if (lex.upper) {
        auto caps = lower_to_upper(terms.back());
        if (caps != terms.back()) terms.push_back(std::move(caps));
      }
    }
    std::stable_sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    lex.alternation = "(?:";
    for (std::size_t i = 0; i < terms.size(); ++i) {
      if (i) lex.alternation += '|';
      lex.alternation += term_regex(terms[i], lex.leet);
    }
    lex.alternation += ')';
    lex.ordered = std::move(terms);
  }
}

// "\\b{conditions}\\b|more": the first alternative goes to a PhraseFinder of
// the lexicon's terms, which costs a fraction of what RE2 needs to compile
// and keep the alternation; the rest stays a pattern.
void take_lead_lexicon(Signal& s, const RulePack& pack) {
  constexpr std::string_view open = "\\b{", close = "}\\b";
  if (!s.pattern.starts_with(open)) return;
  const auto end = s.pattern.find(close);
  if (end == std::string::npos) return;
  const auto rest = end + close.size();
  if (rest != s.pattern.size() && s.pattern[rest] != '|') return;
  const auto it = pack.lexicons.find(s.pattern.substr(open.size(), end - open.size()));
  if (it == pack.lexicons.end() || it->second.ordered.empty()) return;
  check_bounded_terms(s, it->first, it->second, true, true);
  s.lead = std::make_shared<PhraseFinder>(it->second.ordered, it->second.leet, !s.case_sensitive);
  s.lead_lexicon = it->first;
  s.pattern.erase(0, rest == s.pattern.size() ? rest : rest + 1);
}

// How a vocabulary's terms are stored: `first_word_in` compares a word as written;
// `words_in` looks a draft's word up without its possessive, so its terms drop
// theirs too ("Crohn's" is stored as "Crohn").
enum class TermForm { as_written, without_possessive };

// A lexicon's terms, folded like the text, as a set for whole-word lookups.
std::shared_ptr<const std::unordered_set<std::string>> word_set(const RulePack& pack, const Signal& s,
                                                                const std::string& name, const char* key,
                                                                TermForm form) {
  const auto it = pack.lexicons.find(name);
  if (it == pack.lexicons.end()) pack_fail(s.file, s.id, std::string("unknown lexicon in ") + key + ": \"" + name + "\"");
  auto words = std::make_shared<std::unordered_set<std::string>>();
  for (const auto& t : it->second.terms) {
    auto folded = NormalizedText::build(t, pack.fold).text();
    if (form == TermForm::without_possessive && folded.size() > 2 && folded.ends_with("'s"))
      folded.resize(folded.size() - 2);
    if (it->second.upper) words->insert(lower_to_upper(folded));
    words->insert(std::move(folded));
  }
  return words;
}

// Every profile must say which guidance a finding's warning cites.
void check_guidance(const RulePack& pack, const Finding& f) {
  for (const auto& p : pack.profiles)
    if (!p.guidance.count(f.guidance))
      pack_fail(f.file, f.id, "profile \"" + p.id + "\" has no guidance \"" + f.guidance + "\"");
}

// The model's categories, the findings it may withdraw and its own warnings'
// guidance must all exist; its warnings' ids are findings' ids too.
void check_model(const RulePack& pack, std::set<std::string>& finding_ids) {
  const auto& cats = categories();
  for (const auto& c : pack.model.categories()) {
    const auto& f = *c.finding;
    if (std::find(cats.begin(), cats.end(), c.category) == cats.end())
      pack_fail(f.file, c.category, "unknown category \"" + c.category + "\"");
    for (const auto& other : c.with)
      if (std::find(cats.begin(), cats.end(), other) == cats.end())
        pack_fail(f.file, c.category, "unknown category in with: \"" + other + "\"");
    auto check_signals = [&](const std::vector<std::string>& ids, const std::string& key) {
      for (const auto& id : ids)
        if (std::none_of(pack.signals.begin(), pack.signals.end(), [&](const Signal& s) { return s.id == id; }))
          pack_fail(f.file, c.category, "unknown signal in " + key + ": \"" + id + "\"");
    };
    check_signals(c.target_signals, "with_target");
    check_signals(c.quiet_signals, "quiet_with");
    for (const auto& id : c.withdraws) {
      const auto it = std::find_if(pack.findings.begin(), pack.findings.end(), [&](const Finding& x) { return x.id == id; });
      if (it == pack.findings.end()) pack_fail(f.file, c.category, "unknown finding in withdraws: \"" + id + "\"");
      if (it->category != c.category) pack_fail(f.file, c.category, "\"" + id + "\" is not a " + c.category + " finding");
    }
    if (!finding_ids.insert(f.id).second) pack_fail(f.file, f.id, "finding defined twice");
    check_guidance(pack, f);
  }
}

// Every reference between rules, lexicons and profiles; returns the findings'
// ids, which the model's own findings must not repeat (check_model).
std::set<std::string> check_references(RulePack& pack) {
  build_alternations(pack);
  std::set<std::string> signal_ids;
  for (auto& s : pack.signals) {
    if (!signal_ids.insert(s.id).second) pack_fail(s.file, s.id, "signal defined twice");
    if (!s.words_in.empty()) continue;
    take_lead_lexicon(s, pack);
    s.pattern = expand(s.pattern, pack, s);  // compiled (and so checked) once, by the Matcher
  }
  for (auto& s : pack.signals) {
    if (!s.first_word_in.empty()) s.first_words = word_set(pack, s, s.first_word_in, "first_word_in", TermForm::as_written);
    if (!s.words_in.empty()) s.words = word_set(pack, s, s.words_in, "words_in", TermForm::without_possessive);
  }
  for (const auto& s : pack.signals)
    for (const auto& e : s.except)
      if (!signal_ids.count(e)) pack_fail(s.file, s.id, "unknown signal in except: \"" + e + "\"");
  const auto& cats = categories();
  std::set<std::string> finding_ids;
  for (const auto& f : pack.findings) {
    if (!finding_ids.insert(f.id).second) pack_fail(f.file, f.id, "finding defined twice");
    if (std::find(cats.begin(), cats.end(), f.category) == cats.end())
      pack_fail(f.file, f.id, "unknown category \"" + f.category + "\"");
    auto check_signal = [&](const std::string& id) {
      if (!signal_ids.count(id)) pack_fail(f.file, f.id, "unknown signal \"" + id + "\"");
    };
    for (const auto* list : {&f.anchor, &f.all, &f.any, &f.none, &f.none_in_draft, &f.include})
      std::for_each(list->begin(), list->end(), check_signal);
    if (f.score) for (const auto& [id, w] : f.score->weights) check_signal(id);
    for (const auto* list : {&f.after, &f.yield_to})
    for (const auto& c : *list)
      if (std::find(cats.begin(), cats.end(), c) == cats.end()) pack_fail(f.file, f.id, "unknown category \"" + c + "\"");
    if (!f.predicate.empty() && std::find(kPredicates.begin(), kPredicates.end(), f.predicate) == kPredicates.end())
      pack_fail(f.file, f.id, "unknown predicate \"" + f.predicate + "\"");
    check_guidance(pack, f);
  }
  if (pack.profiles.empty()) pack_fail("profiles", "", "no profiles defined");
  return finding_ids;
}

json parse_file(const SourceFile& file) {
  try {
    auto j = json::parse(file.text);
    if (!j.is_object()) pack_fail(file.name, "", "a rule file is a JSON object");
    return j;
  } catch (const json::parse_error& e) {
    pack_fail(file.name, "", std::string("not valid JSON (byte ") + std::to_string(e.byte) + ")");
  }
}

void read_file(const json& j, const std::string& name, RulePack& pack) {
  const auto kind = get_string(j, "kind", name, "");
  if (kind == "fold") read_fold(j, name, pack);
  else if (kind == "lexicons") read_lexicons(j, name, pack);
  else if (kind == "short_forms") read_short_forms(j, name, pack);
  else if (kind == "familiar_names") read_familiar_names(j, name, pack);
  else if (kind == "profiles") read_profiles(j, name, pack);
  else if (kind == "rules") read_rules(j, name, pack);
  else if (kind == "model") read_model(j, name, pack);
  else pack_fail(name, "", "unknown kind \"" + kind + "\"");
}

// A file this large (the model's weights, in the built-in pack) is parsed and
// read on a thread of its own while the rest are read and checked: it is about
// half of loading, and a model depends on no other file.
constexpr std::size_t kOwnThreadBytes = 256 * 1024;

bool is_model(const json& j) {
  const auto it = j.find("kind");
  return it != j.end() && it->is_string() && *it == "model";
}

RulePack read_in_order(const std::vector<SourceFile>& files) {
  RulePack pack;
  for (const auto& file : files) read_file(parse_file(file), file.name, pack);
  auto finding_ids = check_references(pack);
  check_model(pack, finding_ids);
  return pack;
}

}  // namespace

std::variant<RulePack, LoadError> load_rule_pack(const std::vector<SourceFile>& files) {
  try {
    std::size_t largest = files.size();
    for (std::size_t i = 0; i < files.size(); ++i)
      if (files[i].text.size() >= kOwnThreadBytes &&
          (largest == files.size() || files[i].text.size() > files[largest].text.size()))
        largest = i;
    if (largest == files.size()) return read_in_order(files);
    // The large file, read on its own when it is a model.
    std::future<std::optional<ModelFile>> apart;
    try {
      apart = std::async(std::launch::async, [&file = files[largest]] {
        std::optional<ModelFile> model;
        auto j = parse_file(file);
        if (is_model(j)) model = model_of(j, file.name);
        return model;
      });
    } catch (const std::system_error&) {
      return read_in_order(files);  // no thread to be had
    }
    RulePack pack;
    for (std::size_t i = 0; i < files.size(); ++i)
      if (i != largest) read_file(parse_file(files[i]), files[i].name, pack);
    auto finding_ids = check_references(pack);
    auto model = apart.get();
    // Any other kind of file must be read in its place: start again in order.
    if (!model) return read_in_order(files);
    add_model(std::move(*model), files[largest].name, pack);
    check_model(pack, finding_ids);
    return pack;
  } catch (const PackError& e) {
    return e.error;
  }
}

}  // namespace secondthought
