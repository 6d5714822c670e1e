// Reading the common parts of a request: its id, and typed optional fields.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>

#include "protocol/error_code.hpp"
#include "protocol/json.hpp"

namespace secondthought {

// Longest string id accepted, so that an echoed id never crowds out a reply.
inline constexpr std::size_t max_id_bytes = 256;

// The request's id if it has a usable one (a string of at most max_id_bytes, or a
// number), for echoing in replies; nullopt otherwise. Pre-condition: `request` is an object.
std::optional<Json> usable_id(const InJson& request);

// The required "id" of a request that needs one, or why it cannot be used.
std::variant<Json, ProtocolError> required_id(const InJson& request);

// Field `name` of `object` as a string: nullopt if absent, an error if not a string.
// `path` names the field in error messages ("context.surface").
std::variant<std::optional<std::string>, ProtocolError> optional_string(const InJson& object, const char* name,
                                                                        const char* path);

}  // namespace secondthought
