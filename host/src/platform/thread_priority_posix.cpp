#include "platform/thread_priority.hpp"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace secondthought {

void lower_this_thread_priority() noexcept {
#ifdef __linux__
  // On Linux a nice value belongs to a thread, named by its kernel id.
  (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 19);
#endif
}

}  // namespace secondthought
