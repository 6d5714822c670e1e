#include "engine/text_model.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>

#include "engine/sentence_context.hpp"

namespace secondthought {
namespace {

bool word_byte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// The end of the word that starts at `i`.
std::size_t word_end(std::string_view t, std::size_t i) {
  const char c = t[i];
  auto run = [&](std::size_t j, auto accept) {
    while (j < t.size() && accept(t[j])) ++j;
    return j;
  };
  if (word_byte(c)) {
    auto j = run(i, word_byte);
    if (j + 1 < t.size() && t[j] == '\'' && t[j + 1] >= 'a' && t[j + 1] <= 'z')
      j = run(j + 1, [](char x) { return x >= 'a' && x <= 'z'; });
    return j;
  }
  if ((c == '#' || c == '@') && i + 1 < t.size() && (word_byte(t[i + 1]) || t[i + 1] == '_'))
    return run(i + 1, [](char x) { return word_byte(x) || x == '_'; });
  return std::min(t.size(), i + utf8_length(static_cast<unsigned char>(c)));
}

// FNV-1a, fed piece by piece so that "u:" + word needs no string built.
struct Fnv {
  std::uint64_t h = 14695981039346656037ull;
  Fnv& add(std::string_view s) {
    for (const char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return *this;
  }
};

std::vector<Occurrence> words_of(std::string_view lowered) {
  std::vector<Occurrence> words;
  for (std::size_t i = 0; i < lowered.size();) {
    if (space_byte(lowered[i])) {
      ++i;
      continue;
    }
    const auto end = word_end(lowered, i);
    words.push_back({i, end});
    i = end;
  }
  return words;
}

std::string_view surface_or_post(std::string_view surface) { return surface.empty() ? "post" : surface; }

std::size_t sentence_of(const std::vector<std::size_t>& ends, std::size_t at) {
  const auto it = std::upper_bound(ends.begin(), ends.end(), at);
  return it == ends.end() ? ends.size() - 1 : static_cast<std::size_t>(it - ends.begin());
}

// What one sentence adds to a category: the sum of its features' weights, and
// the weight of its strongest quotable feature.
struct SentenceWeight {
  int sum = 0;
  int best = 0;
  void add(int w, bool quotable) {
    sum += w;
    if (quotable) best = std::max(best, w);
  }
};

// The sentences (ranges of the text, ends as sentence_ends gives them) that
// weigh at least kSentenceWeight and hold a quotable word for the category, heaviest first.
std::vector<Occurrence> weighty_sentences(std::span<const SentenceWeight> sentences,
                                          const std::vector<std::size_t>& ends, double scale) {
  std::vector<std::size_t> order;
  for (std::size_t k = 0; k < sentences.size(); ++k)
    if (sentences[k].best > 0 && sentences[k].sum / scale >= kSentenceWeight) order.push_back(k);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return sentences[a].sum > sentences[b].sum; });
  std::vector<Occurrence> out;
  for (const auto k : order) out.push_back({k == 0 ? 0 : ends[k - 1], ends[k]});
  return out;
}

}  // namespace

std::uint64_t model_feature_hash(std::string_view name) { return Fnv().add(name).h; }

std::vector<ModelFeature> model_features(std::string_view lowered, std::string_view surface) {
  const auto words = words_of(lowered);
  auto text = [&](const Occurrence& o) { return lowered.substr(o.begin, o.end - o.begin); };
  auto alnum = [&](const Occurrence& o) {
    const auto t = text(o);
    return std::any_of(t.begin(), t.end(), word_byte);
  };
  std::vector<ModelFeature> out;
  out.reserve(2 * words.size() + 1);
  for (std::size_t k = 0; k < words.size(); ++k) {
    const bool quotable = alnum(words[k]);
    out.push_back({Fnv().add("u:").add(text(words[k])).h, words[k], true, quotable});
    if (k + 1 < words.size())
      out.push_back({Fnv().add("b:").add(text(words[k])).add(" ").add(text(words[k + 1])).h,
                     {words[k].begin, words[k + 1].end}, false, quotable && alnum(words[k + 1])});
  }
  out.push_back({Fnv().add("surface:").add(surface_or_post(surface)).h, {}, false, false});
  return out;
}

std::vector<std::string> model_feature_names(std::string_view lowered, std::string_view surface) {
  const auto words = words_of(lowered);
  auto text = [&](const Occurrence& o) { return std::string(lowered.substr(o.begin, o.end - o.begin)); };
  std::vector<std::string> out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    out.push_back("u:" + text(words[k]));
    if (k + 1 < words.size()) out.push_back("b:" + text(words[k]) + " " + text(words[k + 1]));
  }
  out.push_back("surface:" + std::string(surface_or_post(surface)));
  return out;
}

std::size_t word_count(const std::vector<ModelFeature>& features) {
  return static_cast<std::size_t>(
      std::count_if(features.begin(), features.end(), [](const ModelFeature& f) { return f.word && f.quotable; }));
}

TextModel::TextModel(const std::vector<std::string_view>& features, const std::vector<std::int8_t>& weights, double scale,
                     std::vector<ModelCategory> categories, std::size_t min_words,
                     const std::vector<std::string_view>& not_evidence)
    : scale_(scale), min_words_(min_words), categories_(std::move(categories)) {
  for (const auto a : not_evidence) {
    unquoted_.push_back(Fnv().add("u:").add(a).h);
    for (const auto b : not_evidence) unquoted_.push_back(Fnv().add("b:").add(a).add(" ").add(b).h);
  }
  std::sort(unquoted_.begin(), unquoted_.end());
  const auto n = categories_.size();
  std::vector<std::uint64_t> keys(features.size());
  std::transform(features.begin(), features.end(), keys.begin(),
                 [](std::string_view f) { return HashIndex::key(model_feature_hash(f)); });
  std::vector<std::size_t> order(features.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<std::uint64_t> sorted;
  sorted.reserve(order.size());
  weights_.reserve(weights.size());
  for (const auto k : order) {
    if (!sorted.empty() && sorted.back() == keys[k] && !clash_) clash_ = {{order[sorted.size() - 1], k}};
    sorted.push_back(keys[k]);
    weights_.insert(weights_.end(), weights.begin() + static_cast<std::ptrdiff_t>(k * n),
                    weights.begin() + static_cast<std::ptrdiff_t>((k + 1) * n));
  }
  if (!clash_) index_ = HashIndex(sorted);
}

std::vector<TextModel::Verdict> TextModel::judge(const std::vector<ModelFeature>& features, std::string_view text) const {
  const auto n = categories_.size();
  std::vector<double> logit(n);
  for (std::size_t c = 0; c < n; ++c) logit[c] = categories_[c].bias;
  // Per category, the strongest features seen: (weight, span).
  std::vector<std::vector<std::pair<int, Occurrence>>> strongest(n);
  const auto ends = sentence_ends(text);
  std::vector<SentenceWeight> sentences(text.empty() ? 0 : n * ends.size());
  // Each feature counts once, wherever it first occurs.
  std::vector<std::pair<std::uint64_t, std::size_t>> order;
  order.reserve(features.size());
  for (std::size_t k = 0; k < features.size(); ++k) order.push_back({features[k].hash, k});
  std::sort(order.begin(), order.end());
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k > 0 && order[k].first == order[k - 1].first) continue;
    const auto& f = features[order[k].second];
    const auto h = f.hash;
    const auto entry = index_.find(h);
    if (entry == HashIndex::npos) continue;
    const auto row = entry * n;
    // Where the feature is, and whether it may be quoted, are the same for every category.
    const bool fit_to_quote = f.quotable && !std::binary_search(unquoted_.begin(), unquoted_.end(), h);
    const bool placed = !sentences.empty() && f.span.end > f.span.begin;
    const auto sentence = placed ? sentence_of(ends, f.span.begin) : 0;
    for (std::size_t c = 0; c < n; ++c) {
      const int w = weights_[row + c];
      logit[c] += w / scale_;
      const bool quotable = w > 0 && fit_to_quote;
      if (quotable) strongest[c].push_back({w, f.span});
      if (placed) sentences[c * ends.size() + sentence].add(w, quotable);
    }
  }
  std::vector<Verdict> out(n);
  for (std::size_t c = 0; c < n; ++c) {
    out[c].probability = 1 / (1 + std::exp(-logit[c]));
    auto& s = strongest[c];
    const auto keep = std::min<std::size_t>(3, s.size());
    std::partial_sort(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(keep), s.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; k < keep; ++k) out[c].evidence.push_back(s[k].second);
    if (!sentences.empty())
      out[c].sentences = weighty_sentences({sentences.data() + c * ends.size(), ends.size()}, ends, scale_);
  }
  return out;
}

}  // namespace secondthought
