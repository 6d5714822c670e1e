// One connection's state and the message dispatch: message type -> handler.
#pragma once

#include <string>
#include <string_view>

#include "secondthought/engine.hpp"
#include "secondthought/settings.hpp"

namespace secondthought {

class Session {
 public:
  // Pre-condition: `engine` outlives the session.
  explicit Session(const Engine& engine) : engine_(engine) {}

  // Answers one message body. Always returns exactly one reply body of at most
  // max_message_bytes: a result, or an error object (docs/protocol.md).
  std::string handle(std::string_view body);

  const Engine& engine() const { return engine_; }
  const Settings& settings() const { return settings_; }
  void set_settings(Settings settings) { settings_ = std::move(settings); }

 private:
  const Engine& engine_;
  Settings settings_;
};

}  // namespace secondthought
