// Scheduling hints for background threads (one implementation per platform).
#pragma once

namespace secondthought {

// Asks the OS to run the calling thread only when nothing more urgent wants the
// CPU: background work must never slow down a reply. Best effort: a refusal is
// ignored.
void lower_this_thread_priority() noexcept;

}  // namespace secondthought
