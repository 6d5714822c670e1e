#include "protocol/error_code.hpp"

namespace secondthought {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_utf8: return "invalid_utf8";
    case ErrorCode::invalid_json: return "invalid_json";
    case ErrorCode::bad_request: return "bad_request";
    case ErrorCode::unknown_type: return "unknown_type";
    case ErrorCode::missing_field: return "missing_field";
    case ErrorCode::invalid_field: return "invalid_field";
    case ErrorCode::too_large: return "too_large";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

}  // namespace secondthought
