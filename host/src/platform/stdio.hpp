// The process's stdio as a frame channel (one implementation per platform).
#pragma once

#include <memory>
#include <string>
#include <variant>

#include "protocol/framing.hpp"

namespace secondthought {

struct FrameChannel {
  std::unique_ptr<ByteSource> in;   // standard input
  std::unique_ptr<ByteSink> out;    // a private copy of the original standard output
};

// Call once, before anything else could print. Keeps a private copy of fd 1 for
// replies and points fd 1 at stderr, so a stray print from any library lands in
// the browser's log instead of corrupting a frame. Puts both in binary mode where
// that matters (Windows) and makes a closed reader an error, not a signal (POSIX).
// Returns the channel, or what failed.
std::variant<FrameChannel, std::string> open_frame_channel();

}  // namespace secondthought
