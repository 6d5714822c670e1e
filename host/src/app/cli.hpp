// Command-line parsing (no side effects: `run` acts on the result).
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/logging.hpp"

namespace secondthought {

enum class Command { serve, check, doctor, version, help };

struct CheckOptions {
  bool json = false;
  std::string site;
  std::optional<std::string> profile;
  std::optional<std::string> real_name;
  bool from_stdin = false;         // TEXT was "-" or absent
  std::vector<std::string> words;  // TEXT, possibly as several words: joined by spaces
};

struct CliOptions {
  Command command = Command::help;
  bool started_by_browser = false;  // argv had a browser's origin or manifest path
  LogOptions log;
  CheckOptions check;
  std::vector<std::string> doctor_args;  // everything after "doctor", untouched
};

// One line, without the program name, for "secondthought-host: <message>".
struct CliError {
  std::string message;
};

// `args` are argv[1..]. A first argument "chrome-extension://..." (Chromium family;
// any later arguments such as --parent-window=N are ignored) or ending in ".json"
// (Firefox: manifest path, then the extension id) means serve.
std::variant<CliOptions, CliError> parse_cli(const std::vector<std::string>& args);

// The text of --help.
std::string usage_text();

}  // namespace secondthought
