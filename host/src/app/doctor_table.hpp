// The browser table (installer/browsers.tsv) and the extension's pinned IDs, parsed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace secondthought {

enum class BrowserFamily { chromium, firefox };

struct BrowserInfo {
  std::string name;     // as on the command line: "chromium", "firefox", ...
  BrowserFamily family = BrowserFamily::chromium;
  std::string display;  // "Google Chrome"
  std::string linux_user;                  // relative to $HOME
  std::vector<std::string> linux_system;   // absolute, in the order the browser reads them
  std::string mac_user;                    // relative to $HOME
  std::vector<std::string> mac_system;
  std::string flatpak_id;                  // empty when none
  std::string flatpak_dir;                 // relative to ~/.var/app/<flatpak_id>
};

struct ExtensionIds {
  std::string chromium;  // 32 letters a-p
  std::string firefox;   // gecko id
};

// Rows of the tab-separated table; comment and malformed lines are skipped.
std::vector<BrowserInfo> parse_browser_table(std::string_view tsv);
// Empty fields when the JSON lacks them: the doctor then says it cannot check IDs.
ExtensionIds parse_extension_ids(std::string_view json_text);

const std::vector<BrowserInfo>& known_browsers();
const ExtensionIds& pinned_extension_ids();
const BrowserInfo* find_browser(std::string_view name);

}  // namespace secondthought
