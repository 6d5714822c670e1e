// Logging set-up. Logs go to stderr (the browser's log) and, only when asked, to a
// file. Nothing logged anywhere may hold the draft or any part of it, nor settings
// values (names, watch terms): log counts, sizes, codes and positions only.
#pragma once

#include <optional>
#include <string>

#include <spdlog/common.h>

namespace secondthought {

struct LogOptions {
  std::string level;  // "trace" ... "off"; empty: SECONDTHOUGHT_LOG_LEVEL, else "warn"
  std::string file;   // empty: SECONDTHOUGHT_LOG_FILE, else no file
};

// The level named `name` ("trace", "debug", "info", "warn", "error", "critical", "off").
std::optional<spdlog::level::level_enum> parse_log_level(const std::string& name);

// Installs the default logger. Options win over the environment. A bad value from
// the environment or an unopenable file is reported on stderr and ignored, so a
// browser-started host still serves. Pre-condition: a bad options.level was
// already refused by the caller (parse_log_level).
void setup_logging(const LogOptions& options);

}  // namespace secondthought
