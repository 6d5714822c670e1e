#include "protocol/warning_json.hpp"

namespace secondthought {

// Evidence spans carry only their offsets, as they always have; the sentence
// around them is marked "kind": "context".
Json span_to_json(const Span& span) {
  Json out = {{"start", span.start}, {"end", span.end}};
  if (span.kind == SpanKind::context) out["kind"] = "context";
  return out;
}

Json warning_to_json(const Warning& warning) {
  Json spans = Json::array();
  for (const auto& span : warning.spans) spans.push_back(span_to_json(span));
  Json guidance = Json::array();
  for (const auto& ref : warning.guidance) {
    guidance.push_back(
        {{"source", ref.source}, {"title", ref.title}, {"paragraph", ref.paragraph}, {"url", ref.url}});
  }
  Json out = Json::object();
  out["rule"] = warning.rule;
  out["category"] = warning.category;
  out["severity"] = std::string(to_string(warning.severity));
  out["title"] = warning.title;
  out["message"] = warning.message;
  out["spans"] = std::move(spans);
  out["guidance"] = std::move(guidance);
  return out;
}

}  // namespace secondthought
