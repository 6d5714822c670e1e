#include "engine/findings.hpp"

#include "engine/coverage.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace secondthought {
namespace {

struct Window {
  std::size_t begin, end;
  bool touches(const Occurrence& o) const { return o.end >= begin && o.begin <= end; }
};

Window around(const Occurrence& a, int radius, std::size_t text_size) {
  const auto r = static_cast<std::size_t>(radius);
  return {a.begin > r ? a.begin - r : 0, std::min(text_size, a.end + r)};
}

std::size_t gap(const Occurrence& a, const Occurrence& b) {
  return b.begin >= a.end ? b.begin - a.end : a.begin >= b.end ? a.begin - b.end : 0;
}

// The occurrences of one signal that touch a window: a binary search, since a
// long post can hold thousands of them.
struct InWindow {
  std::vector<Occurrence>::const_iterator first, last;
  auto begin() const { return first; }
  auto end() const { return last; }
  bool empty() const { return first == last; }
};

InWindow in_window(const std::vector<Occurrence>& occ, const Window& w) {
  auto first = std::lower_bound(occ.begin(), occ.end(), w.begin,
                                [](const Occurrence& o, std::size_t at) { return o.end < at; });
  auto last = first;
  while (last != occ.end() && last->begin <= w.end) ++last;
  return {first, last};
}

class Evaluator {
 public:
  explicit Evaluator(const FindingInputs& in) : in_(in) {}

  std::vector<RawFinding> run() const {
    std::vector<RawFinding> out;
    std::set<std::string> warned = in_.warned_before;
    std::map<std::string, std::vector<Occurrence>> evidence_by_category;
    for (const auto& step : in_.plan.steps()) {
      const auto& f = *step.finding;
      if (!f.after.empty() &&
          std::none_of(f.after.begin(), f.after.end(), [&](const auto& c) { return warned.count(c) > 0; }))
        continue;
      if (!f.predicate.empty() && !(in_.predicate && in_.predicate(f.predicate))) continue;
      std::vector<Occurrence> anchors, reasons;
      auto evidence = evaluate(step, yielded(f, evidence_by_category), anchors, reasons);
      if (evidence.empty()) continue;
      warned.insert(f.category);
      // Only what made the warning fire is "explained" for yield_to; details it
      // merely highlights (`include`) are not (a patient's name highlighted in a
      // rant about a colleague is still a patient's name).
      auto& seen = evidence_by_category[f.category];
      seen.insert(seen.end(), reasons.begin(), reasons.end());
      out.push_back({&f, std::move(evidence), std::move(anchors), {}});
    }
    return out;
  }

 private:
  const std::vector<Occurrence>& occ(std::size_t signal) const { return in_.occurrences[signal]; }

  const Occurrence* nearest(std::size_t signal, const Window& w, const Occurrence& anchor) const {
    const Occurrence* best = nullptr;
    for (const auto& o : in_window(occ(signal), w))
      if (!best || gap(anchor, o) < gap(anchor, *best)) best = &o;
    return best;
  }

  // Adds each weighted signal once if it occurs in `w`. Heavier signals are
  // counted first, and text already counted for one signal does not count again
  // for another ("cubicle 6" is a care location, not also a care setting).
  int score(const FindingPlan::Step& step, const Window& w, std::vector<Occurrence>& found) const {
    std::vector<Occurrence> counted;
    int total = 0;
    for (const auto& [signal, weight] : step.weights) {
      bool hit = false;
      for (const auto& o : in_window(occ(signal), w)) {
        const bool overlaps = std::any_of(counted.begin(), counted.end(),
                                          [&](const Occurrence& c) { return o.begin < c.end && c.begin < o.end; });
        if (overlaps) continue;
        counted.push_back(o);
        hit = true;
      }
      if (hit) total += weight;
    }
    found.insert(found.end(), counted.begin(), counted.end());
    return total;
  }

  // `found` gets what made the finding fire, `shown` what it also highlights.
  bool fires(const FindingPlan::Step& step, const Occurrence& anchor, const Window& w, const Window& none_w,
             std::vector<Occurrence>& found, std::vector<Occurrence>& shown) const {
    for (const auto signal : step.none)
      if (!in_window(occ(signal), none_w).empty()) return false;
    for (const auto signal : step.none_in_draft)
      if (!occ(signal).empty()) return false;
    for (const auto signal : step.all) {
      const auto* o = nearest(signal, w, anchor);
      if (!o) return false;
      found.push_back(*o);
    }
    if (!step.any.empty()) {
      bool any = false;
      for (const auto signal : step.any)
        if (const auto* o = nearest(signal, w, anchor)) found.push_back(*o), any = true;
      if (!any) return false;
    }
    const auto& f = *step.finding;
    if (f.score && score(step, w, found) < f.score->threshold[static_cast<std::size_t>(in_.level)]) return false;
    for (const auto signal : step.include)
      for (const auto& o : in_window(occ(signal), w)) shown.push_back(o);
    // Every occurrence of a required signal in the window is part of the reason,
    // not only the nearest one that satisfied it.
    for (const auto* list : {&step.all, &step.any})
      for (const auto signal : *list)
        for (const auto& o : in_window(occ(signal), w)) found.push_back(o);
    return true;
  }

  // Evidence of the categories this finding yields to: an anchor inside it is
  // already explained (a colleague being criticised is not a patient).
  static std::vector<Occurrence> yielded(const Finding& f,
                                         const std::map<std::string, std::vector<Occurrence>>& by_category) {
    std::vector<Occurrence> out;
    for (const auto& c : f.yield_to)
      if (auto it = by_category.find(c); it != by_category.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
  }

  // Everything to highlight, or nothing when the finding does not fire;
  // `reasons` gets the part that made it fire (anchors, all, any, score).
  std::vector<Occurrence> evaluate(const FindingPlan::Step& step, const std::vector<Occurrence>& skip,
                                   std::vector<Occurrence>& anchors, std::vector<Occurrence>& reasons) const {
    const auto& f = *step.finding;
    std::vector<Occurrence> evidence;
    if (step.anchor.empty()) {
      const Window whole{0, in_.text_size};
      std::vector<Occurrence> shown;
      if (!fires(step, Occurrence{0, 0}, whole, whole, reasons, shown)) return {};
      evidence = reasons;
      evidence.insert(evidence.end(), shown.begin(), shown.end());
      return evidence;
    }
    const Coverage skipped(skip);
    for (const auto anchor_signal : step.anchor)
      for (const auto& a : occ(anchor_signal)) {
        if (skipped.overlaps(a)) continue;
        std::vector<Occurrence> found, shown;
        if (fires(step, a, around(a, f.within, in_.text_size), around(a, f.none_within, in_.text_size), found, shown)) {
          anchors.push_back(a);
          reasons.insert(reasons.end(), found.begin(), found.end());
          evidence.insert(evidence.end(), found.begin(), found.end());
          evidence.insert(evidence.end(), shown.begin(), shown.end());
        }
      }
    // The anchors lead (the first names the warning), then what they found.
    evidence.insert(evidence.begin(), anchors.begin(), anchors.end());
    reasons.insert(reasons.end(), anchors.begin(), anchors.end());
    return evidence;
  }

  const FindingInputs& in_;
};

}  // namespace

namespace {
void mark_step(const FindingPlan::Step& step, std::vector<bool>& mask) {
  for (const auto* list : {&step.anchor, &step.all, &step.any, &step.none, &step.none_in_draft, &step.include})
    for (const auto i : *list) mask[i] = true;
  for (const auto& [i, weight] : step.weights) mask[i] = true;
}
}  // namespace

std::vector<bool> FindingPlan::second_pass(const std::vector<std::vector<Occurrence>>& occurrences) const {
  std::vector<bool> mask(first_pass_.size(), false);
  for (const auto& step : steps_)
    if (std::any_of(step.anchor.begin(), step.anchor.end(), [&](std::size_t a) { return !occurrences[a].empty(); }))
      mark_step(step, mask);
  return mask;
}

FindingPlan::FindingPlan(const RulePack& pack) : first_pass_(pack.signals.size(), false) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < pack.signals.size(); ++i) index[pack.signals[i].id] = i;
  auto resolve = [&](const std::vector<std::string>& ids) {
    std::vector<std::size_t> out;
    for (const auto& id : ids) out.push_back(index.at(id));
    return out;
  };
  for (const auto& f : pack.findings) {
    Step step{&f,
              resolve(f.anchor),
              resolve(f.all),
              resolve(f.any),
              resolve(f.none),
              resolve(f.none_in_draft),
              resolve(f.include),
              {}};
    if (f.score)
      for (const auto& [id, weight] : f.score->weights) step.weights.emplace_back(index.at(id), weight);
    std::stable_sort(step.weights.begin(), step.weights.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (step.anchor.empty()) mark_step(step, first_pass_);
    for (const auto a : step.anchor) first_pass_[a] = true;
    steps_.push_back(std::move(step));
  }
}

SignalMatches match_signals(const Matcher& matcher, const FindingPlan& plan, std::string_view folded,
                            std::string_view lowered) {
  const auto n = plan.first_pass().size();
  SignalMatches m{std::vector<std::vector<Occurrence>>(n), std::vector<bool>(n, false)};
  matcher.match_some(folded, lowered, plan.first_pass(), m.matched, m.occurrences);
  matcher.match_some(folded, lowered, plan.second_pass(m.occurrences), m.matched, m.occurrences);
  return m;
}

std::vector<RawFinding> evaluate_findings(const FindingInputs& in) { return Evaluator(in).run(); }

}  // namespace secondthought
