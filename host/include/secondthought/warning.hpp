// What the engine reports: the shape of a protocol warning (docs/protocol.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace secondthought {

enum class Severity { low = 0, medium = 1, high = 2 };

std::string_view to_string(Severity severity);

// What a span shows: the words that gave the problem away, or the rest of the
// sentence that holds them (shaded more lightly; never quoted or allowed).
enum class SpanKind { evidence, context };

// Offsets into the original text exactly as JavaScript indexes it: UTF-16 code
// units, start inclusive, end exclusive.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  SpanKind kind = SpanKind::evidence;
  friend bool operator==(const Span&, const Span&) = default;
};

struct GuidanceRef {
  std::string source;     // "GMC", "NMC", ...
  std::string title;      // document title
  std::string paragraph;  // "¶19", "Standard 7", or a section name where no number is certain
  std::string url;
};

struct Warning {
  std::string rule;      // stable rule id, e.g. "confidentiality.nhs_number"
  std::string category;  // one of categories()
  Severity severity = Severity::low;
  std::string title;
  std::string message;
  std::vector<Span> spans;  // sorted, non-overlapping
  std::vector<GuidanceRef> guidance;
};

// The seven categories, in the order the protocol lists them.
const std::vector<std::string>& categories();

}  // namespace secondthought
