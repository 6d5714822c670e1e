// In-memory byte source and sink: the serve loop without a process, for the unit
// tests and the fuzzer.
#pragma once

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "protocol/framing.hpp"

namespace secondthought {

// Hands out `bytes` at most `chunk` bytes per read, like a pipe fed by many small
// writes. Pre-condition: chunk > 0.
class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes, std::size_t chunk = 1u << 16) : bytes_(bytes), chunk_(chunk) {}
  std::optional<std::size_t> read_some(char* buffer, std::size_t capacity) override {
    std::size_t n = std::min({capacity, chunk_, bytes_.size()});
    if (n > 0) std::memcpy(buffer, bytes_.data(), n);
    bytes_.remove_prefix(n);
    return n;
  }

 private:
  std::string_view bytes_;
  std::size_t chunk_;
};

class MemorySink final : public ByteSink {
 public:
  bool write_all(std::string_view bytes) override {
    written.append(bytes);
    return true;
  }
  std::string written;
};

}  // namespace secondthought
