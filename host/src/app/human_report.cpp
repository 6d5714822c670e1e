#include "app/human_report.hpp"

#include <algorithm>
#include <cctype>
#include <ostream>
#include <string>

#include "protocol/utf8.hpp"

namespace secondthought {
namespace {

constexpr std::size_t context_bytes = 40;  // shown either side of a span group
constexpr std::size_t join_gap_bytes = 60;  // spans closer than this share one excerpt

struct ByteRange {
  std::size_t start;
  std::size_t end;
};

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `at` to the start of the code point it is in, so a cut never splits one.
std::size_t to_boundary(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && is_continuation(text[at])) --at;
  return at;
}

// Line breaks and tabs flattened, so each excerpt stays on one line.
void append_flat(std::string& out, std::string_view piece) {
  for (char c : piece) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
}

std::string excerpt(std::string_view text, const std::vector<ByteRange>& group) {
  std::size_t from = to_boundary(text, group.front().start > context_bytes ? group.front().start - context_bytes : 0);
  std::size_t to = to_boundary(text, std::min(text.size(), group.back().end + context_bytes));
  std::string out = from > 0 ? "…" : "";
  std::size_t at = from;
  for (const auto& range : group) {
    append_flat(out, text.substr(at, range.start - at));
    out += "«";
    append_flat(out, text.substr(range.start, range.end - range.start));
    out += "»";
    at = range.end;
  }
  append_flat(out, text.substr(at, to - at));
  if (to < text.size()) out += "…";
  return out;
}

// The warning's evidence as byte ranges, grouped where they are close together.
// Context spans (the rest of a sentence) are left out: the excerpt shows it anyway.
std::vector<std::vector<ByteRange>> span_groups(std::string_view text, const Warning& warning) {
  std::vector<std::vector<ByteRange>> groups;
  for (const auto& span : warning.spans) {
    if (span.kind == SpanKind::context) continue;
    ByteRange range{utf8_offset_of_utf16(text, span.start), utf8_offset_of_utf16(text, span.end)};
    if (range.end < range.start) range.end = range.start;
    if (!groups.empty() && range.start >= groups.back().back().end &&
        range.start - groups.back().back().end < join_gap_bytes) {
      groups.back().push_back(range);
    } else {
      groups.push_back({range});
    }
  }
  return groups;
}

std::string upper(std::string_view word) {
  std::string out(word);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

void write_human_report(std::ostream& out, std::string_view text, const std::vector<Warning>& warnings) {
  if (warnings.empty()) {
    out << "No warnings.\n";
    return;
  }
  out << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings") << "\n";
  for (const auto& warning : warnings) {
    out << "\n[" << upper(to_string(warning.severity)) << "] " << warning.category << ": " << warning.title << "  ("
        << warning.rule << ")\n";
    for (const auto& group : span_groups(text, warning)) out << "  " << excerpt(text, group) << "\n";
    if (!warning.message.empty()) out << "  " << warning.message << "\n";
    for (const auto& ref : warning.guidance) {
      out << "  Guidance: " << ref.source << ", " << ref.title;
      if (!ref.paragraph.empty()) out << ", " << ref.paragraph;
      if (!ref.url.empty()) out << " <" << ref.url << ">";
      out << "\n";
    }
  }
}

}  // namespace secondthought
