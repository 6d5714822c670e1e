// Warms the engine in the background right after start.
//
// RE2 builds each pattern's DFA states lazily, the first time a search needs
// them, so the first drafts a fresh host sees take about twice as long as later
// ones (docs/performance.md). A Warmup analyses the built-in sample drafts on its
// own low-priority thread, so that the states exist before the user's
// first real draft; requests are served meanwhile (Engine::analyze is const and
// may run concurrently). Sample drafts are invented text, never user data.
#pragma once

#include <string_view>
#include <thread>
#include <vector>

#include "secondthought/engine.hpp"

namespace secondthought {

class Warmup {
 public:
  // Starts analysing `drafts` at once. Pre-condition: `engine` and the text that
  // `drafts` points into outlive this object.
  Warmup(const Engine& engine, std::vector<std::string_view> drafts);
  // Stops after the draft in progress (each takes milliseconds) and joins.
  ~Warmup();
  Warmup(const Warmup&) = delete;
  Warmup& operator=(const Warmup&) = delete;

  // The built-in sample drafts: every non-empty line of host/warmup/*.txt.
  static std::vector<std::string_view> builtin_drafts();

 private:
  std::jthread thread_;
};

}  // namespace secondthought
