// Building and splitting frames in tests.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

inline std::string frame_of(std::string_view body) {
  auto length = static_cast<std::uint32_t>(body.size());
  std::string out(4, '\0');
  std::memcpy(out.data(), &length, 4);
  out.append(body);
  return out;
}

inline std::string header_of(std::uint32_t length) {
  std::string out(4, '\0');
  std::memcpy(out.data(), &length, 4);
  return out;
}

// The bodies of the frames in `stream`; stops at a frame that is cut short.
inline std::vector<std::string> bodies_of(std::string_view stream) {
  std::vector<std::string> out;
  while (stream.size() >= 4) {
    std::uint32_t length = 0;
    std::memcpy(&length, stream.data(), 4);
    if (stream.size() - 4 < length) break;
    out.emplace_back(stream.substr(4, length));
    stream.remove_prefix(4 + length);
  }
  return out;
}
