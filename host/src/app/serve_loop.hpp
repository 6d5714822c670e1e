// The serve loop: frames in, one reply frame out per frame, until input ends.
#pragma once

#include "app/session.hpp"
#include "protocol/framing.hpp"

namespace secondthought {

// Serves until the input ends or cannot be trusted. Returns the process exit
// status: 0 when input ended at a frame boundary; 1 when it ended inside a frame,
// declared more than max_declared_bytes, or reading or writing failed.
int serve(ByteSource& in, ByteSink& out, Session& session);

}  // namespace secondthought
