#include "app/logging.hpp"

#include <array>
#include <cstdlib>
#include <memory>
#include <vector>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace secondthought {
namespace {

std::string from_env(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

}  // namespace

std::optional<spdlog::level::level_enum> parse_log_level(const std::string& name) {
  using spdlog::level::level_enum;
  constexpr std::array<std::pair<const char*, level_enum>, 8> levels = {{
      {"trace", level_enum::trace},
      {"debug", level_enum::debug},
      {"info", level_enum::info},
      {"warn", level_enum::warn},
      {"warning", level_enum::warn},
      {"error", level_enum::err},
      {"critical", level_enum::critical},
      {"off", level_enum::off},
  }};
  for (const auto& [text, level] : levels) {
    if (name == text) return level;
  }
  return std::nullopt;
}

void setup_logging(const LogOptions& options) {
  std::vector<spdlog::sink_ptr> sinks{std::make_shared<spdlog::sinks::stderr_sink_mt>()};
  std::vector<std::string> problems;

  std::string file = options.file.empty() ? from_env("SECONDTHOUGHT_LOG_FILE") : options.file;
  if (!file.empty()) {
    try {
      sinks.push_back(std::make_shared<spdlog::sinks::basic_file_sink_mt>(file));
    } catch (const spdlog::spdlog_ex&) {
      problems.push_back("cannot open the log file; logging to stderr only");
    }
  }

  auto level = spdlog::level::warn;
  std::string name = options.level.empty() ? from_env("SECONDTHOUGHT_LOG_LEVEL") : options.level;
  if (!name.empty()) {
    if (auto parsed = parse_log_level(name)) {
      level = *parsed;
    } else {
      problems.push_back("SECONDTHOUGHT_LOG_LEVEL is not a log level; using warn");
    }
  }

  auto logger = std::make_shared<spdlog::logger>("secondthought-host", sinks.begin(), sinks.end());
  logger->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v");
  logger->set_level(level);
  logger->flush_on(spdlog::level::trace);  // a crash or SIGKILL must not lose the last lines
  spdlog::set_default_logger(logger);
  for (const auto& problem : problems) spdlog::warn("{}", problem);
}

}  // namespace secondthought
