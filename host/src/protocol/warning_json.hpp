// A Warning as protocol JSON (docs/protocol.md, "Warning").
#pragma once

#include "protocol/json.hpp"
#include "secondthought/warning.hpp"

namespace secondthought {

Json warning_to_json(const Warning& warning);
Json span_to_json(const Span& span);

}  // namespace secondthought
