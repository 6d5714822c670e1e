#include "secondthought/engine.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <optional>
#include <sstream>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "engine/account_names.hpp"
#include "engine/builtin_rules.hpp"
#include "engine/coverage.hpp"
#include "engine/findings.hpp"
#include "engine/lowercase.hpp"
#include "engine/matcher.hpp"
#include "engine/rule_pack.hpp"
#include "engine/sentence_context.hpp"
#include "engine/term_finder.hpp"
#include "engine/text_model.hpp"
#include "engine/warning_text.hpp"

namespace secondthought {

struct Engine::Impl {
  RulePack pack;
  Matcher matcher;
  FindingPlan plan;
  std::vector<std::string> profile_ids;
  std::vector<bool> sharpening;  // by signal index
  std::vector<std::vector<std::size_t>> model_targets;  // by model category: its target signals' indices
  std::vector<std::vector<std::size_t>> model_quiet;    // by model category: its quiet_with signals' indices

  Impl(RulePack p, Matcher m) : pack(std::move(p)), matcher(std::move(m)), plan(pack) {
    for (const auto& profile : pack.profiles) profile_ids.push_back(profile.id);
    for (const auto& s : pack.signals) sharpening.push_back(s.sharpens);
    for (const auto& c : pack.model.categories()) {
      model_targets.push_back(indices_of(c.target_signals));
      model_quiet.push_back(indices_of(c.quiet_signals));
    }
  }

  std::vector<std::size_t> indices_of(const std::vector<std::string>& ids) const {
    std::vector<std::size_t> out;
    for (const auto& id : ids)
      for (std::size_t i = 0; i < pack.signals.size(); ++i)
        if (pack.signals[i].id == id) out.push_back(i);
    return out;
  }

  const Profile& profile(const std::string& id) const {
    for (const auto& p : pack.profiles)
      if (p.id == id) return p;
    return pack.profiles.front();
  }
};

namespace {

std::variant<Engine, LoadError> from_files(const std::vector<SourceFile>& files,
                                           const std::function<Engine(RulePack, Matcher)>& make) {
  auto pack = load_rule_pack(files);
  if (auto* error = std::get_if<LoadError>(&pack)) return *error;
  auto& rules = std::get<RulePack>(pack);
  auto matcher = Matcher::compile(rules.signals);
  if (auto* error = std::get_if<LoadError>(&matcher)) return *error;
  // Each compiled program keeps what it needs: the expanded pattern text (over
  // half a megabyte once lexicons are spliced in) is not read again. That, the
  // parsed JSON of the packs and the compile threads' scratch leave megabytes of
  // freed heap behind; hand it back rather than hold it for the host's lifetime.
  for (auto& signal : rules.signals) std::string().swap(signal.pattern);
  // The lexicons have been spliced into the patterns and copied into the word
  // sets that signals share; nothing reads them after this point.
  std::map<std::string, Lexicon>().swap(rules.lexicons);
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
  return make(std::move(rules), std::move(std::get<Matcher>(matcher)));
}

// The rule files compiled into the binary are read once, at load: their pages
// (about 2 MB, most of it the model's weights) need not stay resident. They are
// read-only pages of the executable, so the kernel can drop them and would read
// them again from the file if anything touched them.
void release_builtin_pages() {
#if defined(__linux__)
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  for (const auto& f : builtin_rule_files()) {
    const auto begin = (reinterpret_cast<std::uintptr_t>(f.text.data()) + page - 1) / page * page;
    const auto end = (reinterpret_cast<std::uintptr_t>(f.text.data()) + f.text.size()) / page * page;
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
  }
#endif
}

bool overlaps(const std::vector<Occurrence>& a, const std::vector<Occurrence>& b) {
  const Coverage covered(b);
  return std::any_of(a.begin(), a.end(), [&](const Occurrence& o) { return covered.overlaps(o); });
}

// One warning per concern: a later finding of the same category whose evidence
// overlaps an earlier one's adds its evidence to it (packs list the more
// specific finding first) instead of repeating the same point.
void merge_overlapping(std::vector<RawFinding>& raw) {
  for (std::size_t i = 0; i < raw.size(); ++i)
    for (std::size_t j = i + 1; j < raw.size();) {
      if (raw[j].finding->category == raw[i].finding->category && overlaps(raw[i].evidence, raw[j].evidence)) {
        raw[i].evidence.insert(raw[i].evidence.end(), raw[j].evidence.begin(), raw[j].evidence.end());
        raw[i].sentences.insert(raw[i].sentences.end(), raw[j].sentences.begin(), raw[j].sentences.end());
        raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(j));
      } else {
        ++j;
      }
    }
}

// How much text either side of a finding's evidence the model reads before
// withdrawing it: a remark buried in a long, friendly post is judged on its own
// sentence or two, not diluted by the rest. Evidence spread wider than
// kWholeFrom is judged with the whole draft (already done, so long drafts cost
// one judgement, not one per finding).
constexpr std::size_t kWithdrawWindow = 80;
constexpr std::size_t kWholeFrom = 1000;

// The words around `evidence`, to the nearest spaces outside kWithdrawWindow;
// nothing when that is no smaller than kWholeFrom.
std::optional<std::string_view> around(std::string_view text, const std::vector<Occurrence>& evidence) {
  std::size_t begin = text.size(), end = 0;
  for (const auto& o : evidence) {
    begin = std::min(begin, o.begin);
    end = std::max(end, o.end);
  }
  if (begin >= end || end - begin + 2 * kWithdrawWindow >= kWholeFrom) return std::nullopt;
  begin = begin > kWithdrawWindow ? text.rfind(' ', begin - kWithdrawWindow) : 0;
  end = text.find(' ', std::min(text.size(), end + kWithdrawWindow));
  if (begin == std::string_view::npos) begin = 0;
  if (end == std::string_view::npos) end = text.size();
  return text.substr(begin, end - begin);
}

// Of the sentences the model read as of a finding's category (heaviest
// first), those holding none of its evidence, kMoreSentences at most. A run
// longer than a sentence can reach either side of its evidence is no sentence
// (a post without full stops) and is not shaded whole.
std::vector<Occurrence> other_sentences(const std::vector<Occurrence>& sentences, const RawFinding& r) {
  std::vector<Occurrence> out;
  for (const auto& s : sentences) {
    if (out.size() == kMoreSentences) break;
    const bool holds = std::any_of(r.evidence.begin(), r.evidence.end(),
                                   [&](const Occurrence& e) { return s.begin <= e.begin && e.begin < s.end; });
    if (!holds && s.end - s.begin <= 2 * kMaxSentenceReach) out.push_back(s);
  }
  return out;
}

// The trained model (engine/text_model.hpp) has the last word on its
// categories: it withdraws a contextual finding it may overrule when it rates
// the text around the finding's evidence as clearly not of its kind, then
// raises a category that no rule found when it rates the whole draft as plainly
// of that kind.
//
// Where the rules found who a draft is about (`target_signals`: a colleague,
// patients, a group) but nothing said of them warned, the model raises the
// category from a lower probability (`warn_with_target_at`), quoting the target
// with its words. `first_target(c)` is the first occurrence
// of category c's target signals, if any; `quiet(c)` says whether one of
// category c's `quiet_signals` occurs, which keeps the model from raising it.
using TargetFinder = std::function<std::optional<Occurrence>(std::size_t category)>;
using QuietCheck = std::function<bool(std::size_t category)>;

void apply_model(const TextModel& model, std::string_view lowered, const Context& context, int level,
                 const TargetFinder& first_target, const QuietCheck& quiet, std::vector<RawFinding>& raw) {
  if (model.empty()) return;
  auto judge = [&](std::string_view text) { return model.judge(model_features(text, context.surface)); };
  const auto features = model_features(lowered, context.surface);
  const auto whole = model.judge(features, lowered);
  const auto words = word_count(features);
  const bool long_enough = words >= model.min_words();
  const auto lvl = static_cast<std::size_t>(level);
  for (std::size_t c = 0; c < whole.size(); ++c) {
    const auto& category = model.categories()[c];
    std::erase_if(raw, [&](const RawFinding& r) {
      const auto& ids = category.withdraws;
      if (std::find(ids.begin(), ids.end(), r.finding->id) == ids.end()) return false;
      const auto part = around(lowered, r.evidence);
      const double p = part && part->size() < lowered.size() ? judge(*part)[c].probability : whole[c].probability;
      return p < category.withdraw_below[lvl];
    });
    const bool warned = std::any_of(raw.begin(), raw.end(),
                                    [&](const RawFinding& r) { return r.finding->category == category.category; });
    const bool company = category.with.empty() || std::any_of(raw.begin(), raw.end(), [&](const RawFinding& r) {
      return std::find(category.with.begin(), category.with.end(), r.finding->category) != category.with.end();
    });
    if (warned || !company || !long_enough || whole[c].evidence.empty()) continue;
    if (!category.quiet_signals.empty() && quiet(c)) continue;
    const double p = whole[c].probability;
    const bool long_draft = words >= category.long_min_words && p >= category.warn_long_at[lvl];
    if (p >= category.warn_at[lvl] || long_draft) {
      raw.push_back({category.finding, whole[c].evidence, {}, {}});
    } else if (p >= category.warn_with_target_at[lvl] && words >= category.target_min_words) {
      if (const auto target = first_target(c)) {
        auto evidence = whole[c].evidence;
        evidence.insert(evidence.begin(), *target);
        raw.push_back({category.finding, std::move(evidence), {}, {}});
      }
    }
  }
  for (auto& r : raw) {
    if (!r.finding->shade_sentence) continue;
    for (std::size_t c = 0; c < whole.size(); ++c)
      if (model.categories()[c].category == r.finding->category) r.sentences = other_sentences(whole[c].sentences, r);
  }
}

std::set<std::string> categories_of(const std::vector<RawFinding>& raw) {
  std::set<std::string> out;
  for (const auto& r : raw) out.insert(r.finding->category);
  return out;
}

// A finding that waits for another category (`after`: a limited audience
// matters once something is said to it) gets its turn when only the model
// raised that category: the rules were evaluated before the model judged the
// draft. `from_rules`: the categories the rules had warned, before the model.
void add_waiting_findings(FindingInputs& inputs, const std::set<std::string>& from_rules,
                          std::vector<RawFinding>& raw) {
  for (const auto& c : categories_of(raw))
    if (!from_rules.count(c)) inputs.warned_before.insert(c);
  if (inputs.warned_before.empty()) return;
  for (auto& r : evaluate_findings(inputs)) {
    const auto& after = r.finding->after;
    // Had the rules met its wait, it was judged the first time (and perhaps withdrawn).
    const bool waited = !after.empty() && std::none_of(after.begin(), after.end(), [&](const std::string& c) {
      return from_rules.count(c) > 0;
    });
    if (waited) raw.push_back(std::move(r));
  }
}

int level_of(Sensitivity s) {
  switch (s) {
    case Sensitivity::strict: return 0;
    case Sensitivity::balanced: return 1;
    case Sensitivity::relaxed: return 2;
  }
  return 1;
}

}  // namespace

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;
Engine::~Engine() = default;

std::variant<Engine, LoadError> Engine::load_builtin() {
  std::vector<SourceFile> files;
  for (const auto& f : builtin_rule_files()) files.push_back({std::string(f.name), std::string(f.text)});
  auto loaded = from_files(
      files, [](RulePack p, Matcher m) { return Engine(std::make_unique<Impl>(std::move(p), std::move(m))); });
  release_builtin_pages();
  return loaded;
}

std::variant<Engine, LoadError> Engine::load_directory(const std::string& dir) {
  std::vector<std::filesystem::path> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  if (ec) return LoadError{dir, "", "cannot read the folder: " + ec.message()};
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> files;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({p.filename().string(), text.str()});
  }
  return from_files(files, [](RulePack p, Matcher m) { return Engine(std::make_unique<Impl>(std::move(p), std::move(m))); });
}

const std::vector<std::string>& Engine::profiles() const { return impl_->profile_ids; }

Analysis Engine::analyze(std::string_view text, const Settings& settings, const Context& context) const {
  const auto& pack = impl_->pack;
  const auto folded = NormalizedText::build(text, pack.fold);
  const auto lowered = lower_same_length(folded.text());
  const auto matches = match_signals(impl_->matcher, impl_->plan, folded.text(), lowered);
  const auto& occurrences = matches.occurrences;

  // A draft that says it is for a small audience ("locked account so I can say
  // it") is read one level more strictly: the author expects it to matter.
  int level = level_of(settings.sensitivity);
  for (std::size_t i = 0; i < occurrences.size(); ++i)
    if (impl_->sharpening[i] && !occurrences[i].empty()) {
      level = std::max(0, level - 1);
      break;
    }

  const bool anonymous = account_hides_real_name(settings.real_name, context.account, pack.fold, pack.familiar_names);
  // A reply or comment is written to one person, whoever else can read it.
  const bool addressed = context.surface == "reply" || context.surface == "comment" || context.surface == "message";
  // A direct message reaches only the person it is sent to: telling a patient
  // about their own care there is not a disclosure to anyone else.
  const bool public_surface = context.surface != "message";
  // A reply or comment answers one person where everyone else can read it.
  const bool public_reply = context.surface == "reply" || context.surface == "comment";
  FindingInputs inputs{impl_->plan, occurrences, folded.text().size(), level, [&](const std::string& name) {
                         if (name == "anonymous_account") return anonymous;
                         if (name == "addressed_reply") return addressed;
                         if (name == "public_surface") return public_surface;
                         if (name == "public_reply") return public_reply;
                         return false;
                       },
                       {}};
  auto raw = evaluate_findings(inputs);
  const auto from_rules = categories_of(raw);
  // A target or quiet signal the plan did not need is matched now; that happens
  // only when the model is about to raise a category. What the passes already
  // matched (found or not) is not matched again.
  auto first_of = [&](const std::vector<std::size_t>& signals) -> std::optional<Occurrence> {
    std::vector<bool> wanted(occurrences.size(), false);
    for (const auto i : signals) wanted[i] = !matches.matched[i];
    std::vector<std::vector<Occurrence>> more;
    if (std::find(wanted.begin(), wanted.end(), true) != wanted.end()) {
      auto done = matches.matched;
      more = occurrences;
      impl_->matcher.match_some(folded.text(), lowered, wanted, done, more);
    }
    const auto& found = more.empty() ? occurrences : more;
    std::optional<Occurrence> first;
    for (const auto i : signals)
      for (const auto& o : found[i])
        if (!first || o.begin < first->begin) first = o;
    return first;
  };
  auto first_target = [&](std::size_t category) { return first_of(impl_->model_targets[category]); };
  auto quiet = [&](std::size_t category) { return first_of(impl_->model_quiet[category]).has_value(); };
  apply_model(pack.model, lowered, context, level, first_target, quiet, raw);
  add_waiting_findings(inputs, from_rules, raw);
  append_watch_findings(pack, settings.watch_terms, folded, raw);
  drop_allowed_evidence(settings.allow_terms, folded, pack.fold, raw);
  merge_overlapping(raw);

  const auto& profile = impl_->profile(settings.profile);
  Analysis out;
  for (const auto& r : raw) {
    if (r.evidence.empty() || !settings.category_enabled(r.finding->category)) continue;
    auto warning = render_warning(*r.finding, r.evidence, r.sentences, folded, text, profile);
    if (!warning.spans.empty()) out.warnings.push_back(std::move(warning));
  }
  std::stable_sort(out.warnings.begin(), out.warnings.end(), [](const Warning& a, const Warning& b) {
    if (a.spans.front().start != b.spans.front().start) return a.spans.front().start < b.spans.front().start;
    return a.severity > b.severity;
  });
  return out;
}

}  // namespace secondthought
