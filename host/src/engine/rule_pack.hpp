// Rule packs as data: the in-memory model of host/rules/*.json, and its loader.
// docs/rules.md describes the file format; this header is its contract.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <unordered_set>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/normalized_text.hpp"
#include "engine/phrase_finder.hpp"
#include "engine/text_model.hpp"
#include "engine/validators.hpp"
#include "secondthought/engine.hpp"

namespace secondthought {

// A named list of literal phrases, spliced into signal patterns as {name}.
struct Lexicon {
  std::vector<std::string> terms;
  bool leet = false;   // also match digit/symbol spellings ("junk13s", "f*ck")
  bool upper = false;  // also match each term written in capitals ("PATRICK")
  std::string alternation;  // the terms as one regular expression, built at load
  std::vector<std::string> ordered;  // the terms folded, in the alternation's order
};

// One regular expression whose matches are evidence ("an age with sex", "a
// staff role"). Matches on the folded text; case-insensitive unless said.
struct Signal {
  std::string id;
  std::string pattern;  // after lexicon expansion; RE2 syntax. The engine empties it once compiled.
  // A pattern written as "\\b{lexicon}\\b|rest" loses its first alternative to
  // this finder of the same terms (engine/phrase_finder.hpp), matched before
  // `pattern`'s alternatives as if it were the first; `pattern` keeps "rest",
  // or is empty when there is none.
  std::shared_ptr<const PhraseFinder> lead;
  std::string lead_lexicon;  // the lexicon `lead` finds, by name
  bool case_sensitive = false;
  std::optional<Validator> validator;  // applied to the (?P<span>...) group or the whole match
  bool sharpens = false;  // its presence anywhere makes scored findings one level stricter
  std::vector<std::string> except;  // an occurrence overlapping one of these signals' is dropped
  // When set, the span's first word must be one of this lexicon's terms (a set
  // lookup): "Brenda, 71" without splicing a thousand names into the pattern.
  std::string first_word_in;
  std::shared_ptr<const std::unordered_set<std::string>> first_words;
  // When set instead of a pattern, every word of the draft that is one of this
  // lexicon's single-word terms is an occurrence (a set lookup per word, no
  // regular expression): large vocabularies cost no start-up time.
  std::string words_in;
  std::shared_ptr<const std::unordered_set<std::string>> words;
  std::string file;
};

struct ScoreSpec {
  std::map<std::string, int> weights;  // signal id -> weight; each signal counts once
  std::array<int, 3> threshold{2, 3, 4};  // strict, balanced, relaxed
};

// How signals combine into a warning. Every occurrence of an `anchor` signal (or
// the whole text when there is none) opens a window of `within` characters either side.
struct Finding {
  std::string id, category, file;
  Severity severity = Severity::medium;
  std::vector<std::string> anchor;     // signal ids; empty: the whole text
  std::vector<std::string> all;        // each must occur in the window
  std::vector<std::string> any;        // at least one must occur in the window
  std::vector<std::string> none;       // none may occur in the none-window
  // None may occur anywhere in the draft: what is said once for the whole post
  // ("shared with her permission") wherever it stands.
  std::vector<std::string> none_in_draft;
  std::vector<std::string> include;    // occurrences in the window are added to spans
  std::vector<std::string> after;      // categories that must already have warned
  std::vector<std::string> yield_to;   // an anchor that is evidence of these categories' warnings is skipped
  std::string predicate;               // named check in code, e.g. "anonymous_account"
  std::optional<ScoreSpec> score;
  int within = 100;
  int none_within = 100;
  // "sentence": the rest of each sentence holding evidence is shaded as context
  // (a remark is the whole sentence); "evidence" (the default): only the evidence.
  bool shade_sentence = false;
  std::string title, message, advice, guidance;  // guidance: key into the profile's table
};

// The named checks a finding's `predicate` may use; the engine supplies their
// values per draft (engine.cpp, term_finder.cpp for "watch_term").
inline constexpr std::array<std::string_view, 5> kPredicates = {"anonymous_account", "addressed_reply", "public_reply",
                                                                "public_surface", "watch_term"};

struct Profile {
  std::string id, regulator, role;  // role: "doctor", "nurse or midwife", ...
  std::map<std::string, std::vector<GuidanceRef>> guidance;
};

// Formal first name -> what friends call its bearer ("thomas" -> "tom", "tommy"):
// rules/familiar_names.json, for the anonymity check. All lower-case letters.
using FamiliarNames = std::map<std::string, std::vector<std::string>>;

struct RulePack {
  FoldTable fold;
  FamiliarNames familiar_names;
  std::map<std::string, Lexicon> lexicons;
  std::vector<Signal> signals;
  std::vector<Finding> findings;
  std::vector<Profile> profiles;  // default first
  // The trained model (rules/model.json; empty without one) and the warnings it
  // raises, one per category, apart from `findings`: they have no signals.
  TextModel model;
  std::vector<std::shared_ptr<const Finding>> model_findings;
};

struct SourceFile {
  std::string name;
  std::string text;
};

// Parses and validates every file together: unknown lexicons, signals, validators,
// categories or guidance keys and duplicate ids are errors naming the file and
// rule. Patterns come back expanded but not compiled: Matcher::compile checks them.
std::variant<RulePack, LoadError> load_rule_pack(const std::vector<SourceFile>& files);

}  // namespace secondthought
