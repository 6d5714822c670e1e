#include "engine/matcher.hpp"

#include "engine/alternation.hpp"
#include "engine/coverage.hpp"
#include "engine/lowercase.hpp"
#include "engine/phrase_finder.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <system_error>
#include <thread>
#include <unordered_set>

namespace secondthought {
namespace {

RE2::Options signal_options(bool case_sensitive) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(case_sensitive);
  // Bounds each pattern's DFA cache, so memory stays flat however many drafts
  // are analysed; the largest lexicon alternations still fit.
  o.set_max_mem(16 << 20);
  return o;
}

}  // namespace

// An RE2::Set pre-filter over every signal was measured and removed: with large
// lexicon alternations its combined DFA cost about four times what it saved
// (docs/performance.md).
struct Matcher::Impl {
  // One RE2 program: a signal's whole pattern or one part of its alternation.
  struct Program {
    std::unique_ptr<RE2> re;
    bool on_lowered = false;  // runs on the lower-cased draft (see lowercase.hpp)
    // Every group named "span", in order: each alternative may mark its own
    // (RE2 accepts the name twice but NamedCapturingGroups() gives only the first).
    std::vector<int> span_groups;
  };
  struct Compiled {
    std::vector<Program> programs;  // in alternation order (engine/alternation.hpp)
    std::optional<Validator> validator;
    std::vector<std::size_t> except;
    std::shared_ptr<const std::unordered_set<std::string>> first_words;
    std::shared_ptr<const std::unordered_set<std::string>> words;  // a `words_in` signal: no RE2 at all
    std::shared_ptr<const PhraseFinder> lead;  // searched before `programs`, as their first alternative
  };
  std::vector<Compiled> signals;
};

Matcher::Matcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

std::variant<Matcher, LoadError> Matcher::compile(const std::vector<Signal>& signals, std::size_t max_part_bytes) {
  auto impl = std::make_unique<Impl>();
  impl->signals.resize(signals.size());
  // Every program to compile: each part of each signal's pattern.
  struct Job {
    std::size_t signal, part;
    std::string pattern;
  };
  std::vector<Job> jobs;
  for (std::size_t i = 0; i < signals.size(); ++i) {
    if (signals[i].words) continue;  // nothing to compile
    if (signals[i].lead && signals[i].pattern.empty()) continue;  // the lexicon was the whole pattern
    auto parts = split_alternation(signals[i].pattern, max_part_bytes);
    impl->signals[i].programs.resize(parts.size());
    for (std::size_t p = 0; p < parts.size(); ++p) jobs.push_back({i, p, std::move(parts[p])});
  }
  // Largest programs first, handed out one at a time: compile cost grows with
  // pattern size, and a few lexicon-heavy patterns would otherwise leave one
  // core finishing alone.
  std::vector<std::size_t> order(jobs.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return jobs[a].pattern.size() > jobs[b].pattern.size(); });
  std::atomic<std::size_t> next{0};
  auto compile_queue = [&] {
    for (std::size_t q = next++; q < order.size(); q = next++) {
      const auto k = order[q];
      const auto& signal = signals[jobs[k].signal];
      auto& program = impl->signals[jobs[k].signal].programs[jobs[k].part];
      // A case-insensitive pattern runs on the lower-cased draft where it can,
      // else with its letters as case classes on the original; RE2's own (?i)
      // is the last resort. All three find the same matches; the first two
      // compile faster (engine/lowercase.hpp).
      const auto lowered = signal.case_sensitive ? std::nullopt : lower_pattern(jobs[k].pattern);
      const auto classes = signal.case_sensitive || lowered ? std::nullopt : case_classes_pattern(jobs[k].pattern);
      program.on_lowered = lowered.has_value();
      program.re = std::make_unique<RE2>(lowered ? *lowered : classes ? *classes : jobs[k].pattern,
                                         signal_options(signal.case_sensitive || lowered || classes));
      // A rewrite must never turn a valid pattern into a load error.
      if (classes && !program.re->ok())
        program.re = std::make_unique<RE2>(jobs[k].pattern, signal_options(false));
    }
  };
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(compile_queue);
  compile_queue();
  for (auto& t : threads) t.join();

  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < signals.size(); ++i) index[signals[i].id] = i;
  for (std::size_t i = 0; i < signals.size(); ++i) {
    auto& c = impl->signals[i];
    for (const auto& e : signals[i].except) c.except.push_back(index.at(e));
    c.validator = signals[i].validator;
    c.first_words = signals[i].first_words;
    c.words = signals[i].words;
    c.lead = signals[i].lead;
    for (auto& program : c.programs) {
      if (!program.re->ok()) {
        // A part can only fail where the whole pattern fails: report RE2's
        // verdict on the whole, as written, not on a fragment of it.
        const RE2 whole(signals[i].pattern, signal_options(signals[i].case_sensitive));
        return LoadError{signals[i].file, signals[i].id,
                         "bad pattern: " + (whole.ok() ? program.re->error() : whole.error())};
      }
      for (const auto& [group, name] : program.re->CapturingGroupNames())
        if (name == "span") program.span_groups.push_back(group);
    }
  }
  return Matcher(std::move(impl));
}

namespace {

bool first_word_ok(const std::unordered_set<std::string>* words, std::string_view span) {
  if (!words) return true;
  const auto end = span.find_first_of(" ,'(\t\n");
  return words->count(std::string(span.substr(0, end))) > 0;
}

bool word_byte(char c) { return is_ascii_alnum(c) || c == '&' || c == '+' || c == '-' || c == '\''; }

// Whether `word` is in `words`: exactly, or as a lower-case term written with a
// capital first letter ("Sepsis" at the start of a sentence; "Echo" never finds "ECHO").
bool known_word(const std::unordered_set<std::string>& words, std::string_view word) {
  std::string w(word);
  if (words.count(w)) return true;
  if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') return false;
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] >= 'A' && w[i] <= 'Z') return false;
  w[0] = static_cast<char>(w[0] - 'A' + 'a');
  return words.count(w) > 0;
}

// Every word of `text` in `words`. A word is a run of ASCII letters and digits
// with inner '&', '+', '-' or apostrophes ("U&Es", "C-section"), trimmed of
// outer punctuation and of a possessive "'s".
void match_words(const std::unordered_set<std::string>& words, std::string_view text, std::vector<Occurrence>& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t b = i, e = i;
    while (e < text.size() && word_byte(text[e])) ++e;
    i = e;
    while (b < e && !is_ascii_alnum(text[b])) ++b;
    if (e - b > 2 && text.substr(e - 2, 2) == "'s") e -= 2;
    while (e > b && !is_ascii_alnum(text[e - 1]) && text[e - 1] != '+') --e;
    if (e > b && known_word(words, text.substr(b, e - b))) out.push_back({b, e});
  }
}

// Signals are matched on every core once a pass has this much work (draft
// bytes times signals to match): each signal is an independent scan. A
// 280-character draft's first pass (about 100 signals) is worth two cores:
// starting a thread costs tens of microseconds, the pass several hundred
// (docs/performance.md); a handful of signals over a short draft is not.
constexpr std::size_t kParallelWork = 4000;

// A program's first match starting at or after some position.
struct Hit {
  bool found = false;
  std::size_t whole_begin = 0, whole_end = 0;
  std::size_t part_begin = 0, part_size = 0;  // the span group's, or the whole match's
  bool part_null = false;                     // the span group took no part
};

// The groups a search must fill: up to the last span group, or the whole match alone.
int groups_needed(const std::vector<int>& span_groups) { return span_groups.empty() ? 1 : span_groups.back() + 1; }

// `sub` is scratch space with room for groups_needed(span_groups) groups, reused
// across searches so the hot path does not allocate.
Hit search(const RE2& re, const std::vector<int>& span_groups, std::string_view text, std::size_t pos,
           std::vector<re2::StringPiece>& sub) {
  const int groups = groups_needed(span_groups);
  Hit hit;
  if (pos > text.size() || !re.Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(), groups)) return hit;
  hit.found = true;
  hit.whole_begin = static_cast<std::size_t>(sub[0].data() - text.data());
  hit.whole_end = hit.whole_begin + sub[0].size();
  // The first span group that took part; an alternative without one, its whole match.
  const re2::StringPiece* chosen = &sub[0];
  for (const int g : span_groups)
    if (sub[static_cast<std::size_t>(g)].data()) {
      chosen = &sub[static_cast<std::size_t>(g)];
      break;
    }
  const auto& part = *chosen;
  hit.part_null = part.data() == nullptr;
  if (!hit.part_null) {
    hit.part_begin = static_cast<std::size_t>(part.data() - text.data());
    hit.part_size = part.size();
  }
  return hit;
}

}  // namespace

void Matcher::match_one(std::string_view original, std::string_view lowered, std::size_t index,
                        std::vector<Occurrence>& out) const {
  const auto& c = impl_->signals[index];
  if (c.words) return match_words(*c.words, original, out);
  // Both texts have the same bytes at the same places but for letter case:
  // positions found in one are positions in the other, and checks read the original.
  auto text_of = [&](const Impl::Program& p) { return p.on_lowered ? lowered : original; };
  // The parts of a split alternation (and the lead lexicon before them) are
  // searched side by side; the earliest match wins, the earlier part on a tie,
  // exactly as one program over the whole alternation would choose. A part's
  // match stays valid while it starts at or after the search position (nothing
  // of that part starts before it).
  int most_groups = 0;
  for (const auto& p : c.programs) most_groups = std::max(most_groups, groups_needed(p.span_groups));
  std::vector<re2::StringPiece> sub(static_cast<std::size_t>(most_groups));
  const std::size_t lead = c.lead ? 1 : 0, parts = lead + c.programs.size();
  auto search_part = [&](std::size_t k, std::size_t pos) {
    if (k >= lead) {
      const auto& p = c.programs[k - lead];
      return search(*p.re, p.span_groups, text_of(p), pos, sub);
    }
    Hit hit;
    if (const auto m = c.lead->find(c.lead->lowered() ? lowered : original, pos)) {
      hit = {true, m->begin, m->end, m->begin, m->end - m->begin, false};
    }
    return hit;
  };
  std::vector<Hit> next(parts);
  for (std::size_t k = 0; k < parts; ++k) next[k] = search_part(k, 0);
  std::size_t pos = 0;
  while (pos <= original.size()) {
    std::size_t best = parts;
    for (std::size_t k = 0; k < parts; ++k) {
      if (next[k].found && next[k].whole_begin < pos) next[k] = search_part(k, pos);
      if (next[k].found && (best == parts || next[k].whole_begin < next[best].whole_begin)) best = k;
    }
    if (best == parts) break;
    const auto hit = next[best];
    bool kept = false;
    if (!hit.part_null && hit.part_size > 0) {
      const auto span = original.substr(hit.part_begin, hit.part_size);
      kept = (!c.validator || (*c.validator)(span)) && first_word_ok(c.first_words.get(), span);
      if (kept) out.push_back({hit.part_begin, hit.part_begin + hit.part_size});
    }
    // A rejected match may hide a good one that starts inside it ("Just Margaret
    // Ellison"): look again from the next character, not from its end.
    pos = kept && hit.whole_end > hit.whole_begin ? hit.whole_end : hit.whole_begin + 1;
  }
}

void Matcher::match_some(std::string_view text, std::string_view lowered, const std::vector<bool>& wanted,
                         std::vector<bool>& done, std::vector<std::vector<Occurrence>>& out) const {
  // Every wanted signal and, transitively, the `except` signals it depends on,
  // dependencies first: a signal's exceptions are themselves filtered before
  // they filter it.
  std::vector<std::size_t> todo;
  std::vector<bool> seen(wanted.size(), false);
  auto visit = [&](auto&& self, std::size_t i) -> void {
    if (seen[i] || done[i]) return;
    seen[i] = true;
    for (const auto e : impl_->signals[i].except) self(self, e);
    todo.push_back(i);
  };
  for (std::size_t i = 0; i < wanted.size(); ++i)
    if (wanted[i]) visit(visit, i);
  const std::size_t workers = text.size() * todo.size() < kParallelWork
                                  ? 1
                                  : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
  // Handed out one at a time: the signals' costs differ a hundredfold. A
  // failure on any thread (out of memory) stops the others and is rethrown
  // here, after every thread has joined, so the caller can reply with an error.
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto run = [&] {
    try {
      for (std::size_t k = next++; k < todo.size(); k = next++) match_one(text, lowered, todo[k], out[todo[k]]);
    } catch (...) {
      next = todo.size();
      const std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers; ++w) {
    try {
      threads.emplace_back(run);  // each writes its own slots
    } catch (const std::system_error&) {
      break;  // no thread to be had: this one does the rest
    }
  }
  run();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
  for (const auto i : todo) done[i] = true;
  drop_excepted(out, todo);
}

std::vector<std::vector<Occurrence>> Matcher::match(std::string_view text) const {
  std::vector<std::vector<Occurrence>> out(impl_->signals.size());
  std::vector<bool> done(out.size(), false);
  match_some(text, lower_same_length(text), std::vector<bool>(out.size(), true), done, out);
  return out;
}

// "Mr Tickle" is a book and "Mr Oduya's theatre list" a surgeon's: a signal's
// occurrence that overlaps an occurrence of one of its `except` signals is dropped.
void Matcher::drop_excepted(std::vector<std::vector<Occurrence>>& out, const std::vector<std::size_t>& fresh) const {
  for (const auto i : fresh)
    for (const auto e : impl_->signals[i].except) {
      const Coverage covered(out[e]);
      std::erase_if(out[i], [&](const Occurrence& o) { return covered.overlaps(o); });
    }
}

}  // namespace secondthought
