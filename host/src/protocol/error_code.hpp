// Stable error codes of protocol v1 (docs/protocol.md, "Errors"). Never renamed:
// the extension switches on them.
#pragma once

#include <string>
#include <string_view>

namespace secondthought {

enum class ErrorCode {
  invalid_utf8,   // the message bytes are not UTF-8
  invalid_json,   // not parseable as JSON
  bad_request,    // empty frame, not an object, or no string "type"
  unknown_type,   // "type" names no message of this protocol
  missing_field,  // a required field is absent
  invalid_field,  // a field has the wrong type or a value outside its domain
  too_large,      // a message over 1 MiB, or a reply that could not fit in 1 MiB
  internal,       // a bug in the host; the request was not acted on
};

std::string_view to_string(ErrorCode code);

// `message` is for people and must never quote the request: it may hold health data.
struct ProtocolError {
  ErrorCode code = ErrorCode::internal;
  std::string message;
};

}  // namespace secondthought
