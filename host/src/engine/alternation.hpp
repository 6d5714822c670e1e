// Splits a regular expression's top-level alternation into smaller patterns.
//
// RE2 caches a DFA per program within a memory budget. A program made of
// hundreds of alternatives has states so large that the cache fills on
// ordinary drafts; RE2 then falls back to its NFA, twenty to fifty times
// slower (docs/performance.md). The same alternatives in a few smaller
// programs each keep their DFA.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace secondthought {

// `pattern`'s top-level alternatives ("a|b(c|d)|e" -> "a", "b(c|d)", "e"),
// joined back with '|' into consecutive parts of at most `max_part_bytes`
// each (an alternative longer than that is a part of its own). Their order is
// kept: matching the parts in order, earliest start first and the earlier part
// on a tie, finds what the whole pattern finds (Matcher does this).
//
// Returns {pattern} unchanged when it has one alternative, fits in one part, or
// holds a construct that a split could change: a flag setting outside a group
// ("(?i)a|b" sets the flag for every alternative after it), a \Q...\E quote, or
// unbalanced brackets (left for RE2 to report).
std::vector<std::string> split_alternation(std::string_view pattern, std::size_t max_part_bytes);

}  // namespace secondthought
