// The user's own terms: watch terms always warn, allow terms never do.
#pragma once

#include <string>
#include <vector>

#include "engine/findings.hpp"
#include "engine/normalized_text.hpp"
#include "engine/rule_pack.hpp"

namespace secondthought {

// Whole-word, case-insensitive occurrences of each term (folded like the text).
std::vector<Occurrence> find_terms(const std::vector<std::string>& terms, const NormalizedText& folded,
                                   const FoldTable& fold);

// Adds one finding, from the pack's finding whose predicate is "watch_term",
// covering every occurrence of the watch terms.
void append_watch_findings(const RulePack& pack, const std::vector<std::string>& watch_terms,
                           const NormalizedText& folded, std::vector<RawFinding>& findings);

// Drops findings whose every anchor is an allow term, then removes evidence that
// overlaps one; a finding left with no evidence is dropped too.
void drop_allowed_evidence(const std::vector<std::string>& allow_terms, const NormalizedText& folded,
                           const FoldTable& fold, std::vector<RawFinding>& findings);

}  // namespace secondthought
