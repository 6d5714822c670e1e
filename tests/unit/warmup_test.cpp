#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/warmup.hpp"
#include "engine_fixture.hpp"
#include "protocol/utf8.hpp"

using namespace secondthought;

TEST_CASE("warmup: the built-in sample drafts are many, non-empty and valid UTF-8", "[warmup]") {
  const auto drafts = Warmup::builtin_drafts();
  CHECK(drafts.size() >= 500);
  for (const auto draft : drafts) {
    CHECK_FALSE(draft.empty());
    CHECK(draft.find('\n') == std::string_view::npos);
    CHECK(is_valid_utf8(draft));
  }
}

TEST_CASE("warmup: analyses alongside requests and stops when destroyed", "[warmup]") {
  const auto& engine = builtin_engine();
  const std::string sample = "pt JT, 46M, HGV driver from Scunthorpe, first seizure today #neurology";
  const Settings settings;
  const auto before = engine.analyze(sample, settings, {});
  {
    // Far more work than could finish: destruction must stop it, not wait for it.
    const std::vector<std::string_view> drafts(200000, sample);
    const Warmup warmup(engine, drafts);
    // Requests are answered meanwhile, with the same result as without it.
    const auto during = engine.analyze(sample, settings, {});
    REQUIRE(during.warnings.size() == before.warnings.size());
    for (std::size_t i = 0; i < during.warnings.size(); ++i) CHECK(during.warnings[i].rule == before.warnings[i].rule);
  }
  CHECK_FALSE(before.warnings.empty());
}
