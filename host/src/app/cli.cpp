#include "app/cli.hpp"

#include <string_view>

namespace secondthought {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_browser_start(const std::string& first) {
  return starts_with(first, "chrome-extension://") || ends_with(first, ".json");
}

// Walks argv, handing out option values whether written "--opt V" or "--opt=V".
class ArgCursor {
 public:
  explicit ArgCursor(const std::vector<std::string>& args) : args_(args) {}
  bool done() const { return next_ >= args_.size(); }
  const std::string& peek() const { return args_[next_]; }
  const std::string& take() { return args_[next_++]; }
  std::vector<std::string> rest() const {
    return {args_.begin() + static_cast<std::ptrdiff_t>(next_), args_.end()};
  }

  // If the current argument is option `name`, consumes it and its value into `out`.
  // Returns an error when the value is missing.
  std::optional<CliError> option_value(std::string_view name, bool& matched, std::string& out) {
    const std::string& arg = peek();
    matched = false;
    if (arg == name) {
      matched = true;
      ++next_;
      if (done()) return CliError{"option " + std::string(name) + " needs a value"};
      out = take();
    } else if (starts_with(arg, std::string(name) + "=")) {
      matched = true;
      out = take().substr(name.size() + 1);
    }
    return std::nullopt;
  }

 private:
  const std::vector<std::string>& args_;
  std::size_t next_ = 0;
};

// Consumes a --log-level / --log-file option if the cursor is at one.
std::optional<CliError> log_option(ArgCursor& cursor, LogOptions& log, bool& matched) {
  if (auto error = cursor.option_value("--log-level", matched, log.level)) return error;
  if (matched) {
    if (!parse_log_level(log.level)) return CliError{"unknown log level '" + log.level + "'"};
    return std::nullopt;
  }
  return cursor.option_value("--log-file", matched, log.file);
}

CliError unknown_option(const std::string& arg) { return {"unknown option '" + arg + "' (see --help)"}; }

bool is_help(const std::string& arg) { return arg == "--help" || arg == "-h"; }

std::optional<CliError> parse_serve(ArgCursor& cursor, CliOptions& out) {
  while (!cursor.done()) {
    if (is_help(cursor.peek())) {
      out.command = Command::help;
      return std::nullopt;
    }
    bool matched = false;
    if (auto error = log_option(cursor, out.log, matched)) return error;
    if (!matched) return unknown_option(cursor.peek());
  }
  return std::nullopt;
}

// Sets `help` when --help is among the options.
std::optional<CliError> parse_check(ArgCursor& cursor, CheckOptions& check, LogOptions& log, bool& help) {
  bool only_words = false;  // after "--" every argument is text
  while (!cursor.done()) {
    const std::string& arg = cursor.peek();
    if (only_words || arg == "-" || !starts_with(arg, "-")) {
      check.words.push_back(cursor.take());
      continue;
    }
    if (arg == "--") {
      only_words = true;
      cursor.take();
      continue;
    }
    if (is_help(arg)) {
      help = true;
      cursor.take();
      continue;
    }
    if (arg == "--json") {
      check.json = true;
      cursor.take();
      continue;
    }
    bool matched = false;
    std::string value;
    if (auto error = cursor.option_value("--site", matched, check.site)) return error;
    if (matched) continue;
    if (auto error = cursor.option_value("--profile", matched, value)) return error;
    if (matched) {
      check.profile = value;
      continue;
    }
    if (auto error = cursor.option_value("--name", matched, value)) return error;
    if (matched) {
      check.real_name = value;
      continue;
    }
    if (auto error = log_option(cursor, log, matched)) return error;
    if (!matched) return unknown_option(arg);
  }
  check.from_stdin = check.words.empty() || (check.words.size() == 1 && check.words[0] == "-");
  if (check.from_stdin) check.words.clear();
  return std::nullopt;
}

}  // namespace

std::variant<CliOptions, CliError> parse_cli(const std::vector<std::string>& args) {
  CliOptions out;
  if (!args.empty() && is_browser_start(args[0])) {
    out.command = Command::serve;
    out.started_by_browser = true;
    return out;
  }
  ArgCursor cursor(args);
  while (!cursor.done()) {
    const std::string& arg = cursor.peek();
    if (is_help(arg)) {
      out.command = Command::help;
      return out;
    }
    if (arg == "--version") {
      out.command = Command::version;
      return out;
    }
    if (!starts_with(arg, "-")) break;
    bool matched = false;
    if (auto error = log_option(cursor, out.log, matched)) return *error;
    if (!matched) return unknown_option(arg);
  }
  if (cursor.done()) return CliError{"no command given (see --help)"};

  std::string command = cursor.take();
  if (command == "serve") {
    out.command = Command::serve;
    if (auto error = parse_serve(cursor, out)) return *error;
  } else if (command == "check") {
    out.command = Command::check;
    bool help = false;
    if (auto error = parse_check(cursor, out.check, out.log, help)) return *error;
    if (help) out.command = Command::help;
  } else if (command == "doctor") {
    out.command = Command::doctor;
    out.doctor_args = cursor.rest();
  } else {
    return CliError{"unknown command '" + command + "' (see --help)"};
  }
  return out;
}

std::string usage_text() {
  return R"(Usage: secondthought-host [LOG OPTIONS] COMMAND [ARGS]

Second Thought's native-messaging host: checks a social-media draft against a
health regulator's guidance and says what could break it.

Commands:
  serve                  speak the native-messaging protocol on stdin/stdout
                         (docs/protocol.md); what a browser starts
  check [OPTIONS] [TEXT | -]
                         analyse TEXT (several words are joined by spaces), or
                         standard input when TEXT is "-" or absent, and print
                         the warnings. Exit status: 0 no warning, 1 warnings,
                         2 usage error, 3 the text could not be analysed
      --json             print exactly the protocol's "analysis" object
      --site SITE        where the draft would go, e.g. x.com
      --profile NAME     regulator profile (gmc, nmc, ...; default gmc)
      --name REAL_NAME   your real name, as a configure message's identity.real_name
  doctor [ARGS]          check the browsers' host manifests (doctor --help)

Started by a browser, the host also serves: Chromium-family browsers pass
chrome-extension://ID/ (and on Windows --parent-window=N), Firefox passes the
manifest's path and the extension's id.

Log options (before or after serve/check):
  --log-level LEVEL      trace, debug, info, warn (default), error, critical, off
                         (environment: SECONDTHOUGHT_LOG_LEVEL)
  --log-file PATH        also log to PATH (environment: SECONDTHOUGHT_LOG_FILE)
Logs never contain the draft, nor any part of it.

  --version              print the version and exit
  -h, --help             print this help and exit
)";
}

}  // namespace secondthought
