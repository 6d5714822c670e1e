#include "engine/warning_text.hpp"

#include <algorithm>

#include "engine/sentence_context.hpp"

namespace secondthought {
namespace {

constexpr std::size_t kMaxQuoted = 3;
constexpr std::size_t kMaxQuoteBytes = 60;

void replace_all(std::string& s, std::string_view key, std::string_view value) {
  for (auto pos = s.find(key); pos != std::string::npos; pos = s.find(key, pos + value.size()))
    s.replace(pos, key.size(), value);
}

// Cuts at a UTF-8 boundary so a quote never ends inside a character.
std::string clip(std::string_view s) {
  if (s.size() <= kMaxQuoteBytes) return std::string(s);
  std::size_t cut = kMaxQuoteBytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

std::string quoted(const std::vector<OriginalRange>& ranges, std::string_view original) {
  std::string out;
  for (std::size_t i = 0; i < ranges.size() && i < kMaxQuoted; ++i) {
    if (i) out += i + 1 == std::min(ranges.size(), kMaxQuoted) ? " and " : ", ";
    out += "“" + clip(original.substr(ranges[i].byte_begin, ranges[i].byte_end - ranges[i].byte_begin)) + "”";
  }
  if (ranges.size() > kMaxQuoted) out += " (and " + std::to_string(ranges.size() - kMaxQuoted) + " more)";
  return out;
}

std::string fill(std::string s, const std::string& found, const std::string& details, const Profile& profile) {
  replace_all(s, "{found}", found);
  replace_all(s, "{details}", details);
  replace_all(s, "{role}", profile.role);
  replace_all(s, "{regulator}", profile.regulator);
  return s;
}

// The merged run that holds `part` (every evidence range was merged into one).
OriginalRange run_holding(const std::vector<OriginalRange>& merged, const OriginalRange& part) {
  for (const auto& r : merged)
    if (r.byte_begin <= part.byte_begin && part.byte_end <= r.byte_end) return r;
  return part;
}

}  // namespace

Warning render_warning(const Finding& finding, const std::vector<Occurrence>& evidence,
                       const std::vector<Occurrence>& sentences, const NormalizedText& folded,
                       std::string_view original, const Profile& profile) {
  std::vector<OriginalRange> ranges;
  for (const auto& o : evidence)
    if (o.end > o.begin) ranges.push_back(folded.original_range(o.begin, o.end));
  std::sort(ranges.begin(), ranges.end(),
            [](const auto& a, const auto& b) { return a.byte_begin < b.byte_begin; });
  std::vector<OriginalRange> merged;
  for (const auto& r : ranges) {
    if (!merged.empty() && r.byte_begin <= merged.back().byte_end) {
      merged.back().byte_end = std::max(merged.back().byte_end, r.byte_end);
      merged.back().utf16.end = std::max(merged.back().utf16.end, r.utf16.end);
    } else {
      merged.push_back(r);
    }
  }
  Warning w;
  w.rule = finding.id;
  w.category = finding.category;
  w.severity = finding.severity;
  // {found} quotes the detail that anchored the finding, as the underlined
  // run it belongs to: evidence touching the anchor is read with it ("Female
  // paediatricians are all the same", not "Female"; "Freddie (6)", not a
  // name-and-age match cut before its bracket). {details} quotes every
  // highlighted detail, for findings whose point is the combination.
  const auto& head = evidence.front();
  const auto details = quoted(merged, original);
  const auto found = head.end > head.begin ? quoted({run_holding(merged, folded.original_range(head.begin, head.end))},
                                                    original)
                                           : details;
  w.title = fill(finding.title, found, details, profile);
  w.message = fill(finding.message + " " + finding.advice, found, details, profile);
  if (finding.shade_sentence) {
    std::vector<OriginalRange> more;
    for (const auto& o : sentences)
      if (o.end > o.begin) more.push_back(folded.original_range(o.begin, o.end));
    w.spans = with_sentence_context(merged, original, more);
  } else {
    for (const auto& r : merged) w.spans.push_back(r.utf16);
  }
  w.guidance = profile.guidance.at(finding.guidance);
  return w;
}

}  // namespace secondthought
