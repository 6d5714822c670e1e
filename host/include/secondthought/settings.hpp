// Per-connection settings, as the `configure` message carries them.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace secondthought {

enum class Sensitivity { strict, balanced, relaxed };

struct Settings {
  std::string profile = "gmc";       // one of Engine::profiles()
  std::string real_name;             // identity.real_name; empty: not given
  std::map<std::string, bool> categories;  // category -> on/off; absent means on
  Sensitivity sensitivity = Sensitivity::balanced;
  std::vector<std::string> watch_terms;  // always flag these (patients, colleagues, employer)
  std::vector<std::string> allow_terms;  // never flag spans that are exactly one of these

  bool category_enabled(const std::string& category) const {
    auto it = categories.find(category);
    return it == categories.end() || it->second;
  }
};

}  // namespace secondthought
