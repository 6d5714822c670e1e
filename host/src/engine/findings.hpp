// Combines signal occurrences into findings: windows around an anchor, required
// and forbidden company, and scores that add up quasi-identifiers.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "engine/matcher.hpp"
#include "engine/rule_pack.hpp"

namespace secondthought {

struct RawFinding {
  const Finding* finding = nullptr;
  std::vector<Occurrence> evidence;  // folded-text ranges that counted; the anchor first
  std::vector<Occurrence> anchors;   // the anchor occurrences that fired (empty: whole-text finding)
  // Whole sentences to shade beside the evidence's own (the rest of a remark the
  // model read as of this category); never quoted. Only findings that shade sentences use them.
  std::vector<Occurrence> sentences;
};

// The pack's findings with every signal id resolved to its index, once at load.
class FindingPlan {
 public:
  // Pre-condition: `pack` passed load_rule_pack (every id resolves) and outlives the plan.
  explicit FindingPlan(const RulePack& pack);

  struct Step {
    const Finding* finding;
    std::vector<std::size_t> anchor, all, any, none, none_in_draft, include;
    std::vector<std::pair<std::size_t, int>> weights;  // heaviest first
  };
  const std::vector<Step>& steps() const { return steps_; }

  // Signals to match first: every anchor, and every signal of a finding that has
  // no anchor (it looks at the whole text).
  const std::vector<bool>& first_pass() const { return first_pass_; }
  // The signals still needed once the first pass is known: those of findings
  // with an anchor that occurred. Most drafts are clean, and skip most signals.
  std::vector<bool> second_pass(const std::vector<std::vector<Occurrence>>& occurrences) const;

 private:
  std::vector<Step> steps_;
  std::vector<bool> first_pass_;
};

// What the plan's passes found in one draft.
struct SignalMatches {
  std::vector<std::vector<Occurrence>> occurrences;  // per signal; empty when not matched or not found
  std::vector<bool> matched;                         // per signal: it was looked for (found or not)
};

// The occurrences of every signal the findings need, in the plan's two passes
// over the folded draft and its lower-cased copy (lower_same_length): anchors
// first, then what the findings whose anchors occurred need. A signal not
// matched is left empty and `matched` says so, so that a later look-up matches
// only what was skipped.
SignalMatches match_signals(const Matcher& matcher, const FindingPlan& plan, std::string_view folded,
                            std::string_view lowered);

struct FindingInputs {
  const FindingPlan& plan;
  // occurrences[i]: matches of signal i, sorted by position and not overlapping.
  const std::vector<std::vector<Occurrence>>& occurrences;
  std::size_t text_size = 0;
  int level = 1;  // 0 strict, 1 balanced, 2 relaxed
  // Named predicates ("anonymous_account"); a finding with one fires only if it holds.
  std::function<bool(const std::string&)> predicate;
  // Categories already warned by something other than these findings (the
  // trained model's raises): a finding's `after` counts them too.
  std::set<std::string> warned_before;
};

// Findings in pack order; one RawFinding per finding that fired.
std::vector<RawFinding> evaluate_findings(const FindingInputs& in);

}  // namespace secondthought
