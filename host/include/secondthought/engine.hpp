// The detection engine: rule packs and lexicons compiled once at start, then
// matched against many drafts. Thread-compatible: analyze() is const and may be
// called concurrently on one Engine.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "secondthought/settings.hpp"
#include "secondthought/warning.hpp"

namespace secondthought {

struct Account {
  std::string display_name;
  std::string handle;
};

// Where the draft is being written. Every field is optional.
struct Context {
  std::string site;     // "x.com", "www.facebook.com", ... ; empty if unknown
  std::string surface;  // "post" | "reply" | "comment" | "message" | ""
  std::optional<Account> account;
};

// A rule pack or lexicon that could not be loaded; names the file and rule.
struct LoadError {
  std::string file;
  std::string rule;  // empty when the error is about the whole file
  std::string message;
  std::string describe() const;
};

struct Analysis {
  std::vector<Warning> warnings;  // sorted by first span start, then severity (high first)
};

class Engine {
 public:
  // Loads the rule packs and lexicons compiled into the binary.
  static std::variant<Engine, LoadError> load_builtin();
  // Loads every *.json under `dir` instead (development, tests of broken packs).
  static std::variant<Engine, LoadError> load_directory(const std::string& dir);

  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;
  ~Engine();

  // Pre-condition: `text` is valid UTF-8 (the caller checks; invalid input is a
  // protocol error, not the engine's). Spans in the result index `text` in UTF-16
  // code units.
  Analysis analyze(std::string_view text, const Settings& settings, const Context& context) const;

  // Profile names ("gmc", "nmc", ...), default first.
  const std::vector<std::string>& profiles() const;

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace secondthought
