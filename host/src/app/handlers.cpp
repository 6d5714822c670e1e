#include "app/handlers.hpp"

#include <array>
#include <chrono>
#include <utility>

#include <spdlog/spdlog.h>

#include "protocol/analyze_request.hpp"
#include "protocol/framing.hpp"
#include "protocol/replies.hpp"
#include "protocol/settings_json.hpp"
#include "secondthought/version.hpp"
#include "secondthought/warning.hpp"

namespace secondthought {
namespace {

HandlerResult hello(Session& session, const InJson&, const std::optional<Json>& id) {
  Json out = reply_object("hello", id);
  out["protocol"] = protocol_version;
  out["host_version"] = std::string(host_version());
  out["profiles"] = session.engine().profiles();
  out["categories"] = categories();
  return to_wire(out);
}

// An extension to v1: lets the extension check the port is alive without cost.
HandlerResult ping(Session&, const InJson&, const std::optional<Json>& id) {
  return to_wire(reply_object("pong", id));
}

HandlerResult configure(Session& session, const InJson& request, const std::optional<Json>& id) {
  auto patch = request.find("settings");
  if (patch == request.end()) return ProtocolError{ErrorCode::missing_field, "settings is required"};
  auto merged = merge_settings(*patch, session.settings(), session.engine().profiles());
  if (auto* error = std::get_if<ProtocolError>(&merged)) return *error;
  auto& next = std::get<Settings>(merged);

  Json out = reply_object("configured", id);
  out["settings"] = settings_to_json(next);
  std::string body = to_wire(out);
  // Checked before the settings change, so that "too large" also changes nothing.
  if (body.size() > max_message_bytes) {
    return ProtocolError{ErrorCode::too_large, "the settings in force would not fit in a 1 MiB reply"};
  }
  session.set_settings(std::move(next));
  spdlog::debug("configure: settings changed");
  return body;
}

HandlerResult analyze(Session& session, const InJson& request, const std::optional<Json>&) {
  auto parsed = read_analyze_request(request);
  if (auto* error = std::get_if<ProtocolError>(&parsed)) return *error;
  auto& input = std::get<AnalyzeRequest>(parsed);

  auto began = std::chrono::steady_clock::now();
  Analysis analysis = session.engine().analyze(input.text, session.settings(), input.context);
  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - began);

  auto reply = analysis_reply(input.id, analysis.warnings, static_cast<std::uint64_t>(elapsed.count()));
  // Counts and sizes only: the text and the warnings' spans stay out of the log.
  spdlog::debug("analyze: {} warning(s), {} sent, {} us", analysis.warnings.size(), reply.warnings_sent,
                elapsed.count());
  if (reply.truncated) spdlog::info("analyze: reply truncated to fit 1 MiB");
  return std::move(reply.body);
}

struct Route {
  std::string_view type;
  Handler handler;
};

constexpr std::array<Route, 4> routes = {{
    {"hello", hello},
    {"configure", configure},
    {"analyze", analyze},
    {"ping", ping},
}};

}  // namespace

Handler find_handler(std::string_view type) {
  for (const auto& route : routes) {
    if (route.type == type) return route.handler;
  }
  return nullptr;
}

}  // namespace secondthought
