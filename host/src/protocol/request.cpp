#include "protocol/request.hpp"

namespace secondthought {

std::optional<Json> usable_id(const InJson& request) {
  auto it = request.find("id");
  if (it == request.end()) return std::nullopt;
  if (it->is_number()) return Json(*it);
  if (it->is_string() && it->get_ref<const std::string&>().size() <= max_id_bytes) return Json(*it);
  return std::nullopt;
}

std::variant<Json, ProtocolError> required_id(const InJson& request) {
  auto it = request.find("id");
  if (it == request.end()) return ProtocolError{ErrorCode::missing_field, "id is required"};
  if (auto id = usable_id(request)) return *id;
  return ProtocolError{ErrorCode::invalid_field, "id must be a number or a string of at most 256 bytes"};
}

std::variant<std::optional<std::string>, ProtocolError> optional_string(const InJson& object, const char* name,
                                                                        const char* path) {
  auto it = object.find(name);
  if (it == object.end()) return std::optional<std::string>{};
  if (!it->is_string()) return ProtocolError{ErrorCode::invalid_field, std::string(path) + " must be a string"};
  return std::optional<std::string>{it->get<std::string>()};
}

}  // namespace secondthought
