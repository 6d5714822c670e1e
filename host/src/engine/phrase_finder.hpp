// Finds a lexicon's terms in a draft without a regular expression.
//
// A signal whose pattern begins with the alternative \b{lexicon}\b used to
// splice hundreds of terms into its RE2 program; compiling those alternations
// was about a fifth of start-up and of the compiled programs' memory
// (docs/performance.md). A trie of the same terms finds the same matches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace secondthought {

// The characters a leet lexicon also accepts for a lower-case letter ("a" ->
// "a4@*"), or nothing: shared with the lexicon alternations (rule_pack.cpp).
std::string_view leet_spellings(char lower);

// Whether RE2's \b counts `c` as a word character (ASCII letters, digits and '_'):
// shared with the rule packs' check for lexicon terms that \b keeps from matching.
bool re2_word_char(char c);

class PhraseFinder {
 public:
  // `terms` in the order the lexicon's alternation lists them (longest first),
  // folded like the text. Each term means what term_regex (rule_pack.cpp) makes
  // of it: a space matches a run of whitespace and . , ! : ; — a hyphen is
  // optional or a whitespace character — and, when `leet`, the letters a e i o u s t
  // also match their look-alike digits and symbols. `lowered`: the terms are
  // lower-cased and the finder is given the lower-cased draft (engine/lowercase.hpp).
  PhraseFinder(const std::vector<std::string>& terms, bool leet, bool lowered);

  struct Match {
    std::size_t begin = 0, end = 0;
  };
  // The match RE2 would return for \b(?:t1|t2|...)\b searching `text` from
  // `pos`: the earliest start; there, the first term in order that matches with
  // a word boundary at both ends; within that term, the longest choice at each
  // space run and optional hyphen, as RE2's leftmost-first order prefers.
  // Pre-condition: pos <= text.size(); `text` lower-cased if `lowered`.
  std::optional<Match> find(std::string_view text, std::size_t pos) const;

  bool lowered() const { return lowered_; }

 private:
  // One step of a term: a set of bytes taken once, one or more times, or at most once.
  enum class Repeat : std::uint8_t { once, one_or_more, optional };
  struct Step {
    Repeat repeat = Repeat::once;
    std::string bytes;  // sorted
    bool operator==(const Step&) const = default;
  };
  // The trie, flattened once built: a node's edges are edges_[first_edge,
  // first_edge + edge_count), the first `literal_count` of them single bytes
  // taken once, sorted by byte, so a step is found by binary search.
  struct Node {
    std::uint32_t first_edge = 0;
    std::uint16_t literal_count = 0, edge_count = 0;
    std::uint32_t term = kNoTerm;        // the earliest term ending here
    std::uint32_t first_term = kNoTerm;  // the earliest term at or below here
  };
  struct Edge {
    std::uint32_t to;
    std::uint16_t step;  // index into steps_ (distinct byte sets: a few hundred at most)
    char byte;           // the byte of a literal edge
  };
  static constexpr std::uint32_t kNoTerm = UINT32_MAX;

  std::uint32_t step_index(Step step);
  void walk(std::string_view text, std::size_t at, std::uint32_t node, std::uint32_t& best_term,
            std::size_t& best_end) const;

  std::vector<Step> steps_;
  std::vector<Edge> edges_;
  std::vector<Node> nodes_;
  bool lowered_ = false;
  bool starts_[256] = {};  // bytes a term can begin with
};

}  // namespace secondthought
