#include "engine/hash_index.hpp"

#include <algorithm>

namespace secondthought {

HashIndex::HashIndex(const std::vector<std::uint64_t>& keys) : starts_((1u << kBucketBits) + 1, 0) {
  low_.reserve(keys.size());
  for (const auto k : keys) {
    ++starts_[(k >> 32) + 1];
    low_.push_back(static_cast<std::uint32_t>(k));
  }
  for (std::size_t b = 1; b < starts_.size(); ++b) starts_[b] += starts_[b - 1];
}

std::size_t HashIndex::find(std::uint64_t hash) const {
  if (low_.empty()) return npos;
  const auto bucket = hash >> (64 - kBucketBits);
  const auto low = static_cast<std::uint32_t>(hash);
  const auto first = low_.begin() + starts_[bucket];
  const auto last = low_.begin() + starts_[bucket + 1];
  const auto it = std::lower_bound(first, last, low);
  if (it == last || *it != low) return npos;
  return static_cast<std::size_t>(it - low_.begin());
}

}  // namespace secondthought
