// Whether an account shows its owner's real name (the anonymity check).
#pragma once

#include <string>

#include "engine/normalized_text.hpp"
#include "engine/rule_pack.hpp"
#include "secondthought/engine.hpp"

namespace secondthought {

// True when `real_name` is given, the account is known, and neither the display
// name nor the handle contains the forename or the surname, or a familiar form of
// the forename with the surname's initial ("Tom H" for Thomas Hughes, forms from
// `familiar`). Titles ("Dr", "Mr") and case are
// ignored; look-alike letters and styled letters are folded first.
bool account_hides_real_name(const std::string& real_name, const std::optional<Account>& account,
                             const FoldTable& fold, const FamiliarNames& familiar);

}  // namespace secondthought
