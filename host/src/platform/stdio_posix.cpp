// POSIX: frames on fd 0 and a close-on-exec copy of fd 1; fd 1 then points at stderr.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "platform/stdio.hpp"

namespace secondthought {
namespace {

class FdSource final : public ByteSource {
 public:
  explicit FdSource(int fd) : fd_(fd) {}
  std::optional<std::size_t> read_some(char* buffer, std::size_t capacity) override {
    for (;;) {
      ssize_t n = ::read(fd_, buffer, capacity);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno != EINTR) return std::nullopt;
    }
  }

 private:
  int fd_;
};

class FdSink final : public ByteSink {
 public:
  explicit FdSink(int fd) : fd_(fd) {}
  ~FdSink() override { ::close(fd_); }
  FdSink(const FdSink&) = delete;
  FdSink& operator=(const FdSink&) = delete;
  bool write_all(std::string_view bytes) override {
    while (!bytes.empty()) {
      ssize_t n = ::write(fd_, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }

 private:
  int fd_;
};

}  // namespace

std::variant<FrameChannel, std::string> open_frame_channel() {
  // A browser that goes away closes our stdout: let write() fail with EPIPE so
  // the loop can log and exit instead of dying silently on SIGPIPE.
  ::signal(SIGPIPE, SIG_IGN);
  std::fflush(stdout);
  int replies = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (replies < 0) return std::string("cannot duplicate standard output");
  if (::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    ::close(replies);
    return std::string("cannot point standard output at standard error");
  }
  FrameChannel channel;
  channel.in = std::make_unique<FdSource>(STDIN_FILENO);
  channel.out = std::make_unique<FdSink>(replies);
  return channel;
}

}  // namespace secondthought
