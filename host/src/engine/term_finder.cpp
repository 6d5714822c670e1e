#include "engine/term_finder.hpp"

#include "engine/coverage.hpp"

#include <re2/re2.h>

#include <algorithm>

namespace secondthought {

std::vector<Occurrence> find_terms(const std::vector<std::string>& terms, const NormalizedText& folded,
                                   const FoldTable& fold) {
  std::vector<Occurrence> out;
  const auto& text = folded.text();
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  for (const auto& term : terms) {
    const auto needle = NormalizedText::build(term, fold).text();
    if (needle.find_first_not_of(" \t\n") == std::string::npos) continue;
    RE2 re("(?:^|\\b|\\W)(" + RE2::QuoteMeta(needle) + ")(?:\\b|\\W|$)", options);
    if (!re.ok()) continue;
    re2::StringPiece input(text), hit;
    while (RE2::FindAndConsume(&input, re, &hit)) {
      const auto b = static_cast<std::size_t>(hit.data() - text.data());
      out.push_back({b, b + hit.size()});
      if (input.empty()) break;
    }
  }
  return out;
}

void append_watch_findings(const RulePack& pack, const std::vector<std::string>& watch_terms,
                           const NormalizedText& folded, std::vector<RawFinding>& findings) {
  if (watch_terms.empty()) return;
  const auto it = std::find_if(pack.findings.begin(), pack.findings.end(),
                               [](const Finding& f) { return f.predicate == "watch_term"; });
  if (it == pack.findings.end()) return;
  auto hits = find_terms(watch_terms, folded, pack.fold);
  if (!hits.empty()) findings.push_back({&*it, std::move(hits), {}, {}});
}

void drop_allowed_evidence(const std::vector<std::string>& allow_terms, const NormalizedText& folded,
                           const FoldTable& fold, std::vector<RawFinding>& findings) {
  if (allow_terms.empty()) return;
  const auto allowed = find_terms(allow_terms, folded, fold);
  if (allowed.empty()) return;
  const Coverage covered(allowed);
  auto is_allowed = [&](const Occurrence& o) { return covered.overlaps(o); };
  // A finding is about its anchors: when every anchor is allowed the finding
  // goes (allowing "Mrs Okafor" must not leave a warning about "clinic").
  std::erase_if(findings, [&](const RawFinding& f) {
    return !f.anchors.empty() && std::all_of(f.anchors.begin(), f.anchors.end(), is_allowed);
  });
  for (auto& f : findings) std::erase_if(f.evidence, is_allowed);
  std::erase_if(findings, [](const RawFinding& f) { return f.evidence.empty(); });
}

}  // namespace secondthought
