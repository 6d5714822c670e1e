// Building reply bodies that always fit in one frame.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "protocol/error_code.hpp"
#include "protocol/framing.hpp"
#include "protocol/json.hpp"
#include "secondthought/warning.hpp"

namespace secondthought {

// {"type":"error","id":<id>,"code":...,"message":...}; "id" only when `id` is set.
std::string error_reply(const std::optional<Json>& id, const ProtocolError& error);

// Puts "id" (when set) right after "type", as every reply carries it.
Json reply_object(std::string_view type, const std::optional<Json>& id);

struct AnalysisReply {
  std::string body;
  std::size_t warnings_sent = 0;
  bool truncated = false;
};

// {"type":"analysis","id":...,"warnings":[...],"elapsed_us":N} with as many warnings,
// in order, as fit in `max_bytes`, plus "truncated":true when some were left out.
// The first warning that does not fit whole is sent with as many of its first
// spans as fit (if any does).
// Pre-condition: `id` serialises to far less than `max_bytes` (ids are capped at
// max_id_bytes) so that the reply without warnings fits.
AnalysisReply analysis_reply(const Json& id, const std::vector<Warning>& warnings, std::uint64_t elapsed_us,
                             std::size_t max_bytes = max_message_bytes);

}  // namespace secondthought
