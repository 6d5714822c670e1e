#include "app/doctor_table.hpp"

#include <nlohmann/json.hpp>

#include "app/doctor_data.hpp"

namespace secondthought {
namespace {

std::vector<std::string> split(std::string_view text, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(sep, start);
    parts.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// "-" marks an empty cell: tabs in a row of empty cells would be unreadable.
std::string cell(const std::string& value) { return value == "-" ? std::string() : value; }

std::vector<std::string> alternatives(const std::string& value) {
  if (value == "-" || value.empty()) return {};
  return split(value, ',');
}

}  // namespace

std::vector<BrowserInfo> parse_browser_table(std::string_view tsv) {
  std::vector<BrowserInfo> browsers;
  for (const std::string& line : split(tsv, '\n')) {
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string> f = split(line, '\t');
    // name family display commands linux_user linux_system mac_app mac_user mac_system
    // flatpak_id flatpak_dir windows_key extensions_page
    if (f.size() < 11) continue;
    BrowserInfo b;
    b.name = f[0];
    b.family = f[1] == "firefox" ? BrowserFamily::firefox : BrowserFamily::chromium;
    b.display = f[2];
    b.linux_user = cell(f[4]);
    b.linux_system = alternatives(f[5]);
    b.mac_user = cell(f[7]);
    b.mac_system = alternatives(f[8]);
    b.flatpak_id = cell(f[9]);
    b.flatpak_dir = cell(f[10]);
    browsers.push_back(std::move(b));
  }
  return browsers;
}

ExtensionIds parse_extension_ids(std::string_view json_text) {
  ExtensionIds ids;
  const auto doc = nlohmann::json::parse(json_text, nullptr, false);
  if (!doc.is_object()) return ids;
  if (auto it = doc.find("chromium"); it != doc.end() && it->is_string()) ids.chromium = it->get<std::string>();
  if (auto it = doc.find("firefox"); it != doc.end() && it->is_string()) ids.firefox = it->get<std::string>();
  return ids;
}

const std::vector<BrowserInfo>& known_browsers() {
  static const std::vector<BrowserInfo> table = parse_browser_table(doctor_data::browsers_tsv());
  return table;
}

const ExtensionIds& pinned_extension_ids() {
  static const ExtensionIds ids = parse_extension_ids(doctor_data::extension_ids_json());
  return ids;
}

const BrowserInfo* find_browser(std::string_view name) {
  for (const BrowserInfo& b : known_browsers()) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

}  // namespace secondthought
