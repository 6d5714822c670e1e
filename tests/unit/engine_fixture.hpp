// The built-in engine, loaded once for the whole test run.
#pragma once

#include <stdexcept>
#include <variant>

#include "secondthought/engine.hpp"

inline const secondthought::Engine& builtin_engine() {
  static const secondthought::Engine engine = [] {
    auto loaded = secondthought::Engine::load_builtin();
    if (auto* error = std::get_if<secondthought::LoadError>(&loaded)) throw std::runtime_error(error->describe());
    return std::get<secondthought::Engine>(std::move(loaded));
  }();
  return engine;
}
