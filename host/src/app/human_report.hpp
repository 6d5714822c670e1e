// The human-readable form of `check`'s result.
#pragma once

#include <iosfwd>
#include <string_view>
#include <vector>

#include "secondthought/warning.hpp"

namespace secondthought {

// One block per warning: severity, category, title, rule, the excerpt with each
// span marked «like this», the message and the guidance. Pre-condition: `text` is
// valid UTF-8 and the spans index it in UTF-16 units.
void write_human_report(std::ostream& out, std::string_view text, const std::vector<Warning>& warnings);

}  // namespace secondthought
