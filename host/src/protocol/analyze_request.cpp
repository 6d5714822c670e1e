#include "protocol/analyze_request.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "protocol/request.hpp"

namespace secondthought {
namespace {

constexpr std::array<std::string_view, 4> surfaces = {"post", "reply", "comment", "message"};

ProtocolError invalid(std::string message) { return {ErrorCode::invalid_field, std::move(message)}; }

// Copies an optional string field into `out`; returns the error, if any.
std::optional<ProtocolError> copy_string(const InJson& object, const char* name, const char* path,
                                         std::string& out) {
  auto value = optional_string(object, name, path);
  if (auto* error = std::get_if<ProtocolError>(&value)) return *error;
  if (auto& text = std::get<std::optional<std::string>>(value)) out = std::move(*text);
  return std::nullopt;
}

std::optional<ProtocolError> read_account(const InJson& value, Context& context) {
  if (!value.is_object()) return invalid("context.account must be an object");
  Account account;
  if (auto error = copy_string(value, "display_name", "context.account.display_name", account.display_name)) {
    return error;
  }
  if (auto error = copy_string(value, "handle", "context.account.handle", account.handle)) return error;
  context.account = std::move(account);
  return std::nullopt;
}

std::optional<ProtocolError> read_context(const InJson& value, Context& context) {
  if (!value.is_object()) return invalid("context must be an object");
  if (auto error = copy_string(value, "surface", "context.surface", context.surface)) return error;
  if (!context.surface.empty() &&
      std::find(surfaces.begin(), surfaces.end(), context.surface) == surfaces.end()) {
    return invalid("context.surface must be \"post\", \"reply\", \"comment\" or \"message\"");
  }
  if (auto it = value.find("account"); it != value.end()) return read_account(*it, context);
  return std::nullopt;
}

}  // namespace

std::variant<AnalyzeRequest, ProtocolError> read_analyze_request(const InJson& request) {
  AnalyzeRequest out;
  auto id = required_id(request);
  if (auto* error = std::get_if<ProtocolError>(&id)) return *error;
  out.id = std::get<Json>(std::move(id));

  auto text = request.find("text");
  if (text == request.end()) return ProtocolError{ErrorCode::missing_field, "text is required"};
  if (!text->is_string()) return invalid("text must be a string");
  out.text = text->get<std::string>();

  if (auto error = copy_string(request, "site", "site", out.context.site)) return *error;
  if (auto it = request.find("context"); it != request.end()) {
    if (auto error = read_context(*it, out.context)) return *error;
  }
  return out;
}

}  // namespace secondthought
