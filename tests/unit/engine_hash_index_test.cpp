#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "engine/hash_index.hpp"

using namespace secondthought;

namespace {

// Distinct keys of `n` random hashes, sorted, and the hashes they came from in the same order.
struct Sample {
  std::vector<std::uint64_t> hashes;
  std::vector<std::uint64_t> keys;
};

Sample sample(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::uint64_t> hashes(n);
  for (auto& h : hashes) h = rng();
  std::sort(hashes.begin(), hashes.end(),
            [](std::uint64_t a, std::uint64_t b) { return HashIndex::key(a) < HashIndex::key(b); });
  hashes.erase(std::unique(hashes.begin(), hashes.end(),
                           [](std::uint64_t a, std::uint64_t b) { return HashIndex::key(a) == HashIndex::key(b); }),
               hashes.end());
  Sample s{hashes, {}};
  for (const auto h : hashes) s.keys.push_back(HashIndex::key(h));
  return s;
}

}  // namespace

TEST_CASE("engine hash_index: every entry is found at its place, and strangers are not", "[engine][hash_index]") {
  const auto s = sample(60'000, 20261129);
  const HashIndex index(s.keys);
  REQUIRE(index.size() == s.keys.size());
  for (std::size_t k = 0; k < s.hashes.size(); ++k) REQUIRE(index.find(s.hashes[k]) == k);

  std::mt19937_64 rng(7);
  std::size_t taken = 0;
  for (int i = 0; i < 100'000; ++i) {
    const auto h = rng();
    const bool known = std::binary_search(s.keys.begin(), s.keys.end(), HashIndex::key(h));
    const auto found = index.find(h);
    CHECK((found != HashIndex::npos) == known);
    if (found != HashIndex::npos) ++taken;
  }
  CHECK(taken == 0);  // with 60,000 entries in 2^44 keys, none of 100,000 strangers should match
}

TEST_CASE("engine hash_index: only the top bits and the low 32 bits tell hashes apart", "[engine][hash_index]") {
  const std::uint64_t first = 0x0000000000000001ull;  // bucket 0
  const std::uint64_t last = 0xfff0000012345678ull;   // the last bucket
  const HashIndex index({HashIndex::key(first), HashIndex::key(last)});
  CHECK(index.find(first) == 0);
  CHECK(index.find(last) == 1);
  // The middle 20 bits are not kept: these are the same entries.
  CHECK(index.find(first | 0x000fffff00000000ull) == 0);
  CHECK(index.find(last | 0x000abcde00000000ull) == 1);
  // A different bucket or different low bits are not.
  CHECK(index.find(first | 0x0010000000000000ull) == HashIndex::npos);
  CHECK(index.find(last ^ 1) == HashIndex::npos);
  CHECK(index.find(0x7ff0000012345678ull) == HashIndex::npos);
}

TEST_CASE("engine hash_index: an empty index finds nothing", "[engine][hash_index]") {
  const HashIndex empty;
  CHECK(empty.size() == 0);
  CHECK(empty.find(0) == HashIndex::npos);
  CHECK(empty.find(~0ull) == HashIndex::npos);
  const HashIndex built(std::vector<std::uint64_t>{});
  CHECK(built.find(12345) == HashIndex::npos);
}
