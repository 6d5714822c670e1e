#include "engine/phrase_finder.hpp"

#include "engine/lowercase.hpp"

#include <algorithm>

namespace secondthought {
namespace {

// RE2's \s, and the punctuation a space in a term also stands for.
constexpr std::string_view kSpace = "\t\n\f\r ";
constexpr std::string_view kSpaceRun = "\t\n\f\r !,.:;";

bool boundary(std::string_view text, std::size_t at) {
  const bool before = at > 0 && re2_word_char(text[at - 1]);
  const bool after = at < text.size() && re2_word_char(text[at]);
  return before != after;
}

bool in(std::string_view sorted_bytes, char c) {
  return std::binary_search(sorted_bytes.begin(), sorted_bytes.end(), c);
}

std::string sorted(std::string_view bytes) {
  std::string s(bytes);
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

}  // namespace

// RE2's \b is ASCII: letters, digits and '_' are word characters.
bool re2_word_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

std::string_view leet_spellings(char lower) {
  switch (lower) {
    case 'a': return "a4@*";
    case 'e': return "e3*";
    case 'i': return "i1!*";
    case 'o': return "o0*";
    case 'u': return "u*";
    case 's': return "s5$";
    case 't': return "t7";
    default: return {};
  }
}

std::uint32_t PhraseFinder::step_index(Step step) {
  const auto it = std::find(steps_.begin(), steps_.end(), step);
  if (it != steps_.end()) return static_cast<std::uint32_t>(it - steps_.begin());
  steps_.push_back(std::move(step));
  return static_cast<std::uint32_t>(steps_.size() - 1);
}

PhraseFinder::PhraseFinder(const std::vector<std::string>& terms, bool leet, bool lowered) : lowered_(lowered) {
  // Built with an edge list per node, then flattened: a large lexicon's trie
  // has tens of thousands of nodes, and memory after loading is a target.
  std::vector<std::vector<Edge>> out_edges(1);
  nodes_.emplace_back();
  auto child = [&](std::uint32_t node, std::uint32_t step) {
    for (const auto& e : out_edges[node])
      if (e.step == step) return e.to;
    const auto to = static_cast<std::uint32_t>(nodes_.size());
    out_edges[node].push_back({to, static_cast<std::uint16_t>(step), '\0'});
    out_edges.emplace_back();
    nodes_.emplace_back();
    return to;
  };
  for (std::uint32_t i = 0; i < terms.size(); ++i) {
    std::uint32_t node = 0;
    nodes_[0].first_term = std::min(nodes_[0].first_term, i);
    for (const char c : lowered ? lower_same_length(terms[i]) : terms[i]) {
      const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      Step step;
      if (c == ' ') {
        step = {Repeat::one_or_more, sorted(kSpaceRun)};
      } else if (c == '-') {
        step = {Repeat::optional, sorted(std::string(kSpace) + "-")};
      } else if (const auto spellings = leet ? leet_spellings(lower) : std::string_view(); !spellings.empty()) {
        step = {Repeat::once, sorted(spellings)};
      } else {
        step = {Repeat::once, std::string(1, c)};
      }
      node = child(node, step_index(std::move(step)));
      nodes_[node].first_term = std::min(nodes_[node].first_term, i);
    }
    nodes_[node].term = std::min(nodes_[node].term, i);
  }
  auto literal = [&](const Edge& e) {
    const auto& step = steps_[e.step];
    return step.repeat == Repeat::once && step.bytes.size() == 1;
  };
  for (std::size_t n = 0; n < nodes_.size(); ++n) {
    auto& edges = out_edges[n];
    for (auto& e : edges) e.byte = literal(e) ? steps_[e.step].bytes[0] : '\0';
    // Literal edges first, by byte; the order of the rest does not matter
    // (each term is one path, whichever edge is tried first).
    std::stable_sort(edges.begin(), edges.end(), [&](const Edge& a, const Edge& b) {
      if (literal(a) != literal(b)) return literal(a);
      return literal(a) && a.byte < b.byte;
    });
    nodes_[n].first_edge = static_cast<std::uint32_t>(edges_.size());
    nodes_[n].edge_count = static_cast<std::uint16_t>(edges.size());
    nodes_[n].literal_count = static_cast<std::uint16_t>(std::count_if(edges.begin(), edges.end(), literal));
    edges_.insert(edges_.end(), edges.begin(), edges.end());
  }
  nodes_.shrink_to_fit();
  // The bytes a match can begin with; a term that begins with an optional
  // hyphen can begin with anything.
  for (const auto& e : out_edges[0]) {
    const auto& step = steps_[e.step];
    if (step.repeat == Repeat::optional) std::fill(std::begin(starts_), std::end(starts_), true);
    for (const char c : step.bytes) starts_[static_cast<unsigned char>(c)] = true;
  }
}

// Depth first, the longer choice first at every repetition: the first end found
// for a term is the one RE2 prefers for it. Only an earlier term than the best
// found so far is worth following.
void PhraseFinder::walk(std::string_view text, std::size_t at, std::uint32_t node, std::uint32_t& best_term,
                        std::size_t& best_end) const {
  const auto& n = nodes_[node];
  if (n.first_term >= best_term) return;
  if (n.term < best_term && boundary(text, at)) {
    best_term = n.term;
    best_end = at;
  }
  const auto* first = edges_.data() + n.first_edge;
  const auto* literals_end = first + n.literal_count;
  if (at < text.size()) {
    const auto hit = std::lower_bound(first, literals_end, text[at], [](const Edge& e, char c) { return e.byte < c; });
    if (hit != literals_end && hit->byte == text[at]) walk(text, at + 1, hit->to, best_term, best_end);
  }
  for (auto e = n.literal_count; e < n.edge_count; ++e) {
    const auto& step = steps_[first[e].step];
    const auto to = first[e].to;
    switch (step.repeat) {
      case Repeat::once:
        if (at < text.size() && in(step.bytes, text[at])) walk(text, at + 1, to, best_term, best_end);
        break;
      case Repeat::one_or_more: {
        std::size_t run = at;
        while (run < text.size() && in(step.bytes, text[run])) ++run;
        for (std::size_t end = run; end > at; --end) walk(text, end, to, best_term, best_end);
        break;
      }
      case Repeat::optional:
        if (at < text.size() && in(step.bytes, text[at])) walk(text, at + 1, to, best_term, best_end);
        walk(text, at, to, best_term, best_end);
        break;
    }
  }
}

std::optional<PhraseFinder::Match> PhraseFinder::find(std::string_view text, std::size_t pos) const {
  for (std::size_t at = pos; at < text.size(); ++at) {
    if (!starts_[static_cast<unsigned char>(text[at])] || !boundary(text, at)) continue;
    std::uint32_t best_term = kNoTerm;
    std::size_t best_end = 0;
    walk(text, at, 0, best_term, best_end);
    if (best_term != kNoTerm) return Match{at, best_end};
  }
  return std::nullopt;
}

}  // namespace secondthought
