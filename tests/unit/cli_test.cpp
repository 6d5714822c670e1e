#include <catch2/catch.hpp>

#include <sstream>

#include "app/cli.hpp"
#include "app/run.hpp"
#include "protocol/json.hpp"

using namespace secondthought;

namespace {
CliOptions parsed(std::vector<std::string> args) {
  auto result = parse_cli(args);
  if (auto* error = std::get_if<CliError>(&result)) FAIL(error->message);
  return std::get<CliOptions>(result);
}
std::string refused(std::vector<std::string> args) {
  auto result = parse_cli(args);
  REQUIRE(std::holds_alternative<CliError>(result));
  return std::get<CliError>(result).message;
}
}  // namespace

TEST_CASE("cli: serve, and the argv browsers start the host with", "[cli]") {
  CHECK(parsed({"serve"}).command == Command::serve);
  CHECK_FALSE(parsed({"serve"}).started_by_browser);

  auto chromium = parsed({"chrome-extension://abcdefghijklmnopabcdefghijklmnop/"});
  CHECK(chromium.command == Command::serve);
  CHECK(chromium.started_by_browser);
  auto windows = parsed({"chrome-extension://abcdefghijklmnopabcdefghijklmnop/", "--parent-window=0"});
  CHECK(windows.command == Command::serve);
  auto firefox = parsed({"/home/u/.mozilla/native-messaging-hosts/org.secondthought.host.json",
                         "secondthought@example.org"});
  CHECK(firefox.command == Command::serve);
  CHECK(firefox.started_by_browser);
  auto firefox_windows = parsed({"C:\\Users\\u\\AppData\\org.secondthought.host.json", "secondthought@example.org"});
  CHECK(firefox_windows.command == Command::serve);
}

TEST_CASE("cli: log options before or after the command", "[cli]") {
  auto before = parsed({"--log-level", "trace", "--log-file=/tmp/x.log", "serve"});
  CHECK(before.log.level == "trace");
  CHECK(before.log.file == "/tmp/x.log");
  auto after = parsed({"serve", "--log-level=debug"});
  CHECK(after.log.level == "debug");
  CHECK(refused({"--log-level", "loud", "serve"}).find("log level") != std::string::npos);
  CHECK(refused({"serve", "--log-file"}).find("needs a value") != std::string::npos);
}

TEST_CASE("cli: check options and text", "[cli]") {
  auto c = parsed({"check", "--json", "--site", "x.com", "--profile=nmc", "--name", "Jo Bloggs", "Saw", "Mrs", "X"});
  CHECK(c.command == Command::check);
  CHECK(c.check.json);
  CHECK(c.check.site == "x.com");
  CHECK(c.check.profile == std::optional<std::string>("nmc"));
  CHECK(c.check.real_name == std::optional<std::string>("Jo Bloggs"));
  CHECK(c.check.words == std::vector<std::string>{"Saw", "Mrs", "X"});
  CHECK_FALSE(c.check.from_stdin);

  CHECK(parsed({"check", "-"}).check.from_stdin);
  CHECK(parsed({"check"}).check.from_stdin);
  CHECK(parsed({"check", "--", "--json"}).check.words == std::vector<std::string>{"--json"});
}

TEST_CASE("cli: version, help, doctor", "[cli]") {
  CHECK(parsed({"--version"}).command == Command::version);
  CHECK(parsed({"--help"}).command == Command::help);
  CHECK(parsed({"-h"}).command == Command::help);
  CHECK(parsed({"check", "--help"}).command == Command::help);
  CHECK(parsed({"serve", "-h"}).command == Command::help);
  auto doctor = parsed({"doctor", "--browser", "chromium", "--json"});
  CHECK(doctor.command == Command::doctor);
  CHECK(doctor.doctor_args == std::vector<std::string>{"--browser", "chromium", "--json"});
  CHECK(usage_text().find("check") != std::string::npos);
}

TEST_CASE("cli: unknown options and commands are one-line errors", "[cli]") {
  for (auto args : std::vector<std::vector<std::string>>{
           {"--frobnicate"}, {"serve", "--fast"}, {"check", "--colour"}, {"launch"}, {}, {"check", "--site"}}) {
    std::string message = refused(args);
    CHECK_FALSE(message.empty());
    CHECK(message.find('\n') == std::string::npos);
  }
  CHECK(refused({"--frobnicate"}) == "unknown option '--frobnicate' (see --help)");
}

TEST_CASE("cli: run_check exit statuses and output", "[cli]") {
  std::istringstream no_input;
  SECTION("--json prints the protocol's analysis object") {
    CheckOptions options;
    options.json = true;
    options.words = {"A", "quiet", "day", "in", "clinic"};
    std::ostringstream out, err;
    int status = run_check(options, no_input, out, err);
    Json reply = Json::parse(out.str());
    CHECK(reply.at("type") == "analysis");
    CHECK(reply.at("warnings").is_array());
    CHECK(reply.at("elapsed_us").is_number());
    CHECK(status == (reply.at("warnings").empty() ? 0 : 1));
  }
  SECTION("text from stdin, trailing newline dropped") {
    CheckOptions options;
    options.from_stdin = true;
    std::istringstream in("Nothing to see\n");
    std::ostringstream out, err;
    int status = run_check(options, in, out, err);
    CHECK((status == 0 || status == 1));
    CHECK(err.str().empty());
  }
  SECTION("invalid UTF-8 cannot be analysed") {
    CheckOptions options;
    options.words = {"\xff"};
    std::ostringstream out, err;
    CHECK(run_check(options, no_input, out, err) == 3);
    CHECK(out.str().empty());
  }
  SECTION("an unknown profile is a usage error") {
    CheckOptions options;
    options.profile = "not-a-regulator";
    options.words = {"hello"};
    std::ostringstream out, err;
    CHECK(run_check(options, no_input, out, err) == 2);
  }
}
