// Widens a warning's evidence to the sentences that hold it. A remark ("bed
// blockers, the lot of them") is a problem as a whole sentence, not only in the
// words that gave it away: the sentence is shaded, the evidence marked.
#pragma once

#include <string_view>
#include <vector>

#include "engine/normalized_text.hpp"
#include "secondthought/warning.hpp"

namespace secondthought {

// At most this many bytes of a sentence are shaded either side of its evidence:
// a run-on post with no full stop is not shaded whole.
inline constexpr std::size_t kMaxSentenceReach = 200;

// A sentence this short, right after a sentence holding evidence, is the
// remark's closing line ("Sit down, love.", "Do one."): shaded with it.
inline constexpr std::size_t kMaxClosingBytes = 64;
inline constexpr std::size_t kMaxClosingWords = 10;

// Pre-conditions: `original` is valid UTF-8; `evidence` is sorted, non-overlapping
// and within `original`, each range's utf16 consistent with its bytes.
// Returns every evidence span (kind evidence) and, around them, the rest of each
// sentence holding evidence (kind context), sorted and non-overlapping. A sentence
// ends at '.', '!' or '?' followed by a space or the end, or at a line break.
// Context pieces holding only white space are left out. The sentence right
// after each sentence holding evidence is shaded as context too when it is
// short (kMaxClosingBytes, kMaxClosingWords).
// Each range of `more` (whole sentences: the rest of a remark) is shaded as
// context too, trimmed of white space, unless it overlaps what is already shaded.
std::vector<Span> with_sentence_context(const std::vector<OriginalRange>& evidence, std::string_view original,
                                        const std::vector<OriginalRange>& more = {});

// Where each sentence of `text` ends (one past its last byte), by the same rule,
// without a reach limit; the last ends at the end of the text.
std::vector<std::size_t> sentence_ends(std::string_view text);

}  // namespace secondthought
