#include <catch2/catch.hpp>

#include "frame_helpers.hpp"
#include "protocol/framing.hpp"
#include "protocol/memory_stream.hpp"

using namespace secondthought;

TEST_CASE("framing: a message is read whole, whatever the read sizes", "[framing]") {
  std::string stream = frame_of(R"({"type":"hello"})") + frame_of("[1]");
  for (std::size_t chunk : {1u, 2u, 3u, 5u, 4096u}) {
    MemorySource in(stream, chunk);
    Frame first = read_frame(in);
    REQUIRE(first.status == FrameStatus::message);
    CHECK(first.body == R"({"type":"hello"})");
    Frame second = read_frame(in);
    REQUIRE(second.status == FrameStatus::message);
    CHECK(second.body == "[1]");
    CHECK(read_frame(in).status == FrameStatus::end_of_input);
  }
}

TEST_CASE("framing: end of input at a boundary and inside a frame", "[framing]") {
  MemorySource nothing("");
  CHECK(read_frame(nothing).status == FrameStatus::end_of_input);

  std::string half_header = header_of(10).substr(0, 2);
  MemorySource cut_header(half_header);
  CHECK(read_frame(cut_header).status == FrameStatus::truncated);

  std::string cut = frame_of("0123456789").substr(0, 9);
  MemorySource cut_body(cut);
  CHECK(read_frame(cut_body).status == FrameStatus::truncated);
}

TEST_CASE("framing: zero length is its own status and the stream goes on", "[framing]") {
  std::string stream = header_of(0) + frame_of("{}");
  MemorySource in(stream);
  CHECK(read_frame(in).status == FrameStatus::empty);
  Frame next = read_frame(in);
  CHECK(next.status == FrameStatus::message);
  CHECK(next.body == "{}");
}

TEST_CASE("framing: the size limits", "[framing]") {
  SECTION("exactly 1 MiB is a message") {
    std::string stream = frame_of(std::string(max_message_bytes, 'x'));
    MemorySource in(stream);
    Frame frame = read_frame(in);
    CHECK(frame.status == FrameStatus::message);
    CHECK(frame.body.size() == max_message_bytes);
  }
  SECTION("1 MiB + 1 is discarded and the next frame is read") {
    std::string stream = frame_of(std::string(max_message_bytes + 1, 'x')) + frame_of("{}");
    MemorySource in(stream, 7000);
    Frame big = read_frame(in);
    CHECK(big.status == FrameStatus::too_large);
    CHECK(big.body.empty());
    CHECK(big.declared_length == max_message_bytes + 1);
    CHECK(read_frame(in).body == "{}");
  }
  SECTION("an oversized frame cut short is truncated input") {
    std::string stream = header_of(2 * max_message_bytes) + std::string(100, 'x');
    MemorySource in(stream);
    CHECK(read_frame(in).status == FrameStatus::truncated);
  }
  SECTION("over 64 MiB declared is refused without reading on") {
    std::string stream = header_of(max_declared_bytes + 1) + "xyz";
    MemorySource in(stream);
    Frame frame = read_frame(in);
    CHECK(frame.status == FrameStatus::declared_too_large);
    CHECK(frame.declared_length == max_declared_bytes + 1);
  }
}

TEST_CASE("framing: write_frame writes header and body, and refuses over 1 MiB", "[framing]") {
  MemorySink out;
  REQUIRE(write_frame(out, "{\"a\":1}"));
  CHECK(out.written == frame_of("{\"a\":1}"));
  MemorySink big;
  CHECK_FALSE(write_frame(big, std::string(max_message_bytes + 1, 'x')));
  CHECK(big.written.empty());
}

namespace {
class FailingSource final : public ByteSource {
 public:
  std::optional<std::size_t> read_some(char*, std::size_t) override { return std::nullopt; }
};
}  // namespace

TEST_CASE("framing: a read error is reported as such", "[framing]") {
  FailingSource in;
  CHECK(read_frame(in).status == FrameStatus::io_error);
}
