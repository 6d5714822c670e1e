// Turns a fired finding into what the user reads: spans in UTF-16, the message
// with what was found quoted, and the profile's guidance.
#pragma once

#include <string_view>
#include <vector>

#include "engine/findings.hpp"
#include "engine/normalized_text.hpp"
#include "engine/rule_pack.hpp"

namespace secondthought {

// Pre-condition: `evidence` is not empty; `folded` was built from `original`.
// `sentences` (folded-text ranges) are shaded as context beside the evidence's
// own sentences when the finding shades sentences, and never quoted.
Warning render_warning(const Finding& finding, const std::vector<Occurrence>& evidence,
                       const std::vector<Occurrence>& sentences, const NormalizedText& folded,
                       std::string_view original, const Profile& profile);

}  // namespace secondthought
