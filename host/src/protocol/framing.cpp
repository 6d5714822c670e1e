#include "protocol/framing.hpp"

#include <array>
#include <cstring>

namespace secondthought {
namespace {

enum class FillResult { full, end_at_start, end_inside, io_error };

// Reads exactly `size` bytes unless input ends or fails first.
FillResult read_exactly(ByteSource& in, char* buffer, std::size_t size) {
  std::size_t got = 0;
  while (got < size) {
    auto n = in.read_some(buffer + got, size - got);
    if (!n) return FillResult::io_error;
    if (*n == 0) return got == 0 ? FillResult::end_at_start : FillResult::end_inside;
    got += *n;
  }
  return FillResult::full;
}

// Discards `size` bytes through a fixed buffer: an oversized message must not
// make us allocate what the browser declared.
FillResult discard(ByteSource& in, std::size_t size) {
  std::array<char, 64 * 1024> scratch{};
  while (size > 0) {
    std::size_t chunk = size < scratch.size() ? size : scratch.size();
    auto result = read_exactly(in, scratch.data(), chunk);
    if (result == FillResult::io_error) return result;
    if (result != FillResult::full) return FillResult::end_inside;
    size -= chunk;
  }
  return FillResult::full;
}

Frame status_only(FrameStatus status, std::uint32_t declared) {
  Frame frame;
  frame.status = status;
  frame.declared_length = declared;
  return frame;
}

}  // namespace

Frame read_frame(ByteSource& in) {
  std::array<char, 4> header{};
  switch (read_exactly(in, header.data(), header.size())) {
    case FillResult::full: break;
    case FillResult::end_at_start: return status_only(FrameStatus::end_of_input, 0);
    case FillResult::end_inside: return status_only(FrameStatus::truncated, 0);
    case FillResult::io_error: return status_only(FrameStatus::io_error, 0);
  }
  std::uint32_t length = 0;
  std::memcpy(&length, header.data(), sizeof length);  // native byte order, as browsers write it

  if (length == 0) return status_only(FrameStatus::empty, 0);
  if (length > max_declared_bytes) return status_only(FrameStatus::declared_too_large, length);
  if (length > max_message_bytes) {
    switch (discard(in, length)) {
      case FillResult::full: return status_only(FrameStatus::too_large, length);
      case FillResult::io_error: return status_only(FrameStatus::io_error, length);
      default: return status_only(FrameStatus::truncated, length);
    }
  }
  Frame frame;
  frame.declared_length = length;
  frame.body.resize(length);
  switch (read_exactly(in, frame.body.data(), length)) {
    case FillResult::full: frame.status = FrameStatus::message; return frame;
    case FillResult::io_error: return status_only(FrameStatus::io_error, length);
    default: return status_only(FrameStatus::truncated, length);
  }
}

bool write_frame(ByteSink& out, std::string_view body) {
  if (body.size() > max_message_bytes) return false;
  auto length = static_cast<std::uint32_t>(body.size());
  std::string frame(sizeof length, '\0');
  std::memcpy(frame.data(), &length, sizeof length);
  frame.append(body);
  // One write per frame, so a reader never sees a header without its body.
  return out.write_all(frame);
}

}  // namespace secondthought
