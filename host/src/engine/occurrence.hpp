// Where a signal (or a model feature) was found, in folded-text bytes.
#pragma once

#include <cstddef>

namespace secondthought {

struct Occurrence {
  std::size_t begin = 0, end = 0;
};

}  // namespace secondthought
