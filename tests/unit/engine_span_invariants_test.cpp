// Whatever the draft, every warning's spans keep the protocol's promises: sorted,
// non-overlapping, inside the text, at least one of them evidence, and any shaded
// context holding more than white space. Checked over labelled posts and variants
// of them that move sentence boundaries and offsets around.
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine_test_helpers.hpp"

using namespace st_test;

namespace {

std::vector<std::string> labelled_texts(const std::string& file) {
  std::ifstream in(std::string(ST_TEST_DATA_DIR) + "/" + file);
  REQUIRE(in.good());
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(nlohmann::json::parse(line).at("text").get<std::string>());
  return out;
}

// The same draft with its sentence ends turned into line breaks, with an astral emoji
// in front, and run on with no full stops at all.
std::vector<std::string> variants(const std::string& text) {
  std::string lines = text, run_on;
  for (std::size_t at = lines.find(". "); at != std::string::npos; at = lines.find(". ", at + 1)) lines[at + 1] = '\n';
  for (const char c : text)
    if (c != '.' && c != '!' && c != '?' && c != '\n') run_on += c;
  return {text, lines, "\xF0\x9F\x98\xAD " + text, run_on};
}

void check_spans(const std::string& text, const Warning& w) {
  INFO("draft: " << text << "\nrule: " << w.rule);
  REQUIRE_FALSE(w.spans.empty());
  const auto length = utf16_units(text);
  bool evidence = false;
  for (std::size_t i = 0; i < w.spans.size(); ++i) {
    const auto& s = w.spans[i];
    CHECK(s.start < s.end);
    CHECK(s.end <= length);
    if (i > 0) CHECK(w.spans[i - 1].end <= s.start);
    evidence = evidence || s.kind == SpanKind::evidence;
    if (s.kind == SpanKind::context) {
      const auto shaded = utf16_slice(text, s);
      CHECK(shaded.find_first_not_of(" \t\r\n") != std::string::npos);
    }
  }
  CHECK(evidence);
}

}  // namespace

TEST_CASE("engine spans: sorted, inside the draft, evidence first-class, context never blank", "[engine][spans]") {
  std::size_t warnings = 0;
  for (const auto* file : {"labelled_posts.jsonl", "labelled_posts_80.jsonl"})
    for (const auto& text : labelled_texts(file))
      for (const auto& draft : variants(text))
        for (const auto& w : analyze(draft).warnings) {
          check_spans(draft, w);
          ++warnings;
        }
  CHECK(warnings > 500);  // the check saw real warnings, not an empty run
}
