// The JSON type the protocol is read and written with. Ordered, so replies keep the
// field order docs/protocol.md shows ("type" first).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace secondthought {

// Replies and everything we write.
using Json = nlohmann::ordered_json;
// Requests as parsed: a sorted map, so lookups stay cheap however many keys a
// hostile message holds (ordered_json finds keys by linear search).
using InJson = nlohmann::json;

// Serialises compactly. Strings that are not valid UTF-8 (which only our own code
// could put there) are replaced rather than thrown on: a reply must always go out.
inline std::string to_wire(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace secondthought
