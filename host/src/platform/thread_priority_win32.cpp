#include "platform/thread_priority.hpp"

#include <windows.h>

namespace secondthought {

void lower_this_thread_priority() noexcept { (void)SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_LOWEST); }

}  // namespace secondthought
