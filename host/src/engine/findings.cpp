#include "engine/findings.hpp"

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

class Evaluator {
 public:
  explicit Evaluator(const FindingInputs& in) : in_(in) {
    for (std::size_t i = 0; i < in.pack.signals.size(); ++i) index_[in.pack.signals[i].id] = i;
  }

  std::vector<RawFinding> run() {
    std::vector<RawFinding> out;
    std::set<std::string> warned;
    for (const auto& f : in_.pack.findings) {
      if (!f.after.empty() && std::none_of(f.after.begin(), f.after.end(),
                                           [&](const auto& c) { return warned.count(c) > 0; }))
        continue;
      if (!f.predicate.empty() && !(in_.predicate && in_.predicate(f.predicate))) continue;
      auto evidence = evaluate(f);
      if (evidence.empty()) continue;
      warned.insert(f.category);
      out.push_back({&f, std::move(evidence)});
    }
    return out;
  }

 private:
  const std::vector<Occurrence>& occ(const std::string& id) const {
    return in_.occurrences[index_.at(id)];
  }

  // The occurrence of `id` in `w` closest to `anchor`, if any.
  const Occurrence* nearest(const std::string& id, const Window& w, const Occurrence& anchor) const {
    const Occurrence* best = nullptr;
    std::size_t best_gap = 0;
    for (const auto& o : occ(id)) {
      if (!w.touches(o)) continue;
      const auto gap = o.begin >= anchor.end ? o.begin - anchor.end
                       : anchor.begin >= o.end ? anchor.begin - o.end : 0;
      if (!best || gap < best_gap) best = &o, best_gap = gap;
    }
    return best;
  }

  bool fires(const Finding& f, const Occurrence& anchor, const Window& w, const Window& none_w,
             std::vector<Occurrence>& evidence) const {
    for (const auto& id : f.none)
      for (const auto& o : occ(id))
        if (none_w.touches(o)) return false;
    std::vector<Occurrence> found;
    for (const auto& id : f.all) {
      const auto* o = nearest(id, w, anchor);
      if (!o) return false;
      found.push_back(*o);
    }
    if (!f.any.empty()) {
      bool any = false;
      for (const auto& id : f.any)
        if (const auto* o = nearest(id, w, anchor)) found.push_back(*o), any = true;
      if (!any) return false;
    }
    if (f.score && score(*f.score, w, found) < f.score->threshold[static_cast<std::size_t>(in_.level)])
      return false;
    for (const auto& id : f.include)
      for (const auto& o : occ(id))
        if (w.touches(o)) found.push_back(o);
    evidence.insert(evidence.end(), found.begin(), found.end());
    return true;
  }

  // Adds each weighted signal once if it occurs in `w`. Heavier signals are
  // counted first, and text already counted for one signal does not count again
  // for another ("cubicle 6" is a care location, not also a care setting).
  int score(const ScoreSpec& spec, const Window& w, std::vector<Occurrence>& found) const {
    std::vector<std::pair<std::string, int>> order(spec.weights.begin(), spec.weights.end());
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<Occurrence> counted;
    int total = 0;
    for (const auto& [id, weight] : order) {
      bool hit = false;
      for (const auto& o : occ(id)) {
        if (!w.touches(o)) continue;
        const bool overlaps = std::any_of(counted.begin(), counted.end(), [&](const Occurrence& c) {
          return o.begin < c.end && c.begin < o.end;
        });
        if (overlaps) continue;
        counted.push_back(o);
        hit = true;
      }
      if (hit) total += weight;
    }
    found.insert(found.end(), counted.begin(), counted.end());
    return total;
  }

  std::vector<Occurrence> evaluate(const Finding& f) const {
    std::vector<Occurrence> evidence;
    if (f.anchor.empty()) {
      const Window whole{0, in_.text_size};
      fires(f, Occurrence{0, 0}, whole, whole, evidence);
      return evidence;
    }
    for (const auto& anchor_id : f.anchor)
    for (const auto& a : occ(anchor_id)) {
      const auto w = around(a, f.within, in_.text_size);
      const auto none_w = around(a, f.none_within, in_.text_size);
      std::vector<Occurrence> found;
      if (fires(f, a, w, none_w, found)) {
        evidence.push_back(a);
        evidence.insert(evidence.end(), found.begin(), found.end());
      }
    }
    return evidence;
  }

  const FindingInputs& in_;
  std::map<std::string, std::size_t> index_;
};

}  // namespace

std::vector<RawFinding> evaluate_findings(const FindingInputs& in) { return Evaluator(in).run(); }

}  // namespace secondthought
