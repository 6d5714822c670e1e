#include "app/doctor_manifest.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

#include "secondthought/version.hpp"

namespace secondthought {
namespace fs = std::filesystem;

bool ManifestCheck::usable() const {
  return present && std::none_of(problems.begin(), problems.end(), [](const DoctorProblem& p) { return p.fatal; });
}

namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

bool read_file(const fs::path& file, std::string& text) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

bool same_contents(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::file_size(a, ec) != fs::file_size(b, ec) || ec) return false;
  std::string ta;
  std::string tb;
  return read_file(a, ta) && read_file(b, tb) && ta == tb;
}

bool valid_host_name(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
  });
}

void check_name(const nlohmann::json& doc, const fs::path& file, std::vector<DoctorProblem>& out) {
  const std::string stem = file.stem().string();
  const auto it = doc.find("name");
  if (it == doc.end() || !it->is_string()) {
    out.push_back({true, "has no \"name\" string; it must be " + quoted(stem) + ", the file name without .json"});
    return;
  }
  const std::string name = it->get<std::string>();
  if (name != stem) {
    out.push_back({true, "\"name\" is " + quoted(name) + " but the file is " + file.filename().string() +
                             ": browsers look the host up by file name and Firefox rejects a mismatch"});
  } else if (!valid_host_name(name)) {
    out.push_back({true, "\"name\" " + quoted(name) + " may only hold a-z, 0-9, '_' and '.'"});
  }
  if (name != host_name && stem != host_name) {
    out.push_back({true, "this manifest is not for " + std::string(host_name) + ", which the extension asks for"});
  }
}

void check_path(const nlohmann::json& doc, const ManifestExpectations& expect, std::vector<DoctorProblem>& out) {
  const auto it = doc.find("path");
  if (it == doc.end() || !it->is_string() || it->get<std::string>().empty()) {
    out.push_back({true, "has no \"path\" to the host program"});
    return;
  }
  const std::string host = it->get<std::string>();
  if (host.front() != '/') {
    out.push_back({true, "\"path\" " + quoted(host) + " is relative; browsers on Linux and macOS need an absolute path"});
    return;
  }
  const fs::path real = fs::path(expect.root + host);
  std::error_code ec;
  const fs::file_status st = fs::status(real, ec);
  if (ec || !fs::exists(st)) {
    out.push_back({true, "\"path\" " + quoted(host) + " does not exist (was the host moved or deleted?)"});
    return;
  }
  if (!fs::is_regular_file(st)) {
    out.push_back({true, "\"path\" " + quoted(host) + " is not a regular file"});
    return;
  }
  const auto exec_bits = fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;
  if ((st.permissions() & exec_bits) == fs::perms::none) {
    out.push_back({true, "\"path\" " + quoted(host) + " is not executable"});
    return;
  }
  if (expect.self_exe.empty()) return;
  const fs::path mine = fs::weakly_canonical(expect.self_exe, ec);
  const fs::path theirs = fs::weakly_canonical(real, ec);
  if (mine != theirs && !same_contents(mine, theirs)) {
    out.push_back({false, "\"path\" " + quoted(host) + " is a different secondthought-host from this one (" +
                              mine.string() + "): the browser starts that one"});
  }
}

// Chromium compares the caller's origin with each entry exactly, so the trailing "/"
// matters: without it the browser reports "host not found".
void check_origins(const nlohmann::json& doc, const ExtensionIds& ids, std::vector<DoctorProblem>& out) {
  const auto it = doc.find("allowed_origins");
  if (it == doc.end() || !it->is_array() || it->empty()) {
    const bool firefox_style = doc.contains("allowed_extensions");
    out.push_back({true, firefox_style ? "lists \"allowed_extensions\" (Firefox's key) but Chromium-family browsers read \"allowed_origins\""
                                       : "has no \"allowed_origins\" list"});
    return;
  }
  const std::string wanted = "chrome-extension://" + ids.chromium + "/";
  bool names_id = false;  // an entry for our id, with or without its "/"
  for (const auto& origin : *it) {
    if (!origin.is_string()) {
      out.push_back({true, "\"allowed_origins\" holds a value that is not a string"});
      continue;
    }
    const std::string o = origin.get<std::string>();
    if (o.empty() || o.back() != '/') {
      out.push_back({true, "\"allowed_origins\" entry " + quoted(o) +
                               " lacks the trailing \"/\": Chromium then reports \"host not found\""});
    }
    if (o == wanted || o + "/" == wanted) names_id = true;
  }
  if (ids.chromium.empty()) return;
  if (!names_id) {
    out.push_back({true, "\"allowed_origins\" does not allow the extension's id: it should hold " + quoted(wanted)});
  }
}

void check_extensions(const nlohmann::json& doc, const ExtensionIds& ids, std::vector<DoctorProblem>& out) {
  const auto it = doc.find("allowed_extensions");
  if (it == doc.end() || !it->is_array() || it->empty()) {
    const bool chromium_style = doc.contains("allowed_origins");
    out.push_back({true, chromium_style ? "lists \"allowed_origins\" (Chromium's key) but Firefox reads \"allowed_extensions\""
                                        : "has no \"allowed_extensions\" list"});
    return;
  }
  if (ids.firefox.empty()) return;
  const bool found = std::any_of(it->begin(), it->end(), [&](const nlohmann::json& e) {
    return e.is_string() && e.get<std::string>() == ids.firefox;
  });
  if (!found) {
    out.push_back({true, "\"allowed_extensions\" does not list the extension's id " + quoted(ids.firefox)});
  }
}

}  // namespace

ManifestCheck check_manifest(const std::string& path, const ManifestExpectations& expect) {
  ManifestCheck check;
  check.path = path;
  const fs::path file = fs::path(expect.root + path);
  std::error_code ec;
  if (!fs::exists(file, ec)) return check;
  check.present = true;
  std::string text;
  if (!read_file(file, text)) {
    check.problems.push_back({true, "cannot be read"});
    return check;
  }
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    check.problems.push_back({true, "is not valid JSON"});
    return check;
  }
  if (!doc.is_object()) {
    check.problems.push_back({true, "is JSON but not an object"});
    return check;
  }
  check_name(doc, file, check.problems);
  if (const auto type = doc.find("type"); type == doc.end() || *type != "stdio") {
    check.problems.push_back({true, "\"type\" must be \"stdio\""});
  }
  check_path(doc, expect, check.problems);
  if (expect.family == BrowserFamily::chromium) {
    check_origins(doc, expect.ids, check.problems);
  } else {
    check_extensions(doc, expect.ids, check.problems);
  }
  return check;
}

}  // namespace secondthought
