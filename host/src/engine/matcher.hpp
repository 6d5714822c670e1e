// Compiles every signal once; per draft, finds where each one matches.
#pragma once

#include <memory>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/occurrence.hpp"
#include "engine/rule_pack.hpp"

namespace secondthought {

class Matcher {
 public:
  // Compiles every pattern (on all cores: start-up time is part of the product).
  // A pattern longer than `max_part_bytes` is compiled as several programs, one
  // per run of its top-level alternatives (engine/alternation.hpp); what it
  // matches is unchanged. A pattern RE2 rejects is a LoadError naming its file
  // and signal.
  static constexpr std::size_t kMaxPartBytes = 16 * 1024;
  static std::variant<Matcher, LoadError> compile(const std::vector<Signal>& signals,
                                                  std::size_t max_part_bytes = kMaxPartBytes);

  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // occurrences[i] lists the matches of signals[i] in `text`: in order, not
  // overlapping, validated, and without those an `except` signal overlaps.
  std::vector<std::vector<Occurrence>> match(std::string_view text) const;

  // The same for the signals marked in `wanted` only (and, transitively, the
  // `except` signals they depend on); `done` marks what `out` already holds and is updated.
  // Pre-conditions: wanted, done and out have one entry per signal; `lowered` is
  // lower_same_length(text) (engine/lowercase.hpp), made once per draft by the caller.
  void match_some(std::string_view text, std::string_view lowered, const std::vector<bool>& wanted,
                  std::vector<bool>& done, std::vector<std::vector<Occurrence>>& out) const;

 private:
  struct Impl;
  explicit Matcher(std::unique_ptr<Impl> impl);
  void match_one(std::string_view original, std::string_view lowered, std::size_t index,
                 std::vector<Occurrence>& out) const;
  void drop_excepted(std::vector<std::vector<Occurrence>>& out, const std::vector<std::size_t>& fresh) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace secondthought
