#include <catch2/catch.hpp>

#include "protocol/json.hpp"
#include "protocol/replies.hpp"

using namespace secondthought;

namespace {
std::vector<Warning> synthetic_warnings(std::size_t count, std::size_t message_bytes) {
  std::vector<Warning> out;
  for (std::size_t i = 0; i < count; ++i) {
    Warning w;
    w.rule = "confidentiality.nhs_number";
    w.category = "confidentiality";
    w.severity = Severity::high;
    w.title = "Patient identifier";
    w.message = std::string(message_bytes, 'm');
    auto at = static_cast<std::uint32_t>(i * 14);
    w.spans = {{at, at + 12}};
    w.guidance = {{"GMC", "Confidentiality", "¶19", "https://www.gmc-uk.org/"}};
    out.push_back(std::move(w));
  }
  return out;
}
}  // namespace

TEST_CASE("analysis reply: everything fits, no truncated flag", "[reply]") {
  auto reply = analysis_reply(Json("a"), synthetic_warnings(3, 10), 17);
  Json parsed = Json::parse(reply.body);
  CHECK(parsed.at("type") == "analysis");
  CHECK(parsed.at("id") == "a");
  CHECK(parsed.at("elapsed_us") == 17);
  CHECK(parsed.at("warnings").size() == 3);
  CHECK_FALSE(parsed.contains("truncated"));
  CHECK_FALSE(reply.truncated);
  CHECK(reply.warnings_sent == 3);
  const Json& w = parsed.at("warnings").at(0);
  CHECK(w.at("rule") == "confidentiality.nhs_number");
  CHECK(w.at("severity") == "high");
  CHECK(w.at("spans") == Json::parse(R"([{"start":0,"end":12}])"));
  CHECK(w.at("guidance").at(0).at("paragraph") == "¶19");
}

TEST_CASE("analysis reply: a span that shades a sentence says so; evidence spans do not", "[reply]") {
  auto warnings = synthetic_warnings(1, 10);
  warnings[0].spans = {{0, 4, SpanKind::context}, {4, 16}, {16, 30, SpanKind::context}};
  Json parsed = Json::parse(analysis_reply(Json(1), warnings, 5).body);
  CHECK(parsed.at("warnings").at(0).at("spans") ==
        Json::parse(R"([{"start":0,"end":4,"kind":"context"},{"start":4,"end":16},{"start":16,"end":30,"kind":"context"}])"));
}

TEST_CASE("analysis reply: over 1 MiB keeps the first warnings that fit and says so", "[reply]") {
  auto warnings = synthetic_warnings(5000, 400);  // about 2.5 MiB of warnings
  auto reply = analysis_reply(Json(7), warnings, 123);
  CHECK(reply.body.size() <= max_message_bytes);
  CHECK(reply.body.size() > max_message_bytes - 1000);  // filled, not cut early
  Json parsed = Json::parse(reply.body);
  CHECK(parsed.at("truncated") == true);
  CHECK(reply.truncated);
  CHECK(parsed.at("warnings").size() == reply.warnings_sent);
  CHECK(reply.warnings_sent < warnings.size());
  CHECK(parsed.at("warnings").back().at("spans").at(0).at("start") == (reply.warnings_sent - 1) * 14);
}

TEST_CASE("analysis reply: the limit is exact at every small size", "[reply]") {
  auto warnings = synthetic_warnings(4, 20);
  std::size_t full = analysis_reply(Json("x"), warnings, 5).body.size();
  for (std::size_t limit = full - 600; limit <= full + 1; ++limit) {
    auto reply = analysis_reply(Json("x"), warnings, 5, limit);
    INFO(limit);
    CHECK(reply.body.size() <= limit);
    CHECK(reply.truncated == (limit < full));
    // One more warning would not have fitted.
    if (reply.truncated && reply.warnings_sent < warnings.size()) {
      std::vector<Warning> one_more(warnings.begin(),
                                    warnings.begin() + static_cast<std::ptrdiff_t>(reply.warnings_sent + 1));
      Json bigger = Json::parse(analysis_reply(Json("x"), one_more, 5).body);
      bigger["truncated"] = true;
      CHECK(to_wire(bigger).size() > limit);
    }
  }
}

TEST_CASE("error reply: id only when given", "[reply]") {
  Json with = Json::parse(error_reply(Json("q"), {ErrorCode::unknown_type, "unknown message type"}));
  CHECK(with == Json::parse(R"({"type":"error","id":"q","code":"unknown_type","message":"unknown message type"})"));
  Json without = Json::parse(error_reply(std::nullopt, {ErrorCode::too_large, "big"}));
  CHECK_FALSE(without.contains("id"));
  CHECK(without.at("code") == "too_large");
}

TEST_CASE("analysis reply: a warning too big to fit whole keeps the spans that fit", "[reply]") {
  std::vector<Warning> warnings = synthetic_warnings(2, 10);
  for (std::uint32_t i = 0; i < 100000; ++i) warnings[1].spans.push_back({i * 20 + 100, i * 20 + 110});
  auto reply = analysis_reply(Json("s"), warnings, 1);
  CHECK(reply.body.size() <= max_message_bytes);
  CHECK(reply.body.size() > max_message_bytes - 30);
  CHECK(reply.truncated);
  CHECK(reply.warnings_sent == 2);
  Json parsed = Json::parse(reply.body);
  const Json& spans = parsed.at("warnings").at(1).at("spans");
  CHECK(spans.size() > 1000);
  CHECK(spans.size() < warnings[1].spans.size());
  CHECK(spans.at(0) == Json::parse(R"({"start":14,"end":26})"));
  CHECK(spans.at(1) == Json::parse(R"({"start":100,"end":110})"));
}

TEST_CASE("analysis reply: a warning with no room for a single span is left out", "[reply]") {
  auto warnings = synthetic_warnings(2, 10);
  std::size_t one = analysis_reply(Json("s"), {warnings[0]}, 1).body.size();
  auto reply = analysis_reply(Json("s"), warnings, 1, one + 30);
  CHECK(reply.truncated);
  CHECK(reply.warnings_sent == 1);
  CHECK(reply.body.size() <= one + 30);
}
