#include "engine/matcher.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <map>

namespace secondthought {
namespace {

RE2::Options signal_options(bool case_sensitive) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(case_sensitive);
  o.set_max_mem(64 << 20);  // large lexicon alternations need room to stay on the DFA
  return o;
}

std::string set_pattern(const Signal& s) {
  // One Set holds every signal, so case-insensitivity travels inside the pattern.
  return s.case_sensitive ? s.pattern : "(?i:" + s.pattern + ")";
}

}  // namespace

struct Matcher::Impl {
  struct Compiled {
    std::unique_ptr<RE2> re;
    std::optional<Validator> validator;
    int span_group = 0;  // index of (?P<span>...) or 0 for the whole match
    std::vector<std::size_t> except;
  };
  std::vector<Compiled> signals;
  RE2::Set set{signal_options(true), RE2::UNANCHORED};
};

Matcher::Matcher(const std::vector<Signal>& signals) : impl_(std::make_unique<Impl>()) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < signals.size(); ++i) index[signals[i].id] = i;
  for (const auto& s : signals) {
    Impl::Compiled c;
    c.re = std::make_unique<RE2>(s.pattern, signal_options(s.case_sensitive));
    c.validator = s.validator;
    const auto& groups = c.re->NamedCapturingGroups();
    if (auto it = groups.find("span"); it != groups.end()) c.span_group = it->second;
    for (const auto& e : s.except) c.except.push_back(index.at(e));
    impl_->signals.push_back(std::move(c));
    impl_->set.Add(set_pattern(s), nullptr);
  }
  impl_->set.Compile();
}

// "Mr Tickle" is a book and "Mr Oduya's theatre list" a surgeon's: a signal's
// occurrence that overlaps an occurrence of one of its `except` signals is dropped.
void Matcher::drop_excepted(std::vector<std::vector<Occurrence>>& out) const {
  for (std::size_t i = 0; i < out.size(); ++i)
    for (const auto e : impl_->signals[i].except)
      std::erase_if(out[i], [&](const Occurrence& o) {
        return std::any_of(out[e].begin(), out[e].end(),
                           [&](const Occurrence& x) { return o.begin < x.end && x.begin < o.end; });
      });
}

Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

std::vector<std::vector<Occurrence>> Matcher::match(std::string_view text) const {
  std::vector<std::vector<Occurrence>> out(impl_->signals.size());
  std::vector<int> hits;
  if (!impl_->set.Match(text, &hits)) return out;
  for (const int index : hits) {
    const auto& c = impl_->signals[static_cast<std::size_t>(index)];
    const int groups = c.span_group + 1;
    std::vector<re2::StringPiece> sub(static_cast<std::size_t>(groups));
    std::size_t pos = 0;
    while (pos <= text.size() &&
           c.re->Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(), groups)) {
      const auto whole_begin = static_cast<std::size_t>(sub[0].data() - text.data());
      const auto whole_end = whole_begin + sub[0].size();
      const auto& part = sub[static_cast<std::size_t>(c.span_group)];
      if (part.data() != nullptr && !part.empty()) {
        const auto b = static_cast<std::size_t>(part.data() - text.data());
        if (!c.validator || (*c.validator)(std::string_view(part.data(), part.size())))
          out[static_cast<std::size_t>(index)].push_back({b, b + part.size()});
      }
      pos = whole_end > whole_begin ? whole_end : whole_end + 1;
    }
  }
  drop_excepted(out);
  return out;
}

}  // namespace secondthought
