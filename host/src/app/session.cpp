#include "app/session.hpp"

#include <exception>

#include <spdlog/spdlog.h>

#include "app/handlers.hpp"
#include "protocol/framing.hpp"
#include "protocol/replies.hpp"
#include "protocol/request.hpp"
#include "protocol/utf8.hpp"

namespace secondthought {
namespace {

// Parsed without exceptions: nlohmann's error messages quote the bytes near the
// error, which may be the draft, so none is kept. Also, in the asan build (GCC 12)
// a parse exception once escaped its try block and terminated the host.
std::variant<InJson, ProtocolError> parse_body(std::string_view body) {
  if (!is_valid_utf8(body)) return ProtocolError{ErrorCode::invalid_utf8, "the message is not valid UTF-8"};
  InJson parsed = InJson::parse(body, nullptr, false);
  if (parsed.is_discarded()) return ProtocolError{ErrorCode::invalid_json, "the message is not valid JSON"};
  return parsed;
}

HandlerResult dispatch(Session& session, const InJson& request, const std::optional<Json>& id) {
  auto type = request.find("type");
  if (type == request.end() || !type->is_string()) {
    return ProtocolError{ErrorCode::bad_request, "type is required and must be a string"};
  }
  Handler handler = find_handler(type->get_ref<const std::string&>());
  // The unknown type's name is not logged nor echoed: it came from the page.
  if (!handler) return ProtocolError{ErrorCode::unknown_type, "unknown message type"};
  spdlog::trace("dispatch: {}", type->get_ref<const std::string&>());
  return handler(session, request, id);
}

}  // namespace

std::string Session::handle(std::string_view body) {
  auto parsed = parse_body(body);
  if (auto* error = std::get_if<ProtocolError>(&parsed)) {
    spdlog::debug("request rejected: {}", to_string(error->code));
    return error_reply(std::nullopt, *error);
  }
  const InJson& request = std::get<InJson>(parsed);
  if (!request.is_object()) {
    return error_reply(std::nullopt, {ErrorCode::bad_request, "the message must be a JSON object"});
  }
  std::optional<Json> id = usable_id(request);
  HandlerResult result;
  try {
    result = dispatch(*this, request, id);
  } catch (const std::exception&) {
    // what() is not logged: a library's message may quote the request.
    spdlog::error("internal error while handling a request");
    result = ProtocolError{ErrorCode::internal, "internal error"};
  }
  if (auto* error = std::get_if<ProtocolError>(&result)) {
    spdlog::debug("request rejected: {}", to_string(error->code));
    return error_reply(id, *error);
  }
  return std::get<std::string>(std::move(result));
}

}  // namespace secondthought
