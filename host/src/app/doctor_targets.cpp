#include "app/doctor_targets.hpp"

#include <filesystem>
#include <system_error>

#include "app/doctor_data.hpp"
#include "secondthought/version.hpp"

namespace secondthought {
namespace fs = std::filesystem;
namespace {

std::string known_names() {
  std::string names;
  for (const BrowserInfo& b : known_browsers()) names += (names.empty() ? "" : ", ") + b.name;
  return names;
}

std::string manifest_in(const std::string& dir) { return dir + "/" + std::string(host_name) + ".json"; }

// Quote for a POSIX shell only when needed, so the usual fix reads naturally.
std::string shell_word(const std::string& s) {
  if (s.find_first_of(" \t'\"\\$`*?[]{}()<>|&;!#~") == std::string::npos && !s.empty()) return s;
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string installer() {
  const std::string script = std::string(doctor_data::source_dir()) + "/installer/install.sh";
  std::error_code ec;
  if (fs::exists(script, ec)) return shell_word(script);
  return "installer/install.sh";  // from a checkout of the Second Thought source
}

std::string fix_command(const DoctorOptions& o, const BrowserInfo* browser, bool profile) {
  std::string cmd = (o.system && o.root.empty() ? "sudo " : "") + installer();
  if (o.system) cmd += " --system";
  if (profile) {
    cmd += " --user-data-dir " + shell_word(o.user_data_dir);
  } else if (browser != nullptr) {
    cmd += " --browser " + browser->name;
  }
  if (!o.root.empty()) cmd += " --root " + shell_word(o.root);
  return cmd;
}

bool asked_for(const DoctorOptions& o, const BrowserInfo& b) {
  if (o.browsers.empty()) return true;
  for (const std::string& name : o.browsers) {
    if (name == b.name) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> confinement_notes(const DoctorOptions& options) {
  struct Snap {
    const char* browser;
    const char* path;
    const char* note;
  };
  static const Snap snaps[] = {
      {"chromium", "/snap/bin/chromium",
       "Chromium from Snap (/snap/bin/chromium) cannot start programs outside its confinement, so it never "
       "reaches the host: use Chromium or Chrome from a .deb"},
      {"firefox", "/snap/bin/firefox",
       "Firefox from Snap (/snap/bin/firefox) reaches the host only through xdg-desktop-portal's WebExtensions "
       "portal; if it reports \"host not found\", use Firefox from a .deb or Mozilla's tarball"},
  };
  std::vector<std::string> notes;
  for (const Snap& snap : snaps) {
    const BrowserInfo* b = find_browser(snap.browser);
    std::error_code ec;
    if (b != nullptr && asked_for(options, *b) && fs::exists(options.root + snap.path, ec)) notes.emplace_back(snap.note);
  }
  return notes;
}

std::string setup_command(const DoctorOptions& options) {
  return fix_command(options, nullptr, !options.user_data_dir.empty());
}

std::string doctor_usage() {
  return "usage: secondthought-host doctor [--browser NAME]... [--user-data-dir DIR] [--system] [--root DIR] [--json]\n"
         "  Checks every folder where a browser looks for the host's manifest and says how to fix each problem.\n"
         "  --browser NAME       only this browser (" + known_names() + "); repeatable\n"
         "  --user-data-dir DIR  a Chromium-family browser started with --user-data-dir=DIR\n"
         "  --system             the system-wide folders (what --system installs)\n"
         "  --root DIR           read every path under DIR (a staged install or unpacked package)\n"
         "  --json               one JSON report on stdout\n"
         "  Exit status: 0 every browser asked about can reach this host, 1 one cannot, 2 usage error.\n";
}

DoctorArgs parse_doctor_args(const std::vector<std::string>& args) {
  DoctorArgs parsed;
  auto fail = [&](std::string message) {
    parsed.error = std::move(message);
    return parsed;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size() && !args[i + 1].empty();
    if (a == "--json") {
      parsed.options.json = true;
    } else if (a == "--system") {
      parsed.options.system = true;
    } else if (a == "-h" || a == "--help") {
      parsed.help = true;
    } else if (a == "--browser" || a == "--user-data-dir" || a == "--root") {
      if (!has_value) return fail(a + " needs a value");
      const std::string& value = args[++i];
      if (a == "--browser") {
        if (find_browser(value) == nullptr) return fail("unknown browser '" + value + "' (known: " + known_names() + ")");
        parsed.options.browsers.push_back(value);
      } else {
        std::error_code ec;
        const fs::path abs = fs::absolute(value, ec);
        std::string dir = ec ? value : abs.lexically_normal().string();
        while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
        (a == "--root" ? parsed.options.root : parsed.options.user_data_dir) = dir;
      }
    } else {
      return fail("unknown option '" + a + "'");
    }
  }
  if (parsed.options.system && !parsed.options.user_data_dir.empty()) {
    return fail("--user-data-dir is a per-user folder: do not combine it with --system");
  }
  for (const std::string& name : parsed.options.browsers) {
    if (!parsed.options.user_data_dir.empty() && find_browser(name)->family != BrowserFamily::chromium) {
      return fail("--user-data-dir is for Chromium-family browsers, not " + name);
    }
  }
  return parsed;
}

std::vector<DoctorTarget> doctor_targets(const DoctorOptions& o, const DoctorEnv& env) {
  std::vector<DoctorTarget> targets;
  for (const BrowserInfo& b : known_browsers()) {
    if (!asked_for(o, b)) continue;
    const auto& system_dirs = env.mac ? b.mac_system : b.linux_system;
    if (!o.user_data_dir.empty()) {
      // One profile folder: the doctor checks it for the browser(s) asked about.
      if (b.family != BrowserFamily::chromium) continue;
      if (o.browsers.empty() && b.name != "chromium") continue;
      DoctorTarget t{&b, "profile " + o.user_data_dir, {manifest_in(o.user_data_dir + "/NativeMessagingHosts")}, false,
                     fix_command(o, &b, true)};
      for (const std::string& d : system_dirs) t.manifest_paths.push_back(manifest_in(d));
      targets.push_back(std::move(t));
      continue;
    }
    if (o.system) {
      if (system_dirs.empty()) continue;
      DoctorTarget t{&b, "system", {}, false, fix_command(o, &b, false)};
      for (const std::string& d : system_dirs) t.manifest_paths.push_back(manifest_in(d));
      targets.push_back(std::move(t));
      continue;
    }
    // Per user: the browser reads its own folder first, then the system-wide ones.
    const std::string& user_dir = env.mac ? b.mac_user : b.linux_user;
    DoctorTarget t{&b, "user", {manifest_in(env.home + "/" + user_dir)}, false, fix_command(o, &b, false)};
    for (const std::string& d : system_dirs) t.manifest_paths.push_back(manifest_in(d));
    targets.push_back(std::move(t));
    if (!env.mac && !b.flatpak_id.empty()) {
      const std::string app = env.home + "/.var/app/" + b.flatpak_id;
      std::error_code ec;
      if (fs::is_directory(o.root + app, ec)) {
        targets.push_back({&b, "flatpak", {manifest_in(app + "/" + b.flatpak_dir)}, true, fix_command(o, &b, false)});
      }
    }
  }
  return targets;
}

}  // namespace secondthought
