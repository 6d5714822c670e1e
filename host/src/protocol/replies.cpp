#include "protocol/replies.hpp"

#include "protocol/warning_json.hpp"

namespace secondthought {
namespace {

// `warning` with as many of its first spans as fit in `room` bytes, or nullopt if
// not even one does. The engine may merge a thousand matches into one warning: it
// should not hide everything behind it.
std::optional<Json> with_spans_that_fit(const Warning& warning, std::size_t room) {
  Warning cut = warning;
  cut.spans.clear();
  std::size_t used = to_wire(warning_to_json(cut)).size();  // with "spans":[]
  for (const auto& span : warning.spans) {
    std::size_t cost = to_wire(span_to_json(span)).size() + (cut.spans.empty() ? 0 : 1);
    if (used + cost > room) break;
    used += cost;
    cut.spans.push_back(span);
  }
  if (cut.spans.empty()) return std::nullopt;
  return warning_to_json(cut);
}

}  // namespace

Json reply_object(std::string_view type, const std::optional<Json>& id) {
  Json out = Json::object();
  out["type"] = type;
  if (id) out["id"] = *id;
  return out;
}

std::string error_reply(const std::optional<Json>& id, const ProtocolError& error) {
  Json out = reply_object("error", id);
  out["code"] = std::string(to_string(error.code));
  out["message"] = error.message;
  return to_wire(out);
}

AnalysisReply analysis_reply(const Json& id, const std::vector<Warning>& warnings, std::uint64_t elapsed_us,
                             std::size_t max_bytes) {
  auto build = [&](Json list, bool truncated) {
    Json out = reply_object("analysis", id);
    out["warnings"] = std::move(list);
    out["elapsed_us"] = elapsed_us;
    if (truncated) out["truncated"] = true;
    return to_wire(out);
  };

  // Size each warning once; a compact array is "[" + items joined by "," + "]",
  // so the reply's size is known before it is built.
  std::vector<Json> items;
  std::vector<std::size_t> sizes;
  std::size_t items_bytes = 0;
  for (const auto& warning : warnings) {
    items.push_back(warning_to_json(warning));
    sizes.push_back(to_wire(items.back()).size());
    items_bytes += sizes.back() + (items.size() > 1 ? 1 : 0);
  }
  std::size_t empty_bytes = build(Json::array(), false).size();
  if (empty_bytes + items_bytes <= max_bytes) {
    return {build(Json(std::move(items)), false), warnings.size(), false};
  }

  std::size_t budget = build(Json::array(), true).size();
  Json kept = Json::array();
  std::size_t next = 0;
  for (; next < items.size(); ++next) {
    std::size_t cost = sizes[next] + (kept.empty() ? 0 : 1);
    if (budget + cost > max_bytes) break;
    budget += cost;
    kept.push_back(std::move(items[next]));
  }
  std::size_t comma = kept.empty() ? 0 : 1;
  if (next < warnings.size() && budget + comma < max_bytes) {
    if (auto partial = with_spans_that_fit(warnings[next], max_bytes - budget - comma)) {
      kept.push_back(std::move(*partial));
    }
  }
  std::size_t sent = kept.size();
  return {build(std::move(kept), true), sent, true};
}

}  // namespace secondthought
