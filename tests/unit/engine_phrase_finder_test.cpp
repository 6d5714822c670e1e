#include <catch2/catch.hpp>

#include <string>
#include <variant>
#include <vector>

#include "builtin_samples.hpp"
#include "engine/lowercase.hpp"
#include "engine/matcher.hpp"
#include "engine/normalized_text.hpp"
#include "engine/phrase_finder.hpp"
#include "engine/rule_pack.hpp"

using namespace secondthought;

namespace {

// Every match from the start, as the matcher walks them: from each match's end.
std::vector<std::string> all_found(const PhraseFinder& finder, std::string_view text) {
  const auto lowered = lower_same_length(text);
  const std::string_view searched = finder.lowered() ? std::string_view(lowered) : text;
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const auto m = finder.find(searched, pos);
    if (!m) break;
    out.emplace_back(text.substr(m->begin, m->end - m->begin));
    pos = m->end > m->begin ? m->end : m->begin + 1;
  }
  return out;
}

using Found = std::vector<std::string>;

}  // namespace

TEST_CASE("engine phrase_finder: the earliest start, then the first term in order", "[engine][phrase_finder]") {
  const PhraseFinder f({"nurse in charge", "charge nurse", "nurse"}, false, true);
  CHECK(all_found(f, "Ask the Nurse in Charge, not the nurse") == Found{"Nurse in Charge", "nurse"});
  // "charge nurse" starts before "nurse" inside it.
  CHECK(all_found(f, "our charge nurse said") == Found{"charge nurse"});
  // Order, not length, decides between terms at one start: RE2's leftmost-first.
  const PhraseFinder shorter_first({"nurse", "nurse in charge"}, false, true);
  CHECK(all_found(shorter_first, "the nurse in charge") == Found{"nurse"});
}

TEST_CASE("engine phrase_finder: whole words by RE2's ASCII word boundary", "[engine][phrase_finder]") {
  const PhraseFinder f({"GP", "#NOF", "A&E"}, false, true);
  CHECK(all_found(f, "GPs and a GP.") == Found{"GP"});
  CHECK(all_found(f, "my_GP, GP2, (GP)") == Found{"GP"});
  // \b before '#' needs a word character before it, exactly as in the pattern.
  CHECK(all_found(f, "a #NOF today").empty());
  CHECK(all_found(f, "a2#NOF today") == Found{"#NOF"});
  CHECK(all_found(f, "in A&E again") == Found{"A&E"});
  CHECK(all_found(f, "A&Eish").empty());
}

TEST_CASE("engine phrase_finder: spaces, hyphens and look-alike letters", "[engine][phrase_finder]") {
  const PhraseFinder f({"every single time", "x-ray"}, false, true);
  CHECK(all_found(f, "Every. Single. Time.") == Found{"Every. Single. Time"});
  CHECK(all_found(f, "every \n single,  time") == Found{"every \n single,  time"});
  CHECK(all_found(f, "everysingle time").empty());
  CHECK(all_found(f, "an X-ray, an x ray, an xray") == Found{"X-ray", "x ray", "xray"});
  CHECK(all_found(f, "an x--ray").empty());
  const PhraseFinder leet({"twat"}, true, true);
  CHECK(all_found(leet, "what a tw@t, a TW4T, a 7w*7") == Found{"tw@t", "TW4T", "7w*7"});
  CHECK(all_found(f, "what a tw@t").empty());
}

TEST_CASE("engine phrase_finder: case-sensitive terms see the text as written", "[engine][phrase_finder]") {
  const PhraseFinder f({"Patrick", "PATRICK"}, false, false);
  CHECK(all_found(f, "Patrick, PATRICK, patrick") == Found{"Patrick", "PATRICK"});
  const PhraseFinder none({}, false, true);
  CHECK(all_found(none, "anything at all").empty());
}

TEST_CASE("engine phrase_finder: built-in lead lexicons match what their alternations matched",
          "[engine][phrase_finder]") {
  const auto pack = st_test::builtin_pack();
  // The same signals with each lead lexicon put back into the pattern as the
  // alternation RE2 used to compile.
  auto as_patterns = pack.signals;
  std::size_t leads = 0;
  for (auto& s : as_patterns) {
    if (!s.lead) continue;
    ++leads;
    const auto& alternation = pack.lexicons.at(s.lead_lexicon).alternation;
    s.pattern = "\\b" + alternation + "\\b" + (s.pattern.empty() ? "" : "|" + s.pattern);
    s.lead.reset();
  }
  CHECK(leads >= 20);
  auto with_leads = Matcher::compile(pack.signals);
  auto with_patterns = Matcher::compile(as_patterns);
  REQUIRE(std::holds_alternative<Matcher>(with_leads));
  REQUIRE(std::holds_alternative<Matcher>(with_patterns));
  const auto drafts = st_test::with_warmup_drafts(
      {
          "Patrick PATRICK patrick: the S.H.O. and the reg, a Band 6 charge nurse",
          "what a tw@t, f*cking c*nt, the sc*m, a 5lut",
          "X-ray, x ray, xray; C. diff; Guillain-Barre; a #NOF and x#NOF",
          "Every. Single. Time.  time-wasters, time wasters,timewasters",
          "",
          "a",
      },
      400);
  const auto occurrences =
      st_test::check_same_occurrences(pack, std::get<Matcher>(with_leads), std::get<Matcher>(with_patterns), drafts,
                                      [](const Signal& s) { return s.lead != nullptr; });
  CHECK(occurrences > 300);  // the drafts reach the lexicons, not only the empty cases
}
