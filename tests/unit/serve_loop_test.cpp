#include <catch2/catch.hpp>

#include "app/serve_loop.hpp"
#include "engine_fixture.hpp"
#include "frame_helpers.hpp"
#include "protocol/json.hpp"
#include "protocol/memory_stream.hpp"

using namespace secondthought;

namespace {
struct Run {
  int status;
  std::vector<std::string> replies;
};
Run serve_bytes(const std::string& stream, std::size_t chunk = 1u << 16) {
  Session session(builtin_engine());
  MemorySource in(stream, chunk);
  MemorySink out;
  int status = serve(in, out, session);
  return {status, bodies_of(out.written)};
}
std::string type_of(const std::string& body) { return InJson::parse(body).at("type").get<std::string>(); }
std::string code_of(const std::string& body) { return InJson::parse(body).at("code").get<std::string>(); }
}  // namespace

TEST_CASE("serve: one reply per frame, exit 0 at the end of input", "[serve]") {
  Run run = serve_bytes(frame_of(R"({"type":"hello"})") + frame_of(R"({"type":"analyze","id":"1","text":"hi"})"), 3);
  CHECK(run.status == 0);
  REQUIRE(run.replies.size() == 2);
  CHECK(type_of(run.replies[0]) == "hello");
  CHECK(type_of(run.replies[1]) == "analysis");
}

TEST_CASE("serve: empty and oversized frames are answered and serving goes on", "[serve]") {
  std::string stream = header_of(0) + frame_of(std::string(max_message_bytes + 10, ' ')) + frame_of(R"({"type":"ping"})");
  Run run = serve_bytes(stream);
  CHECK(run.status == 0);
  REQUIRE(run.replies.size() == 3);
  CHECK(code_of(run.replies[0]) == "bad_request");
  CHECK(code_of(run.replies[1]) == "too_large");
  CHECK(type_of(run.replies[2]) == "pong");
}

TEST_CASE("serve: input that ends inside a frame or declares over 64 MiB exits 1", "[serve]") {
  Run cut = serve_bytes(frame_of(R"({"type":"ping"})") + frame_of(R"({"type":"ping"})").substr(0, 8));
  CHECK(cut.status == 1);
  CHECK(cut.replies.size() == 1);

  Run huge = serve_bytes(header_of(max_declared_bytes + 1) + frame_of(R"({"type":"ping"})"));
  CHECK(huge.status == 1);
  CHECK(huge.replies.empty());
}

namespace {
class ClosedSink final : public ByteSink {
 public:
  bool write_all(std::string_view) override { return false; }
};
}  // namespace

TEST_CASE("serve: a reply that cannot be written ends serving with 1", "[serve]") {
  Session session(builtin_engine());
  std::string stream = frame_of(R"({"type":"ping"})");
  MemorySource in(stream);
  ClosedSink out;
  CHECK(serve(in, out, session) == 1);
}
