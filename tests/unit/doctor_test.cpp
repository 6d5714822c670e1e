#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unistd.h>

#include "app/doctor_manifest.hpp"
#include "app/doctor_run.hpp"
#include "app/doctor_table.hpp"

using namespace secondthought;
namespace fs = std::filesystem;

namespace {

// A scratch folder per test, removed afterwards: the doctor never sees the real HOME.
struct ScratchDir {
  fs::path path;
  ScratchDir() {
    static std::atomic<int> counter{0};
    path = fs::temp_directory_path() /
           ("st-doctor-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
};

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

fs::path make_host(const fs::path& dir) {
  const fs::path host = dir / "bin" / "secondthought-host";
  write(host, "#!/bin/sh\n");
  fs::permissions(host, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
  return host;
}

nlohmann::json chromium_manifest(const fs::path& host) {
  return {{"name", "org.secondthought.host"},
          {"description", "test"},
          {"path", host.string()},
          {"type", "stdio"},
          {"allowed_origins", {"chrome-extension://" + pinned_extension_ids().chromium + "/"}}};
}

nlohmann::json firefox_manifest(const fs::path& host) {
  return {{"name", "org.secondthought.host"},
          {"description", "test"},
          {"path", host.string()},
          {"type", "stdio"},
          {"allowed_extensions", {pinned_extension_ids().firefox}}};
}

ManifestCheck check(const fs::path& file, const nlohmann::json& manifest, BrowserFamily family,
                    const std::string& self = "") {
  write(file, manifest.dump());
  return check_manifest(file.string(), ManifestExpectations{family, pinned_extension_ids(), "", self});
}

bool mentions(const ManifestCheck& c, const std::string& words) {
  for (const DoctorProblem& p : c.problems) {
    if (p.message.find(words) != std::string::npos) return true;
  }
  return false;
}

struct DoctorRun {
  int status;
  std::string out;
  std::string err;
};
DoctorRun doctor(const fs::path& home, const fs::path& self, std::vector<std::string> args) {
  std::ostringstream out;
  std::ostringstream err;
  const int status = run_doctor_with(DoctorEnv{home.string(), self.string(), false}, args, out, err);
  return {status, out.str(), err.str()};
}

const fs::path chromium_dir = ".config/chromium/NativeMessagingHosts";

}  // namespace

TEST_CASE("doctor: the compiled-in table is installer/browsers.tsv", "[doctor]") {
  const auto& browsers = known_browsers();
  REQUIRE(browsers.size() == 7);
  const BrowserInfo* chromium = find_browser("chromium");
  REQUIRE(chromium != nullptr);
  CHECK(chromium->family == BrowserFamily::chromium);
  CHECK(chromium->linux_user == ".config/chromium/NativeMessagingHosts");
  CHECK(chromium->linux_system == std::vector<std::string>{"/etc/chromium/native-messaging-hosts"});
  const BrowserInfo* firefox = find_browser("firefox");
  REQUIRE(firefox != nullptr);
  CHECK(firefox->family == BrowserFamily::firefox);
  CHECK(firefox->linux_system.size() == 2);
  CHECK(find_browser("vivaldi")->mac_system.empty());  // "-" means none
  CHECK(find_browser("netscape") == nullptr);
}

TEST_CASE("doctor: the pinned IDs are extension/ids.json's", "[doctor]") {
  std::ifstream in(std::string(ST_SOURCE_DIR) + "/extension/ids.json");
  const auto ids = nlohmann::json::parse(in);
  CHECK(pinned_extension_ids().chromium == ids.at("chromium").get<std::string>());
  CHECK(pinned_extension_ids().firefox == ids.at("firefox").get<std::string>());
  CHECK(parse_extension_ids("not json").chromium.empty());
}

TEST_CASE("doctor: a good manifest is usable", "[doctor]") {
  ScratchDir dir;
  const fs::path host = make_host(dir.path);
  const fs::path file = dir.path / "org.secondthought.host.json";
  const ManifestCheck c = check(file, chromium_manifest(host), BrowserFamily::chromium, host.string());
  CHECK(c.present);
  CHECK(c.problems.empty());
  CHECK(c.usable());
  CHECK(check(file, firefox_manifest(host), BrowserFamily::firefox, host.string()).usable());
}

TEST_CASE("doctor: each broken manifest is named", "[doctor]") {
  ScratchDir dir;
  const fs::path host = make_host(dir.path);
  const fs::path file = dir.path / "org.secondthought.host.json";
  auto m = chromium_manifest(host);

  SECTION("missing file") {
    const ManifestCheck c = check_manifest((dir.path / "absent.json").string(), {});
    CHECK_FALSE(c.present);
    CHECK_FALSE(c.usable());
  }
  SECTION("wrong name") {
    m["name"] = "org.secondthought.other";
    const ManifestCheck c = check(file, m, BrowserFamily::chromium);
    CHECK_FALSE(c.usable());
    CHECK(mentions(c, "\"name\" is \"org.secondthought.other\" but the file is org.secondthought.host.json"));
  }
  SECTION("missing trailing slash") {
    m["allowed_origins"] = {"chrome-extension://" + pinned_extension_ids().chromium};
    const ManifestCheck c = check(file, m, BrowserFamily::chromium);
    CHECK_FALSE(c.usable());
    CHECK(mentions(c, "lacks the trailing \"/\""));
    CHECK_FALSE(mentions(c, "does not allow the extension's id"));  // the id itself is right
  }
  SECTION("relative path") {
    m["path"] = "bin/secondthought-host";
    CHECK(mentions(check(file, m, BrowserFamily::chromium), "is relative"));
  }
  SECTION("missing binary") {
    m["path"] = (dir.path / "gone").string();
    CHECK(mentions(check(file, m, BrowserFamily::chromium), "does not exist"));
  }
  SECTION("not executable") {
    fs::permissions(host, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(mentions(check(file, m, BrowserFamily::chromium), "is not executable"));
  }
  SECTION("wrong id") {
    m["allowed_origins"] = {"chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"};
    CHECK(mentions(check(file, m, BrowserFamily::chromium), "does not allow the extension's id"));
  }
  SECTION("Firefox manifest in a Chromium folder") {
    CHECK(mentions(check(file, firefox_manifest(host), BrowserFamily::chromium),
                   "lists \"allowed_extensions\" (Firefox's key)"));
  }
  SECTION("Firefox: wrong gecko id") {
    auto f = firefox_manifest(host);
    f["allowed_extensions"] = {"someone@else.org"};
    CHECK(mentions(check(file, f, BrowserFamily::firefox), "does not list the extension's id"));
  }
  SECTION("wrong types are problems, not exceptions") {
    m["type"] = 5;
    m["path"] = 7;
    m["allowed_origins"] = {3};
    const ManifestCheck c = check(file, m, BrowserFamily::chromium);
    CHECK(mentions(c, "\"type\" must be \"stdio\""));
    CHECK(mentions(c, "has no \"path\""));
    CHECK(mentions(c, "not a string"));
  }
  SECTION("invalid JSON") {
    write(file, "{\"name\": ");
    const ManifestCheck c = check_manifest(file.string(), {});
    CHECK(mentions(c, "is not valid JSON"));
  }
}

TEST_CASE("doctor: another secondthought-host is a warning, not a failure", "[doctor]") {
  ScratchDir dir;
  const fs::path host = make_host(dir.path);
  const fs::path other = dir.path / "other-host";
  write(other, "#!/bin/sh\necho different\n");
  const ManifestCheck c =
      check(dir.path / "org.secondthought.host.json", chromium_manifest(host), BrowserFamily::chromium, other.string());
  CHECK(c.usable());
  CHECK(mentions(c, "is a different secondthought-host from this one"));
  // A copy with the same bytes is the same program.
  const fs::path copy = dir.path / "copy";
  fs::copy_file(host, copy);
  CHECK(check(dir.path / "org.secondthought.host.json", chromium_manifest(host), BrowserFamily::chromium,
              copy.string())
            .problems.empty());
}

TEST_CASE("doctor: exit status and fixes for a whole HOME", "[doctor]") {
  ScratchDir dir;
  const fs::path home = dir.path / "home";
  const fs::path host = make_host(dir.path);
  fs::create_directories(home);

  DoctorRun none = doctor(home, host, {"--browser", "chromium"});
  CHECK(none.status == 1);
  CHECK_THAT(none.out, Catch::Contains("no manifest in " + (home / chromium_dir).string()));
  CHECK_THAT(none.out, Catch::Contains("install.sh --browser chromium"));

  write(home / chromium_dir / "org.secondthought.host.json", chromium_manifest(host).dump());
  DoctorRun good = doctor(home, host, {"--browser", "chromium"});
  CHECK(good.status == 0);
  CHECK_THAT(good.out, Catch::Contains("[ok]   Chromium (user)"));

  // Without --browser: what is set up must work; Chromium is, so this passes too.
  CHECK(doctor(home, host, {}).status == 0);
  // ...but asking for Firefox, which is not set up, fails.
  CHECK(doctor(home, host, {"--browser", "firefox"}).status == 1);

  DoctorRun json = doctor(home, host, {"--json", "--browser", "chromium"});
  const auto report = nlohmann::json::parse(json.out);
  CHECK(report.at("ok") == true);
  CHECK(report.at("targets").at(0).at("browser") == "chromium");
  CHECK(report.at("targets").at(0).at("reachable") == true);

  // A broken user manifest hides nothing: the browser reads it first and fails.
  auto broken = chromium_manifest(host);
  broken["allowed_origins"] = {"chrome-extension://" + pinned_extension_ids().chromium};
  write(home / chromium_dir / "org.secondthought.host.json", broken.dump());
  DoctorRun bad = doctor(home, host, {});
  CHECK(bad.status == 1);
  CHECK_THAT(bad.out, Catch::Contains("[FAIL] Chromium (user)"));
  CHECK_THAT(bad.out, Catch::Contains("fix: run"));
}

TEST_CASE("doctor: --user-data-dir and --root", "[doctor]") {
  ScratchDir dir;
  const fs::path host = make_host(dir.path);
  const fs::path profile = dir.path / "profile";
  write(profile / "NativeMessagingHosts" / "org.secondthought.host.json", chromium_manifest(host).dump());
  DoctorRun r = doctor(dir.path / "home", host, {"--user-data-dir", profile.string()});
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("(profile " + profile.string() + ")"));

  // A staged system install: manifests name /opt/..., read under the root.
  const fs::path root = dir.path / "root";
  const fs::path staged_host = make_host(root / "opt" / "secondthought");
  auto m = chromium_manifest("/opt/secondthought/bin/secondthought-host");
  write(root / "etc/chromium/native-messaging-hosts/org.secondthought.host.json", m.dump());
  DoctorRun system = doctor(dir.path / "home", staged_host, {"--system", "--root", root.string(), "--browser", "chromium"});
  CHECK(system.status == 0);
  CHECK(doctor(dir.path / "home", staged_host, {"--system", "--root", root.string(), "--browser", "firefox"}).status == 1);
}

TEST_CASE("doctor: a Snap browser gets a plain note", "[doctor]") {
  ScratchDir dir;
  const fs::path host = make_host(dir.path);
  const fs::path root = dir.path / "root";
  write(root / "snap/bin/chromium", "");
  DoctorRun r = doctor(dir.path / "home", host, {"--root", root.string(), "--browser", "chromium"});
  CHECK_THAT(r.out, Catch::Contains("Chromium from Snap (/snap/bin/chromium) cannot start programs outside its confinement"));
  DoctorRun firefox = doctor(dir.path / "home", host, {"--root", root.string(), "--browser", "firefox"});
  CHECK_THAT(firefox.out, !Catch::Contains("Snap"));
  DoctorRun json = doctor(dir.path / "home", host, {"--root", root.string(), "--json"});
  CHECK(nlohmann::json::parse(json.out).at("notes").size() == 1);
}

TEST_CASE("doctor: usage errors exit 2", "[doctor]") {
  CHECK(doctor("/nonexistent", "", {"--browser", "netscape"}).status == 2);
  CHECK(doctor("/nonexistent", "", {"--browser"}).status == 2);
  CHECK(doctor("/nonexistent", "", {"--what"}).status == 2);
  CHECK(doctor("/nonexistent", "", {"--system", "--user-data-dir", "/x"}).status == 2);
  CHECK(doctor("/nonexistent", "", {"--user-data-dir", "/x", "--browser", "firefox"}).status == 2);
  const DoctorRun help = doctor("/nonexistent", "", {"--help"});
  CHECK(help.status == 0);
  CHECK_THAT(help.out, Catch::Contains("--user-data-dir DIR"));
}
