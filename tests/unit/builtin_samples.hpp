// The built-in rule packs, loaded as the engine loads them, and the built-in
// warm-up drafts: what tests that compare two ways of matching run on.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/builtin_rules.hpp"
#include "engine/rule_pack.hpp"

namespace st_test {

inline secondthought::RulePack builtin_pack() {
  std::vector<secondthought::SourceFile> files;
  for (const auto& f : secondthought::builtin_rule_files()) files.push_back({std::string(f.name), std::string(f.text)});
  auto loaded = secondthought::load_rule_pack(files);
  REQUIRE(std::holds_alternative<secondthought::RulePack>(loaded));
  return std::get<secondthought::RulePack>(std::move(loaded));
}

// `drafts` followed by the first warm-up drafts (one per line), up to `limit` in all.
inline std::vector<std::string> with_warmup_drafts(std::vector<std::string> drafts, std::size_t limit) {
  for (const auto& file : secondthought::builtin_warmup_files()) {
    std::string_view rest = file.text;
    while (!rest.empty() && drafts.size() < limit) {
      const auto end = rest.find('\n');
      drafts.emplace_back(rest.substr(0, end));
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
  }
  return drafts;
}

}  // namespace st_test
