#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace secondthought {

// A sorted set of 64-bit hashes that answers "which entry is this?" in a
// little over half the memory of a sorted std::vector<std::uint64_t>: the
// model knows tens of thousands of features, and its index was the largest
// thing on the heap after RE2's programs.
//
// Only 44 bits of a hash are kept (key()): the top kBucketBits choose a
// bucket, and the low 32 bits are stored. With 60,000 entries the chance that
// a draft's unknown feature is taken for a known one is about 1 in 3 x 10^8
// per look-up, and the chance that two entries share a key about 1 in 10^4;
// the loader refuses a model whose features do (see read_model_file).
class HashIndex {
 public:
  static constexpr unsigned kBucketBits = 12;

  // The part of `hash` the index keeps; two hashes are the same entry when
  // their keys are equal. Keys sort by bucket, then by the low 32 bits.
  static std::uint64_t key(std::uint64_t hash) {
    return ((hash >> (64 - kBucketBits)) << 32) | (hash & 0xffffffffu);
  }

  HashIndex() = default;
  // Pre-condition: `keys` are key()s, strictly ascending, fewer than 2^32.
  explicit HashIndex(const std::vector<std::uint64_t>& keys);

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  // The position in `keys` of key(hash), or npos.
  std::size_t find(std::uint64_t hash) const;

  std::size_t size() const { return low_.size(); }

 private:
  std::vector<std::uint32_t> starts_;  // bucket b holds low_[starts_[b], starts_[b + 1])
  std::vector<std::uint32_t> low_;
};

}  // namespace secondthought
