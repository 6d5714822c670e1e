// A linear model of the whole draft, trained on the project's own labelled
// posts (tools/train_model.py, never the scorer's corpus), read as data from
// rules/model.json.
//
// Rules find what they were written for and little else: drafts phrased in a
// way no rule foresaw slip past them, and ordinary drafts that happen to hold a
// rule's words warn. The model reads every word and pair of words at once, so
// per category it can (a) raise a warning the rules missed, quoting the words
// that weighed most, and (b) withdraw a contextual warning (a jigsaw score, a
// remark about a colleague) from a draft it rates as clearly not of that kind.
// Direct identifiers are never withdrawn: a pack names the findings it may withdraw.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/hash_index.hpp"
#include "engine/occurrence.hpp"

namespace secondthought {

struct Finding;

// A feature of a draft and where it is: "u:word" for a word, "b:one two" for
// two words in a row, "surface:reply" for where it is written (no span). The
// site is left out: the labelled posts are mostly from one site, and a model
// that learnt the site would judge the same words differently elsewhere.
// Features are known by a hash of their name: a long draft has tens of
// thousands, and none needs its text.
struct ModelFeature {
  std::uint64_t hash = 0;
  Occurrence span;
  bool word = false;      // a "u:" feature
  bool quotable = false;  // holds a letter or digit: fit to quote as evidence
};

// The features of a folded, lower-cased draft (lower_same_length of
// NormalizedText::text()). A word is a run of ASCII letters and digits, with an
// apostrophe and letters after it ("don't"); "#tag" and "@name" are words too;
// every other character that is not a space is a word of its own ("!", an emoji).
// `surface` empty means "post".
std::vector<ModelFeature> model_features(std::string_view lowered, std::string_view surface);

// The same features by name, in the same order (tools/model_features, for training).
std::vector<std::string> model_feature_names(std::string_view lowered, std::string_view surface);

// The hash a feature's name is known by.
std::uint64_t model_feature_hash(std::string_view name);

// How many words (letters or digits) `features` holds.
std::size_t word_count(const std::vector<ModelFeature>& features);

// One category's part of the model.
struct ModelCategory {
  std::string category;
  double bias = 0;
  std::array<double, 3> warn_at{};         // strict, balanced, relaxed: raise a warning at this probability
  std::array<double, 3> withdraw_below{};  // withdraw a finding of `withdraws` below this probability
  std::vector<std::string> withdraws;      // finding ids
  std::vector<std::string> with;           // when not empty: raised only alongside one of these categories
  // Drafts of `long_min_words` or more are also raised from `warn_long_at`: a
  // lower level that would misread a short draft, whose probability rests on a
  // handful of words, is safe once there are enough of them.
  std::array<double, 3> warn_long_at{2, 2, 2};  // never, unless the model file says
  std::size_t long_min_words = 0;
  // When one of these signals occurs (who a remark is about: a colleague, patients,
  // a group), the category is raised from `warn_with_target_at` on (drafts of
  // `target_min_words` or more): the rules have found the target, the model
  // reads the tone. A lower level needs more words to read: on a short draft the
  // model's probability is a handful of words' weights.
  std::vector<std::string> target_signals;
  std::array<double, 3> warn_with_target_at{2, 2, 2};  // never, unless the model file says
  std::size_t target_min_words = 0;                    // at least the model's min_words
  // When one of these signals occurs anywhere in the draft, the model raises
  // nothing for the category (it still withdraws): the rules know the draft is
  // about something its words only resemble, such as the author's own family, a
  // patient who asked for the story to be shared, or a car "declared" dead.
  std::vector<std::string> quiet_signals;
  const Finding* finding = nullptr;        // the warning it raises; owned by RulePack::model_findings
};

// A sentence counts for a category when the weights of the features it holds
// (each feature where it first occurs) add up to this, in log-odds.
inline constexpr double kSentenceWeight = 0.5;
// A warning shades at most this many of those sentences beyond the ones holding its evidence.
inline constexpr std::size_t kMoreSentences = 3;

class TextModel {
 public:
  TextModel() = default;
  // `weights` holds, for each feature in turn, one weight per category (in
  // `categories` order), in units of 1/scale. Pre-condition:
  // weights.size() == features.size() * categories.size().
  // Features are indexed by HashIndex::key of their hash; if two share a key,
  // clash() names them and the model must not be used.
  // `not_evidence`: words ("our", "was") that still count but are never quoted
  // as evidence, alone or paired with one another: a warning that says it
  // found "our" and "was" explains nothing.
  TextModel(const std::vector<std::string_view>& features, const std::vector<std::int8_t>& weights, double scale,
            std::vector<ModelCategory> categories, std::size_t min_words,
            const std::vector<std::string_view>& not_evidence = {});

  bool empty() const { return categories_.empty(); }

  // The positions in `features` of two features the index cannot tell apart
  // (a duplicate, or a 44-bit hash collision), or nothing.
  const std::optional<std::pair<std::size_t, std::size_t>>& clash() const { return clash_; }
  const std::vector<ModelCategory>& categories() const { return categories_; }

  // A draft of fewer words than this is too short to judge as a whole: the
  // model raises nothing on it (it may still withdraw).
  std::size_t min_words() const { return min_words_; }

  struct Verdict {
    double probability = 0;
    // The words that counted most for the category, strongest first (at most three).
    std::vector<Occurrence> evidence;
    // The sentences whose features add up to kSentenceWeight or more for the
    // category, heaviest first: the rest of a remark spread over several
    // sentences, which a warning shades beside its evidence.
    std::vector<Occurrence> sentences;
  };
  // One verdict per category, in categories() order. Each feature counts once;
  // the evidence is quotable features that are not `not_evidence` words.
  // Given the text the features were taken from, each verdict also lists the
  // sentences that weigh for the category by themselves (see kSentenceWeight).
  std::vector<Verdict> judge(const std::vector<ModelFeature>& features, std::string_view text = {}) const;

 private:
  HashIndex index_;                    // of the feature names' hashes
  std::vector<std::int8_t> weights_;   // row k: the weights of index_'s entry k
  std::optional<std::pair<std::size_t, std::size_t>> clash_;
  std::vector<std::uint64_t> unquoted_;  // sorted hashes of the not_evidence words and their pairs
  double scale_ = 1;
  std::size_t min_words_ = 0;
  std::vector<ModelCategory> categories_;
};

}  // namespace secondthought
