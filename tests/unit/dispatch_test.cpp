#include <catch2/catch.hpp>

#include "app/session.hpp"
#include "engine_fixture.hpp"
#include "protocol/framing.hpp"
#include "protocol/json.hpp"
#include "secondthought/version.hpp"
#include "secondthought/warning.hpp"

using namespace secondthought;

namespace {
InJson ask(Session& session, std::string_view body) {
  std::string reply = session.handle(body);
  REQUIRE(reply.size() <= max_message_bytes);
  return InJson::parse(reply);
}
std::string code_of(const InJson& reply) {
  REQUIRE(reply.at("type") == "error");
  return reply.at("code").get<std::string>();
}
}  // namespace

TEST_CASE("dispatch: hello lists protocol, version, profiles and categories", "[dispatch]") {
  Session session(builtin_engine());
  InJson reply = ask(session, R"({"type":"hello"})");
  CHECK(reply.at("type") == "hello");
  CHECK(reply.at("protocol") == protocol_version);
  CHECK(reply.at("host_version") == std::string(host_version()));
  CHECK(reply.at("profiles") == InJson(builtin_engine().profiles()));
  CHECK(reply.at("categories") == InJson(categories()));
  CHECK_FALSE(reply.contains("id"));
}

TEST_CASE("dispatch: ping answers pong and echoes the id", "[dispatch]") {
  Session session(builtin_engine());
  InJson reply = ask(session, R"({"type":"ping","id":"p1"})");
  CHECK(reply.at("type") == "pong");
  CHECK(reply.at("id") == "p1");
}

TEST_CASE("dispatch: analyze replies with the analysis shape and the id as given", "[dispatch]") {
  Session session(builtin_engine());
  InJson reply = ask(session, R"({"type":"analyze","id":"a-1","text":"Lovely walk today","site":"x.com",
      "context":{"surface":"post","account":{"display_name":"Dr A","handle":"@a"}}})");
  CHECK(reply.at("type") == "analysis");
  CHECK(reply.at("id") == "a-1");
  CHECK(reply.at("warnings").is_array());
  CHECK(reply.at("elapsed_us").is_number_unsigned());
  CHECK_FALSE(reply.contains("truncated"));

  InJson numbered = ask(session, R"({"type":"analyze","id":42,"text":"x"})");
  CHECK(numbered.at("id") == 42);
  CHECK(numbered.at("id").is_number_integer());
}

TEST_CASE("dispatch: malformed messages get stable error codes", "[dispatch]") {
  Session session(builtin_engine());
  CHECK(code_of(ask(session, "{\"type\":\"hello\"")) == "invalid_json");
  CHECK(code_of(ask(session, "\xff\xfe{}")) == "invalid_utf8");
  CHECK(code_of(ask(session, "[1,2]")) == "bad_request");
  CHECK(code_of(ask(session, "\"hello\"")) == "bad_request");
  CHECK(code_of(ask(session, "{}")) == "bad_request");
  CHECK(code_of(ask(session, R"({"type":7})")) == "bad_request");
  CHECK(code_of(ask(session, R"({"type":"launch"})")) == "unknown_type");
  CHECK(code_of(ask(session, R"({"type":"analyze","text":"x"})")) == "missing_field");
  CHECK(code_of(ask(session, R"({"type":"analyze","id":"1"})")) == "missing_field");
  CHECK(code_of(ask(session, R"({"type":"analyze","id":"1","text":5})")) == "invalid_field");
  CHECK(code_of(ask(session, R"({"type":"analyze","id":true,"text":"x"})")) == "invalid_field");
  CHECK(code_of(ask(session, R"({"type":"analyze","id":"1","text":"x","site":1})")) == "invalid_field");
  CHECK(code_of(ask(session, R"({"type":"analyze","id":"1","text":"x","context":[]})")) == "invalid_field");
  CHECK(code_of(ask(session, R"({"type":"analyze","id":"1","text":"x","context":{"surface":"wall"}})")) ==
        "invalid_field");
  CHECK(code_of(ask(session, R"({"type":"analyze","id":"1","text":"x","context":{"account":{"handle":2}}})")) ==
        "invalid_field");
  CHECK(code_of(ask(session, R"({"type":"configure"})")) == "missing_field");
  CHECK(code_of(ask(session, R"({"type":"configure","settings":[]})")) == "invalid_field");
  // A lone surrogate cannot become UTF-8 text.
  CHECK(code_of(ask(session, R"({"type":"analyze","id":"1","text":"\ud800"})")) == "invalid_json");
}

TEST_CASE("dispatch: errors echo a usable id and never quote the request", "[dispatch]") {
  Session session(builtin_engine());
  InJson unknown = ask(session, R"({"type":"Zanzibar-7731","id":"r9"})");
  CHECK(unknown.at("id") == "r9");
  CHECK(unknown.dump().find("Zanzibar") == std::string::npos);

  InJson broken = ask(session, R"({"type":"analyze","id":"r1","text":"Mrs Quellington-Smythe)");
  CHECK(code_of(broken) == "invalid_json");
  CHECK_FALSE(broken.contains("id"));  // the id could not be read from broken JSON
  CHECK(broken.dump().find("Quellington") == std::string::npos);

  std::string long_id(300, 'i');
  InJson too_long = ask(session, R"({"type":"analyze","text":"x","id":")" + long_id + "\"}");
  CHECK(code_of(too_long) == "invalid_field");
  CHECK_FALSE(too_long.contains("id"));
}

TEST_CASE("dispatch: configure merges over the connection's settings", "[dispatch]") {
  Session session(builtin_engine());
  InJson first = ask(session, R"({"type":"configure","id":"c1","settings":{"profile":"nmc",
      "identity":{"real_name":"Ada Lovelace"},"categories":{"conduct":false},"watch_terms":["Ward 9"]}})");
  CHECK(first.at("type") == "configured");
  CHECK(first.at("id") == "c1");
  CHECK(first.at("settings").at("profile") == "nmc");
  CHECK(first.at("settings").at("categories").at("conduct") == false);

  InJson second = ask(session, R"({"type":"configure","settings":{"sensitivity":"strict","future_key":1}})");
  const InJson& now = second.at("settings");
  CHECK(now.at("profile") == "nmc");
  CHECK(now.at("identity").at("real_name") == "Ada Lovelace");
  CHECK(now.at("categories").at("conduct") == false);
  CHECK(now.at("sensitivity") == "strict");
  CHECK(now.at("watch_terms") == InJson::array({"Ward 9"}));
  CHECK_FALSE(now.contains("future_key"));
  CHECK(session.settings().sensitivity == Sensitivity::strict);
}

TEST_CASE("dispatch: a configure with one wrong field changes nothing", "[dispatch]") {
  Session session(builtin_engine());
  ask(session, R"({"type":"configure","settings":{"profile":"gmc","sensitivity":"relaxed"}})");
  InJson reply = ask(session, R"({"type":"configure","id":9,"settings":{"profile":"nmc","sensitivity":3}})");
  CHECK(code_of(reply) == "invalid_field");
  CHECK(reply.at("id") == 9);
  CHECK(session.settings().profile == "gmc");
  CHECK(session.settings().sensitivity == Sensitivity::relaxed);
}
