#include <catch2/catch.hpp>

#include "protocol/settings_json.hpp"

using namespace secondthought;

namespace {
const std::vector<std::string> profiles = {"gmc", "nmc"};

Settings merged(const char* patch, const Settings& current = {}) {
  auto result = merge_settings(InJson::parse(patch), current, profiles);
  REQUIRE(std::holds_alternative<Settings>(result));
  return std::get<Settings>(result);
}

ProtocolError refused(const char* patch) {
  auto result = merge_settings(InJson::parse(patch), Settings{}, profiles);
  REQUIRE(std::holds_alternative<ProtocolError>(result));
  return std::get<ProtocolError>(result);
}
}  // namespace

TEST_CASE("settings json: every field is read", "[settings]") {
  Settings s = merged(R"({"profile":"nmc","identity":{"real_name":"Dr Jo Bloggs"},
      "categories":{"conduct":false,"visibility":true},"sensitivity":"strict",
      "watch_terms":["St Elsewhere"],"allow_terms":["Dr Who"]})");
  CHECK(s.profile == "nmc");
  CHECK(s.real_name == "Dr Jo Bloggs");
  CHECK_FALSE(s.category_enabled("conduct"));
  CHECK(s.category_enabled("visibility"));
  CHECK(s.sensitivity == Sensitivity::strict);
  CHECK(s.watch_terms == std::vector<std::string>{"St Elsewhere"});
  CHECK(s.allow_terms == std::vector<std::string>{"Dr Who"});
}

TEST_CASE("settings json: a patch merges over the current settings", "[settings]") {
  Settings current = merged(R"({"categories":{"conduct":false},"watch_terms":["a","b"]})");
  Settings next = merged(R"({"categories":{"anonymity":false},"watch_terms":["c"]})", current);
  CHECK_FALSE(next.category_enabled("conduct"));
  CHECK_FALSE(next.category_enabled("anonymity"));
  CHECK(next.watch_terms == std::vector<std::string>{"c"});  // arrays replace
  CHECK(next.profile == "gmc");
}

TEST_CASE("settings json: unknown keys are ignored", "[settings]") {
  Settings s = merged(R"({"theme":"dark","identity":{"real_name":"A","pronouns":"she"}})");
  CHECK(s.real_name == "A");
}

TEST_CASE("settings json: wrong types and values are refused as invalid_field", "[settings]") {
  const char* bad[] = {
      R"([])",
      R"({"profile":1})",
      R"({"profile":"hpc-usa"})",
      R"({"identity":"me"})",
      R"({"identity":{"real_name":null}})",
      R"({"categories":{"conduct":"no"}})",
      R"({"categories":{"gossip":false}})",
      R"({"categories":[]})",
      R"({"sensitivity":"paranoid"})",
      R"({"sensitivity":2})",
      R"({"watch_terms":"Ward 9"})",
      R"({"watch_terms":["ok",3]})",
      R"({"allow_terms":[""]})",
  };
  for (const char* patch : bad) {
    INFO(patch);
    CHECK(refused(patch).code == ErrorCode::invalid_field);
  }
}

TEST_CASE("settings json: a refused patch leaves no partial change", "[settings]") {
  Settings current = merged(R"({"profile":"nmc"})");
  auto result = merge_settings(InJson::parse(R"({"profile":"gmc","categories":{"conduct":false},"sensitivity":9})"),
                               current, profiles);
  REQUIRE(std::holds_alternative<ProtocolError>(result));
  CHECK(current.profile == "nmc");
  CHECK(current.category_enabled("conduct"));
}

TEST_CASE("settings json: written with every category and the effective values", "[settings]") {
  Settings s = merged(R"({"categories":{"conduct":false},"sensitivity":"relaxed","allow_terms":["x"]})");
  Json out = settings_to_json(s);
  CHECK(out.at("profile") == "gmc");
  CHECK(out.at("identity").at("real_name") == "");
  CHECK(out.at("categories").size() == 7);
  CHECK(out.at("categories").at("conduct") == false);
  CHECK(out.at("categories").at("confidentiality") == true);
  CHECK(out.at("sensitivity") == "relaxed");
  CHECK(out.at("watch_terms") == Json::array());
  CHECK(out.at("allow_terms") == Json::array({"x"}));
  // Round trip: what configured reports can be sent back unchanged.
  auto again = merge_settings(InJson::parse(out.dump()), Settings{}, profiles);
  REQUIRE(std::holds_alternative<Settings>(again));
  CHECK(settings_to_json(std::get<Settings>(again)) == out);
}
