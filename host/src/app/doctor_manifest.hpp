// Checks one native-messaging host manifest file the way a browser reads it.
#pragma once

#include <string>
#include <vector>

#include "app/doctor_table.hpp"

namespace secondthought {

struct DoctorProblem {
  bool fatal = true;    // false: the browser still reaches a host, but not this one
  std::string message;  // what is wrong and why it matters
};

struct ManifestCheck {
  std::string path;  // where the browser looks (without any --root)
  bool present = false;
  std::vector<DoctorProblem> problems;
  bool usable() const;  // present, and nothing stops the browser from starting the host
};

struct ManifestExpectations {
  BrowserFamily family = BrowserFamily::chromium;
  ExtensionIds ids;
  std::string root;      // prefix for every path read (a staged or unpacked package)
  std::string self_exe;  // this binary; empty to skip the "same binary" comparison
};

// `path` is where the browser looks; it is read at root + path.
ManifestCheck check_manifest(const std::string& path, const ManifestExpectations& expect);

}  // namespace secondthought
