// Fuzzes the host as the browser sees it: the input bytes are the host's standard
// input, fed through the same serve loop and the real built-in engine, and every
// frame that comes out must be a well-formed reply.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

#include "app/serve_loop.hpp"
#include "protocol/json.hpp"
#include "protocol/memory_stream.hpp"

namespace {

using namespace secondthought;

const Engine& engine() {
  static const Engine loaded = [] {
    auto result = Engine::load_builtin();
    if (!std::holds_alternative<Engine>(result)) std::abort();
    return std::get<Engine>(std::move(result));
  }();
  return loaded;
}

// Every log call is formatted (trace) but goes nowhere, so log statements are fuzzed too.
void quiet_logging() {
  auto logger = std::make_shared<spdlog::logger>("fuzz", std::make_shared<spdlog::sinks::null_sink_mt>());
  logger->set_level(spdlog::level::trace);
  spdlog::set_default_logger(logger);
}

// Aborts unless every warning of an analysis reply has spans as the protocol
// promises: at least one, each non-empty, sorted and non-overlapping.
void check_spans(const InJson& reply) {
  if (reply["type"] != "analysis") return;
  for (const auto& warning : reply.at("warnings")) {
    const auto& spans = warning.at("spans");
    if (spans.empty()) std::abort();
    std::uint64_t previous_end = 0;
    for (const auto& span : spans) {
      const auto start = span.at("start").get<std::uint64_t>(), end = span.at("end").get<std::uint64_t>();
      if (start >= end || start < previous_end) std::abort();
      previous_end = end;
    }
  }
}

// Aborts unless `out` is a sequence of whole frames, each at most 1 MiB of JSON
// object with a string "type", and there are no more of them than `most`.
void check_replies(std::string_view out, std::size_t most) {
  std::size_t count = 0;
  while (!out.empty()) {
    if (out.size() < 4) std::abort();
    std::uint32_t length = 0;
    std::memcpy(&length, out.data(), 4);
    if (length == 0 || length > max_message_bytes || out.size() - 4 < length) std::abort();
    auto reply = InJson::parse(out.substr(4, length), nullptr, false);
    if (!reply.is_object() || !reply.contains("type") || !reply["type"].is_string()) std::abort();
    check_spans(reply);
    out.remove_prefix(4 + length);
    ++count;
  }
  if (count > most) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  quiet_logging();
  engine();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  // Short reads of a size that varies with the input, as from a pipe.
  MemorySource in(input, size % 13 + 1);
  MemorySink out;
  Session session(engine());
  int status = serve(in, out, session);
  if (status != 0 && status != 1) std::abort();
  check_replies(out.written, size / 4 + 1);  // at most one reply per 4-byte header
  return 0;
}
