#pragma once

// A folder of rule files for a test, in the system's temporary directory under
// a random name, removed with everything in it when the object goes.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace st_test {

struct RulesFolder {
  std::filesystem::path dir;
  RulesFolder() {
    std::mt19937 rng(std::random_device{}());
    dir = std::filesystem::temp_directory_path() / ("st-rules-" + std::to_string(rng()));
    std::filesystem::create_directories(dir);
  }
  RulesFolder(const RulesFolder&) = delete;
  RulesFolder& operator=(const RulesFolder&) = delete;
  ~RulesFolder() { std::filesystem::remove_all(dir); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name, std::ios::binary) << text;
  }
};

}  // namespace st_test
