// `secondthought-host doctor`: looks where each browser looks for the host's manifest,
// checks what it finds the way the browser would, and names the command that fixes it.
#include "secondthought/doctor.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>
#include <system_error>

#include "app/doctor_manifest.hpp"
#include "app/doctor_run.hpp"
#include "secondthought/version.hpp"

namespace secondthought {
namespace {

struct TargetResult {
  const DoctorTarget* target = nullptr;
  std::vector<ManifestCheck> checks;  // one per manifest path
  bool reachable = false;             // the first manifest the browser finds is usable
  bool required = false;              // the user asked about it, or it is set up
};

TargetResult evaluate(const DoctorTarget& target, const ManifestExpectations& expect) {
  TargetResult r;
  r.target = &target;
  ManifestCheck* first = nullptr;  // the one the browser uses
  r.checks.reserve(target.manifest_paths.size());
  for (const std::string& path : target.manifest_paths) {
    ManifestCheck& check = r.checks.emplace_back(check_manifest(path, expect));
    // A wrapper in a Flatpak's folder is meant to differ from this binary.
    if (target.flatpak) std::erase_if(check.problems, [](const DoctorProblem& p) { return !p.fatal; });
    if (check.present && first == nullptr) {
      first = &check;
      r.reachable = check.usable();
    } else if (check.present && !r.reachable) {
      first->problems.push_back({true, "the browser reads this file first, so it never uses " + check.path});
    }
  }
  return r;
}

bool any_present(const TargetResult& r) {
  for (const ManifestCheck& c : r.checks) {
    if (c.present) return true;
  }
  return false;
}

std::string folders_of(const DoctorTarget& t) {
  std::string list;
  for (const std::string& p : t.manifest_paths) {
    list += (list.empty() ? "" : " or ") + std::filesystem::path(p).parent_path().string();
  }
  return list;
}

void print_text(const std::vector<TargetResult>& results, const DoctorEnv& env, std::ostream& out) {
  const ExtensionIds& ids = pinned_extension_ids();
  out << "secondthought-host doctor: host " << host_version() << " at "
      << (env.self_exe.empty() ? std::string("(unknown path)") : env.self_exe) << "\n";
  if (ids.chromium.empty() || ids.firefox.empty()) {
    out << "note: this build does not know the extension's IDs (extension/ids.json was missing when it was "
           "configured), so allowed IDs are not checked\n";
  } else {
    out << "extension ids: chromium " << ids.chromium << ", firefox " << ids.firefox << "\n";
  }
  for (const TargetResult& r : results) {
    const DoctorTarget& t = *r.target;
    const char* label = r.reachable ? "[ok]  " : (r.required ? "[FAIL]" : "[--]  ");
    out << "\n" << label << " " << t.browser->display << " (" << t.scope << ")";
    if (!any_present(r)) {
      out << ": no manifest in " << folders_of(t) << "\n";
      if (r.required) out << "       fix: run " << t.fix << "\n";
      continue;
    }
    out << "\n";
    bool has_problem = false;
    for (const ManifestCheck& c : r.checks) {
      if (!c.present) continue;
      out << "       " << c.path << (c.problems.empty() ? ": fine" : ":") << "\n";
      for (const DoctorProblem& p : c.problems) {
        out << "       - " << (p.fatal ? "" : "warning: ") << p.message << "\n";
        has_problem = true;
      }
    }
    if (has_problem) out << "       fix: run " << t.fix << " (it rewrites the manifest and reinstalls the host)\n";
    if (t.flatpak && r.reachable) {
      out << "       note: the Flatpak also needs, once: flatpak override --user --talk-name=org.freedesktop.Flatpak "
          << t.browser->flatpak_id << "\n";
    }
  }
}

nlohmann::json to_json(const std::vector<TargetResult>& results, const DoctorEnv& env, bool ok) {
  nlohmann::json targets = nlohmann::json::array();
  for (const TargetResult& r : results) {
    nlohmann::json manifests = nlohmann::json::array();
    for (const ManifestCheck& c : r.checks) {
      nlohmann::json problems = nlohmann::json::array();
      for (const DoctorProblem& p : c.problems) problems.push_back({{"fatal", p.fatal}, {"message", p.message}});
      manifests.push_back({{"path", c.path}, {"present", c.present}, {"problems", problems}});
    }
    targets.push_back({{"browser", r.target->browser->name},
                       {"scope", r.target->scope},
                       {"reachable", r.reachable},
                       {"required", r.required},
                       {"fix", r.target->fix},
                       {"manifests", manifests}});
  }
  const ExtensionIds& ids = pinned_extension_ids();
  return {{"ok", ok},
          {"host_version", std::string(host_version())},
          {"self", env.self_exe},
          {"extension_ids", {{"chromium", ids.chromium}, {"firefox", ids.firefox}}},
          {"targets", targets}};
}

std::string this_executable() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.string();
}

}  // namespace

int run_doctor_with(const DoctorEnv& env, const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const DoctorArgs parsed = parse_doctor_args(args);
  if (!parsed.error.empty()) {
    err << "secondthought-host doctor: " << parsed.error << " (see: secondthought-host doctor --help)\n";
    return 2;
  }
  if (parsed.help) {
    out << doctor_usage();
    return 0;
  }
  const DoctorOptions& o = parsed.options;
  const std::vector<DoctorTarget> targets = doctor_targets(o, env);

  std::vector<TargetResult> results;
  for (const DoctorTarget& t : targets) {
    ManifestExpectations expect{t.browser->family, pinned_extension_ids(), o.root, env.self_exe};
    results.push_back(evaluate(t, expect));
  }
  // Asked about explicitly: each browser must reach the host through one of its targets.
  // Otherwise: everything that is set up must work, and something must be set up.
  const bool explicit_ask = !o.browsers.empty() || !o.user_data_dir.empty();
  bool ok = true;
  bool any_reachable = false;
  for (TargetResult& r : results) {
    r.required = explicit_ask ? !r.target->flatpak : any_present(r);
    any_reachable = any_reachable || r.reachable;
    if (!explicit_ask && r.required && !r.reachable) ok = false;
  }
  if (explicit_ask) {
    for (TargetResult& r : results) {
      bool browser_ok = false;
      for (const TargetResult& other : results) browser_ok = browser_ok || (other.target->browser == r.target->browser && other.reachable);
      if (!browser_ok) ok = false;
    }
  }
  if (!any_reachable) ok = false;

  const std::vector<std::string> notes = confinement_notes(o);
  if (o.json) {
    nlohmann::json report = to_json(results, env, ok);
    report["notes"] = notes;
    out << report.dump(2) << "\n";
  } else {
    print_text(results, env, out);
    for (const std::string& note : notes) out << "\nnote: " << note << "\n";
    const bool fix_shown = std::any_of(results.begin(), results.end(),
                                       [](const TargetResult& r) { return r.required && !r.reachable; });
    out << "\n";
    if (ok) {
      out << "Result: every browser asked about can reach the host.\n";
    } else if (fix_shown) {
      out << "Result: a browser asked about cannot reach the host; run the fix shown above.\n";
    } else {
      out << "Result: no browser can reach the host. Fix: run " << setup_command(o) << "\n";
    }
  }
  return ok ? 0 : 1;
}

int run_doctor(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  DoctorEnv env;
  const char* home = std::getenv("HOME");
  env.home = home != nullptr ? home : "";
  env.self_exe = this_executable();
#ifdef __APPLE__
  env.mac = true;
#endif
  return run_doctor_with(env, args, out, err);
}

}  // namespace secondthought
