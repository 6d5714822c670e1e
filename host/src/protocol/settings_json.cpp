#include "protocol/settings_json.hpp"

#include <algorithm>
#include <optional>

#include "secondthought/warning.hpp"

namespace secondthought {
namespace {

struct SensitivityName {
  Sensitivity value;
  const char* name;
};
constexpr SensitivityName sensitivity_names[] = {
    {Sensitivity::strict, "strict"}, {Sensitivity::balanced, "balanced"}, {Sensitivity::relaxed, "relaxed"}};

ProtocolError invalid(std::string message) { return {ErrorCode::invalid_field, std::move(message)}; }

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The error messages name the field, never the value: values may be patient names.
std::optional<ProtocolError> read_terms(const InJson& value, const char* field, std::vector<std::string>& out) {
  if (!value.is_array()) return invalid(std::string("settings.") + field + " must be an array of strings");
  std::vector<std::string> terms;
  for (const auto& term : value) {
    if (!term.is_string() || term.get_ref<const std::string&>().empty()) {
      return invalid(std::string("settings.") + field + " must hold only non-empty strings");
    }
    terms.push_back(term.get<std::string>());
  }
  out = std::move(terms);
  return std::nullopt;
}

std::optional<ProtocolError> read_categories(const InJson& value, std::map<std::string, bool>& out) {
  if (!value.is_object()) return invalid("settings.categories must be an object of booleans");
  for (const auto& [name, on] : value.items()) {
    if (!contains(categories(), name)) return invalid("settings.categories names an unknown category");
    if (!on.is_boolean()) return invalid("settings.categories values must be booleans");
    out[name] = on.get<bool>();
  }
  return std::nullopt;
}

std::optional<ProtocolError> read_identity(const InJson& value, std::string& real_name) {
  if (!value.is_object()) return invalid("settings.identity must be an object");
  if (auto it = value.find("real_name"); it != value.end()) {
    if (!it->is_string()) return invalid("settings.identity.real_name must be a string");
    real_name = it->get<std::string>();
  }
  return std::nullopt;
}

std::optional<ProtocolError> read_sensitivity(const InJson& value, Sensitivity& out) {
  if (value.is_string()) {
    for (const auto& entry : sensitivity_names) {
      if (value.get_ref<const std::string&>() == entry.name) {
        out = entry.value;
        return std::nullopt;
      }
    }
  }
  return invalid("settings.sensitivity must be \"strict\", \"balanced\" or \"relaxed\"");
}

std::optional<ProtocolError> apply(const InJson& patch, Settings& next, const std::vector<std::string>& profiles) {
  if (!patch.is_object()) return invalid("settings must be an object");
  if (auto it = patch.find("profile"); it != patch.end()) {
    if (!it->is_string()) return invalid("settings.profile must be a string");
    if (!contains(profiles, it->get<std::string>())) return invalid("settings.profile is not a known profile");
    next.profile = it->get<std::string>();
  }
  if (auto it = patch.find("identity"); it != patch.end()) {
    if (auto error = read_identity(*it, next.real_name)) return error;
  }
  if (auto it = patch.find("categories"); it != patch.end()) {
    if (auto error = read_categories(*it, next.categories)) return error;
  }
  if (auto it = patch.find("sensitivity"); it != patch.end()) {
    if (auto error = read_sensitivity(*it, next.sensitivity)) return error;
  }
  if (auto it = patch.find("watch_terms"); it != patch.end()) {
    if (auto error = read_terms(*it, "watch_terms", next.watch_terms)) return error;
  }
  if (auto it = patch.find("allow_terms"); it != patch.end()) {
    if (auto error = read_terms(*it, "allow_terms", next.allow_terms)) return error;
  }
  return std::nullopt;
}

}  // namespace

Json settings_to_json(const Settings& settings) {
  Json out = Json::object();
  out["profile"] = settings.profile;
  out["identity"] = {{"real_name", settings.real_name}};
  Json cats = Json::object();
  for (const auto& name : categories()) cats[name] = settings.category_enabled(name);
  out["categories"] = std::move(cats);
  for (const auto& entry : sensitivity_names) {
    if (entry.value == settings.sensitivity) out["sensitivity"] = entry.name;
  }
  out["watch_terms"] = settings.watch_terms;
  out["allow_terms"] = settings.allow_terms;
  return out;
}

std::variant<Settings, ProtocolError> merge_settings(const InJson& patch, const Settings& current,
                                                     const std::vector<std::string>& profiles) {
  Settings next = current;  // work on a copy: an error must change nothing
  if (auto error = apply(patch, next, profiles)) return *error;
  return next;
}

}  // namespace secondthought
