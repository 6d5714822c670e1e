#include <catch2/catch.hpp>

#include <algorithm>
#include <variant>

#include "engine/builtin_rules.hpp"
#include "engine_fixture.hpp"

using namespace secondthought;

TEST_CASE("engine builtin: the compiled-in rule packs load", "[engine][builtin]") {
  auto loaded = Engine::load_builtin();
  if (auto* e = std::get_if<LoadError>(&loaded)) FAIL(e->describe());
  REQUIRE(std::holds_alternative<Engine>(loaded));
}

TEST_CASE("engine builtin: the compiled-in files read the same after a load hands their pages back",
          "[engine][builtin]") {
  // load_builtin releases the pages of the embedded files once it has parsed
  // them; reading them again must give the same bytes, and a second load work.
  auto bytes = [] {
    std::string all;
    for (const auto& f : builtin_rule_files()) all.append(f.name).append(f.text);
    return all;
  };
  const auto before = bytes();
  REQUIRE(std::holds_alternative<Engine>(Engine::load_builtin()));
  CHECK(bytes() == before);
  auto again = Engine::load_builtin();
  REQUIRE(std::holds_alternative<Engine>(again));
  CHECK_FALSE(std::get<Engine>(again).analyze("Patient NHS number 943 476 5919 left on the printer.", {}, {})
                  .warnings.empty());
}

TEST_CASE("engine builtin: profiles list gmc first, then the other regulators", "[engine][builtin]") {
  const auto& p = builtin_engine().profiles();
  REQUIRE_FALSE(p.empty());
  CHECK(p.front() == "gmc");
  for (const char* id : {"nmc", "gphc", "hcpc", "gdc"}) {
    INFO(id);
    CHECK(std::find(p.begin(), p.end(), id) != p.end());
  }
}

TEST_CASE("engine builtin: an unknown profile falls back to the default's citations", "[engine][builtin]") {
  Settings s;
  s.profile = "hpc-usa";
  const auto a = builtin_engine().analyze("Patient NHS number 943 476 5919 left on the printer.", s, {});
  REQUIRE_FALSE(a.warnings.empty());
  CHECK(a.warnings.front().guidance.front().source == "GMC");
}

TEST_CASE("engine builtin: empty and whitespace drafts give no warnings", "[engine][builtin]") {
  CHECK(builtin_engine().analyze("", {}, {}).warnings.empty());
  CHECK(builtin_engine().analyze(" \n\t ", {}, {}).warnings.empty());
}
