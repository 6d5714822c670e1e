// Windows: frames must pass untranslated, so stdin and the reply handle are put in
// binary mode (text mode would turn a 0x0A length byte into 0x0D 0x0A). Cannot be
// run on the Linux CI; kept as small as possible.
#include <fcntl.h>
#include <io.h>

#include <cstdio>
#include <limits>

#include "platform/stdio.hpp"

namespace secondthought {
namespace {

class CrtSource final : public ByteSource {
 public:
  explicit CrtSource(int fd) : fd_(fd) {}
  std::optional<std::size_t> read_some(char* buffer, std::size_t capacity) override {
    unsigned int ask = capacity > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max()
                                                                   : static_cast<unsigned int>(capacity);
    int n = ::_read(fd_, buffer, ask);
    if (n < 0) return std::nullopt;
    return static_cast<std::size_t>(n);
  }

 private:
  int fd_;
};

class CrtSink final : public ByteSink {
 public:
  explicit CrtSink(int fd) : fd_(fd) {}
  ~CrtSink() override { ::_close(fd_); }
  CrtSink(const CrtSink&) = delete;
  CrtSink& operator=(const CrtSink&) = delete;
  bool write_all(std::string_view bytes) override {
    while (!bytes.empty()) {
      int n = ::_write(fd_, bytes.data(), static_cast<unsigned int>(bytes.size()));
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
  std::fflush(stdout);
  if (::_setmode(0, _O_BINARY) == -1) return std::string("cannot put standard input in binary mode");
  int replies = ::_dup(1);
  if (replies < 0) return std::string("cannot duplicate standard output");
  if (::_setmode(replies, _O_BINARY) == -1) return std::string("cannot put the reply handle in binary mode");
  if (::_dup2(2, 1) != 0) return std::string("cannot point standard output at standard error");
  FrameChannel channel;
  channel.in = std::make_unique<CrtSource>(0);
  channel.out = std::make_unique<CrtSink>(replies);
  return channel;
}

}  // namespace secondthought
