// Native-messaging framing: a uint32 length in native byte order, then that many
// bytes of UTF-8 JSON (docs/protocol.md, "Framing"). Written against an abstract
// byte source and sink so the binary (stdio) and the fuzzer (memory) share it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace secondthought {

// Largest message handled in either direction: Chromium and Firefox close the
// port on a bigger host -> browser message.
inline constexpr std::uint32_t max_message_bytes = 1u << 20;
// Largest length a browser can declare (Chrome's limit). Anything above cannot
// come from a browser: the stream is not ours to interpret.
inline constexpr std::uint32_t max_declared_bytes = 64u << 20;

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads at most `capacity` bytes into `buffer`. Returns the count read (0 at end
  // of input) or nullopt on an I/O error. May return fewer bytes than asked.
  virtual std::optional<std::size_t> read_some(char* buffer, std::size_t capacity) = 0;
};

class ByteSink {
 public:
  virtual ~ByteSink() = default;
  // Writes every byte of `bytes` or returns false.
  virtual bool write_all(std::string_view bytes) = 0;
};

enum class FrameStatus {
  message,             // `body` holds a message of 1..max_message_bytes bytes
  empty,               // a zero-length frame
  too_large,           // over max_message_bytes: read and discarded
  end_of_input,        // input ended cleanly at a frame boundary
  truncated,           // input ended inside a frame (length or body)
  declared_too_large,  // declared length over max_declared_bytes; nothing more read
  io_error,
};

struct Frame {
  FrameStatus status = FrameStatus::end_of_input;
  std::string body;               // only for FrameStatus::message
  std::uint32_t declared_length = 0;
};

// Reads the next frame, coping with short reads (a frame split across many writes).
Frame read_frame(ByteSource& in);

// Pre-condition: body.size() <= max_message_bytes (callers cap replies first).
// Returns false if the sink failed.
bool write_frame(ByteSink& out, std::string_view body);

}  // namespace secondthought
