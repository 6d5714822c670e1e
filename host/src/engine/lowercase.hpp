// Lower-casing that keeps every byte where it was, so that a case-insensitive
// signal can be compiled as a smaller case-sensitive program and run on a
// lower-cased copy of the draft (docs/performance.md: RE2 compiles a folded
// literal as a class per letter, about 40% of start-up).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace secondthought {

// Every letter whose lower case has the same UTF-8 length becomes lower case;
// everything else is copied. Pre-condition: `utf8` is valid UTF-8. The result has
// exactly utf8.size() bytes, so offsets into it are offsets into the input.
std::string lower_same_length(std::string_view utf8);

// The same pattern for lower-cased text: literal letters (also in classes and
// ranges) are lowered; escapes (\S, \W, \p{Greek}) and group names are kept.
// Nothing when lowering could change what the pattern means, because it
// switches case-sensitivity inline ("(?-i:[A-Z])") or quotes text (\Q...\E); such
// a pattern keeps RE2's case-insensitive mode on the original text.
std::optional<std::string> lower_pattern(std::string_view pattern);

// For a case-insensitive pattern that lower_pattern refuses because parts of it
// are case-sensitive ("(?-i:[A-Z])"): the same pattern for RE2's case-sensitive
// mode on the original text, each letter outside those parts written as a class
// of its cases ("k" -> "[kK]", "[a-c]" -> "[a-cA-C]"). RE2's own (?i) mode costs
// more to compile because it also folds "k" with the KELVIN SIGN and "s" with
// LONG S, which NFKC has already removed from the folded text
// (docs/performance.md). Nothing where the rewrite is not plainly the same:
// \Q...\E, \x escapes, flags set for the rest of a group ("(?i)"), [:upper:],
// or a class range that mixes letters with other characters.
std::optional<std::string> case_classes_pattern(std::string_view pattern);

}  // namespace secondthought
