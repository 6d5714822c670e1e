// Reads rules/model.json (kind "model"): the trained model's features,
// weights and, per category, its thresholds and the warning it raises.
// docs/rules.md describes the format.
#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/text_model.hpp"
#include "secondthought/engine.hpp"

namespace secondthought {

struct Finding;

struct ModelFile {
  TextModel model;
  std::vector<std::shared_ptr<const Finding>> findings;  // one per category; the model points at them
};

// Checks the file on its own (shapes, counts, weight range); names of findings
// and guidance keys are checked with the rest of the pack (rule_pack.cpp).
std::variant<ModelFile, LoadError> read_model_file(const nlohmann::json& j, const std::string& file);

}  // namespace secondthought
