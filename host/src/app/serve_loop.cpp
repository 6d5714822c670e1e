#include "app/serve_loop.hpp"

#include <spdlog/spdlog.h>

#include "protocol/replies.hpp"

namespace secondthought {
namespace {

// The reply to a frame that carried no usable message, if the loop goes on.
std::string frame_error(FrameStatus status) {
  if (status == FrameStatus::empty) {
    return error_reply(std::nullopt, {ErrorCode::bad_request, "empty message"});
  }
  return error_reply(std::nullopt, {ErrorCode::too_large, "message over 1 MiB discarded"});
}

}  // namespace

int serve(ByteSource& in, ByteSink& out, Session& session) {
  for (;;) {
    Frame frame = read_frame(in);
    std::string reply;
    switch (frame.status) {
      case FrameStatus::message:
        spdlog::trace("frame: {} bytes", frame.body.size());
        reply = session.handle(frame.body);
        break;
      case FrameStatus::empty:
      case FrameStatus::too_large:
        spdlog::debug("frame: unusable, {} bytes declared", frame.declared_length);
        reply = frame_error(frame.status);
        break;
      case FrameStatus::end_of_input:
        spdlog::debug("input ended; exiting");
        return 0;
      case FrameStatus::truncated:
        spdlog::error("input ended inside a message ({} bytes declared)", frame.declared_length);
        return 1;
      case FrameStatus::declared_too_large:
        spdlog::error("declared message length {} is over the 64 MiB a browser can send", frame.declared_length);
        return 1;
      case FrameStatus::io_error:
        spdlog::error("reading input failed");
        return 1;
    }
    if (!write_frame(out, reply)) {
      spdlog::error("writing a reply failed");
      return 1;
    }
    spdlog::trace("reply: {} bytes", reply.size());
  }
}

}  // namespace secondthought
