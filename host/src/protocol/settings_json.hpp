// Settings <-> the `settings` object of `configure` / `configured`.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "protocol/error_code.hpp"
#include "protocol/json.hpp"
#include "secondthought/settings.hpp"

namespace secondthought {

// Every setting in force, every category listed with its effective on/off.
Json settings_to_json(const Settings& settings);

// Lays `patch` (the `settings` object of a configure message) over `current`.
// Keys present replace, `categories` merges per name, unknown keys are ignored.
// All or nothing: on any wrong type or value the error is returned and no
// setting changes. `profiles` are the engine's profile names.
std::variant<Settings, ProtocolError> merge_settings(const InJson& patch, const Settings& current,
                                                     const std::vector<std::string>& profiles);

}  // namespace secondthought
