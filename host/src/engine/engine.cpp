// Interim engine so the host links while the real one is built on the engine branch.
#include "secondthought/engine.hpp"

namespace secondthought {

struct Engine::Impl {
  std::vector<std::string> profiles{"gmc", "nmc", "gphc", "hcpc", "gdc"};
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;
Engine::~Engine() = default;

std::variant<Engine, LoadError> Engine::load_builtin() { return Engine(std::make_unique<Impl>()); }
std::variant<Engine, LoadError> Engine::load_directory(const std::string&) {
  return Engine(std::make_unique<Impl>());
}
Analysis Engine::analyze(std::string_view, const Settings&, const Context&) const { return {}; }
const std::vector<std::string>& Engine::profiles() const { return impl_->profiles; }

}  // namespace secondthought
