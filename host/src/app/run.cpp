#include "app/run.hpp"

#include <iostream>

#include <spdlog/spdlog.h>

#include "app/serve_loop.hpp"
#include "app/warmup.hpp"
#include "platform/stdio.hpp"
#include "secondthought/doctor.hpp"
#include "secondthought/engine.hpp"
#include "secondthought/version.hpp"

namespace secondthought {

int run_serve() {
  // First, before the engine or anything else could print to fd 1.
  auto channel = open_frame_channel();
  if (auto* problem = std::get_if<std::string>(&channel)) {
    spdlog::critical("{}", *problem);
    return 1;
  }
  auto& io = std::get<FrameChannel>(channel);
  auto loaded = Engine::load_builtin();
  if (auto* error = std::get_if<LoadError>(&loaded)) {
    spdlog::critical("cannot load the built-in rules: {}", error->describe());
    return 1;
  }
  Session session(std::get<Engine>(loaded));
  const Warmup warmup(std::get<Engine>(loaded), Warmup::builtin_drafts());  // stopped before the engine goes
  spdlog::info("serving protocol {}", protocol_version);
  return serve(*io.in, *io.out, session);
}

int run_main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  auto parsed = parse_cli(args);
  if (auto* error = std::get_if<CliError>(&parsed)) {
    std::cerr << "secondthought-host: " << error->message << '\n';
    return 2;
  }
  const auto& options = std::get<CliOptions>(parsed);
  setup_logging(options.log);
  switch (options.command) {
    case Command::help: std::cout << usage_text(); return 0;
    case Command::version: std::cout << "secondthought-host " << host_version() << '\n'; return 0;
    case Command::serve: return run_serve();
    case Command::check: return run_check(options.check, std::cin, std::cout, std::cerr);
    case Command::doctor: return run_doctor(options.doctor_args, std::cout, std::cerr);
  }
  return 2;
}

}  // namespace secondthought
