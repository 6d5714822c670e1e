// What `secondthought-host doctor` looks at: its options, and for each browser the
// folders that browser reads, in the order it reads them.
#pragma once

#include <string>
#include <vector>

#include "app/doctor_table.hpp"

namespace secondthought {

struct DoctorOptions {
  std::vector<std::string> browsers;  // empty: every known browser
  std::string user_data_dir;          // a Chromium-family --user-data-dir profile
  std::string root;                   // read every path under this folder (staged installs, packages)
  bool system = false;                // only the system-wide folders
  bool json = false;
};

struct DoctorArgs {
  DoctorOptions options;
  std::string error;  // non-empty: a usage error
  bool help = false;
};

struct DoctorEnv {
  std::string home;      // $HOME
  std::string self_exe;  // this binary, or empty when unknown
  bool mac = false;
};

struct DoctorTarget {
  const BrowserInfo* browser = nullptr;
  std::string scope;                        // "user", "system", "flatpak", "profile DIR"
  std::vector<std::string> manifest_paths;  // the browser uses the first that exists
  bool flatpak = false;
  std::string fix;  // the command that sets this target up
};

DoctorArgs parse_doctor_args(const std::vector<std::string>& args);
std::string doctor_usage();
// What the doctor cannot fix: Snap browsers found under root, for the browsers asked about.
std::vector<std::string> confinement_notes(const DoctorOptions& options);
// The command that sets up everything the options cover.
std::string setup_command(const DoctorOptions& options);
std::vector<DoctorTarget> doctor_targets(const DoctorOptions& options, const DoctorEnv& env);

}  // namespace secondthought
