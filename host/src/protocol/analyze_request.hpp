// The fields of an `analyze` message, checked.
#pragma once

#include <string>
#include <variant>

#include "protocol/error_code.hpp"
#include "protocol/json.hpp"
#include "secondthought/engine.hpp"

namespace secondthought {

struct AnalyzeRequest {
  Json id;
  std::string text;  // valid UTF-8: the frame was checked before parsing
  Context context;
};

// Pre-condition: `request` is an object whose "type" is "analyze".
std::variant<AnalyzeRequest, ProtocolError> read_analyze_request(const InJson& request);

}  // namespace secondthought
