#include <catch2/catch.hpp>

#include <sstream>

#include "app/human_report.hpp"

using namespace secondthought;

TEST_CASE("human report: no warnings", "[report]") {
  std::ostringstream out;
  write_human_report(out, "fine", {});
  CHECK(out.str() == "No warnings.\n");
}

TEST_CASE("human report: severity, category, marked excerpt, message, guidance", "[report]") {
  // "😀 Saw Mrs Okafor, NHS 943 476 5919": the emoji is 2 UTF-16 units.
  std::string text = "\xf0\x9f\x98\x80 Saw Mrs Okafor, NHS 943 476 5919";
  Warning w;
  w.rule = "confidentiality.patient";
  w.category = "confidentiality";
  w.severity = Severity::high;
  w.title = "Identifiable patient";
  w.message = "This could identify a patient.";
  w.spans = {{7, 17}, {23, 35}};
  w.guidance = {{"GMC", "Confidentiality", "¶19", "https://example.org/c"}};
  std::ostringstream out;
  write_human_report(out, text, {w});
  std::string s = out.str();
  CHECK(s.find("1 warning\n") == 0);
  CHECK(s.find("[HIGH] confidentiality: Identifiable patient") != std::string::npos);
  CHECK(s.find("Saw «Mrs Okafor», NHS «943 476 5919»") != std::string::npos);
  CHECK(s.find("This could identify a patient.") != std::string::npos);
  CHECK(s.find("Guidance: GMC, Confidentiality, ¶19 <https://example.org/c>") != std::string::npos);
}

TEST_CASE("human report: long texts are cut around the spans on code point boundaries", "[report]") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "\xc3\xa9";  // 60 × é (1 unit, 2 bytes each)
  text += "NAME";
  for (int i = 0; i < 60; ++i) text += "\xc3\xa9";
  Warning w;
  w.severity = Severity::low;
  w.spans = {{60, 64}};
  std::ostringstream out;
  write_human_report(out, text, {w});
  std::string s = out.str();
  CHECK(s.find("«NAME»") != std::string::npos);
  CHECK(s.find("…") != std::string::npos);
  CHECK(s.find("\xc3\xa9«") != std::string::npos);
}
