// Combines signal occurrences into findings: windows around an anchor, required
// and forbidden company, and scores that add up quasi-identifiers.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/matcher.hpp"
#include "engine/rule_pack.hpp"

namespace secondthought {

struct RawFinding {
  const Finding* finding = nullptr;
  std::vector<Occurrence> evidence;  // folded-text ranges that counted
};

struct FindingInputs {
  const RulePack& pack;
  const std::vector<std::vector<Occurrence>>& occurrences;  // by signal index
  std::size_t text_size = 0;
  int level = 1;  // 0 strict, 1 balanced, 2 relaxed
  // Named predicates ("anonymous_account"); a finding with one fires only if it holds.
  std::function<bool(const std::string&)> predicate;
};

// Findings in pack order; one RawFinding per finding that fired.
std::vector<RawFinding> evaluate_findings(const FindingInputs& in);

}  // namespace secondthought
