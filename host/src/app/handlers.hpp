// The protocol's message handlers, one per message type (docs/protocol.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "app/session.hpp"
#include "protocol/error_code.hpp"
#include "protocol/json.hpp"

namespace secondthought {

// A handler's reply body (already capped to a frame), or the error to send instead.
using HandlerResult = std::variant<std::string, ProtocolError>;

// Every handler gets the parsed request object and its echoable id (if any).
using Handler = HandlerResult (*)(Session& session, const InJson& request, const std::optional<Json>& id);

// The handler for message type `type`, or nullptr when the protocol has none.
Handler find_handler(std::string_view type);

}  // namespace secondthought
