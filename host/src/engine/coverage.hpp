// Overlap queries over many ranges, for drafts long enough to hold thousands.
#pragma once

#include <algorithm>
#include <vector>

#include "engine/matcher.hpp"

namespace secondthought {

// Answers "does this range overlap any of those?" in O(log n): ranges sorted by
// start, with the furthest end reached so far. A long draft yields thousands.
class Coverage {
 public:
  explicit Coverage(std::vector<Occurrence> ranges) : ranges_(std::move(ranges)) {
    std::sort(ranges_.begin(), ranges_.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
    std::size_t reach = 0;
    for (const auto& r : ranges_) reach_.push_back(reach = std::max(reach, r.end));
  }
  bool overlaps(const Occurrence& o) const {
    // The ranges starting before o.end; o overlaps one iff the furthest of them ends after o.begin.
    const auto n = std::lower_bound(ranges_.begin(), ranges_.end(), o.end,
                                    [](const Occurrence& r, std::size_t end) { return r.begin < end; }) -
                   ranges_.begin();
    return n > 0 && reach_[static_cast<std::size_t>(n - 1)] > o.begin;
  }

 private:
  std::vector<Occurrence> ranges_;
  std::vector<std::size_t> reach_;
};

}  // namespace secondthought
