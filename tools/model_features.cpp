// Reads labelled posts (JSON lines with "text" and an optional
// "context.surface") on stdin and writes, per post, the features the engine's
// model sees ({"features": [...]}), so that tools/train_model.py trains on
// exactly what the host computes: the same folding, short forms and words.
#include <iostream>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "engine/builtin_rules.hpp"
#include "engine/lowercase.hpp"
#include "engine/normalized_text.hpp"
#include "engine/rule_pack.hpp"
#include "engine/text_model.hpp"

using namespace secondthought;

int main() {
  std::vector<SourceFile> files;
  for (const auto& f : builtin_rule_files()) files.push_back({std::string(f.name), std::string(f.text)});
  const auto loaded = load_rule_pack(files);
  if (const auto* error = std::get_if<LoadError>(&loaded)) {
    std::cerr << "model_features: " << error->describe() << '\n';
    return 1;
  }
  const auto& fold = std::get<RulePack>(loaded).fold;
  std::string line;
  for (std::size_t number = 1; std::getline(std::cin, line); ++number) {
    if (line.empty()) continue;
    std::string text, surface;
    try {
      const auto post = nlohmann::json::parse(line);
      text = post.at("text").get<std::string>();
      if (post.contains("context")) surface = post.at("context").value("surface", std::string());
    } catch (const nlohmann::json::exception& e) {
      std::cerr << "model_features: line " << number << ": " << e.what() << '\n';
      return 1;
    }
    const auto lowered = lower_same_length(NormalizedText::build(text, fold).text());
    nlohmann::json names = nlohmann::json::array();
    for (const auto& name : model_feature_names(lowered, surface)) names.push_back(name);
    std::cout << nlohmann::json{{"features", names}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << '\n';
  }
  return 0;
}
