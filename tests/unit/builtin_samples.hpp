// The built-in rule packs, loaded as the engine loads them, and the built-in
// warm-up drafts: what tests that compare two ways of matching run on.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/builtin_rules.hpp"
#include "engine/matcher.hpp"
#include "engine/normalized_text.hpp"
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

// Checks that two matchers of `pack`'s signals find the same occurrences of
// every signal that `compared` accepts in every draft; returns how many they found.
template <typename Compared>
std::size_t check_same_occurrences(const secondthought::RulePack& pack, const secondthought::Matcher& a,
                                   const secondthought::Matcher& b, const std::vector<std::string>& drafts,
                                   Compared compared) {
  std::size_t occurrences = 0;
  for (const auto& draft : drafts) {
    const auto folded = secondthought::NormalizedText::build(draft, pack.fold);
    const auto found_a = a.match(folded.text());
    const auto found_b = b.match(folded.text());
    REQUIRE(found_a.size() == found_b.size());
    for (std::size_t i = 0; i < found_a.size(); ++i) {
      if (!compared(pack.signals[i])) continue;
      INFO(pack.signals[i].id << " in: " << draft);
      REQUIRE(found_a[i].size() == found_b[i].size());
      for (std::size_t j = 0; j < found_a[i].size(); ++j) {
        CHECK(found_a[i][j].begin == found_b[i][j].begin);
        CHECK(found_a[i][j].end == found_b[i][j].end);
      }
      occurrences += found_a[i].size();
    }
  }
  return occurrences;
}

}  // namespace st_test
