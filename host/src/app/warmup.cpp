#include "app/warmup.hpp"

#include <spdlog/spdlog.h>

#include <exception>

#include "engine/builtin_rules.hpp"
#include "platform/thread_priority.hpp"

namespace secondthought {

Warmup::Warmup(const Engine& engine, std::vector<std::string_view> drafts)
    : thread_([&engine, drafts = std::move(drafts)](std::stop_token stop) {
        lower_this_thread_priority();
        const Settings settings;  // defaults: every category on, balanced
        const Context context;
        std::size_t done = 0;
        try {
          for (const auto draft : drafts) {
            if (stop.stop_requested()) break;
            (void)engine.analyze(draft, settings, context);
            ++done;
          }
        } catch (const std::exception& e) {
          // Only sample text is analysed here; a failure costs speed, not answers.
          spdlog::warn("warm-up stopped: {}", e.what());
        }
        spdlog::debug("warm-up analysed {} of {} sample drafts", done, drafts.size());
      }) {}

Warmup::~Warmup() {
  thread_.request_stop();  // std::jthread joins on destruction
}

std::vector<std::string_view> Warmup::builtin_drafts() {
  std::vector<std::string_view> drafts;
  for (const auto& file : builtin_warmup_files()) {
    std::string_view rest = file.text;
    while (!rest.empty()) {
      const auto end = rest.find('\n');
      const auto line = rest.substr(0, end);
      if (line.find_first_not_of(" \t\r") != std::string_view::npos) drafts.push_back(line);
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
  }
  return drafts;
}

}  // namespace secondthought
