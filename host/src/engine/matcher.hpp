// Compiles every signal once; per draft, one RE2::Set pass says which signals can
// match, and only those run again to find where.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "engine/rule_pack.hpp"

namespace re2 {
class RE2;
}

namespace secondthought {

// A match of one signal, in folded-text bytes.
struct Occurrence {
  std::size_t begin = 0, end = 0;
};

class Matcher {
 public:
  // Pre-condition: `signals` passed load_rule_pack (every pattern compiles).
  explicit Matcher(const std::vector<Signal>& signals);
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // occurrences[i] lists the matches of signals[i] in `text`, in order, validated.
  std::vector<std::vector<Occurrence>> match(std::string_view text) const;

 private:
  void drop_excepted(std::vector<std::vector<Occurrence>>& out) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace secondthought
