#include "secondthought/warning.hpp"

#include "secondthought/engine.hpp"

namespace secondthought {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
  }
  return "low";
}

const std::vector<std::string>& categories() {
  static const std::vector<std::string> all = {"confidentiality", "boundaries", "anonymity",
                                               "colleagues",      "conflicts",  "conduct",
                                               "visibility"};
  return all;
}

std::string LoadError::describe() const {
  std::string out = file;
  if (!rule.empty()) out += ": rule " + rule;
  out += ": " + message;
  return out;
}

}  // namespace secondthought
