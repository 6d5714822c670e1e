// Benchmark of the detection engine, Release build. Not a test: it prints figures
// for docs/performance.md.
//   engine_bench CORPUS.jsonl [--iterations N] [--distinct MORE.jsonl...]
// Reports: start-up (rule packs parsed and compiled), analysis latency of every
// corpus post (p50/p99/max), of posts padded to 280 characters and of one
// 63,206-character post, throughput in MB/s, and resident memory after loading
// and after 100,000 analyses. With --distinct, also every post of those files
// analysed once, as a user's drafts are: the figures above repeat the same few
// hundred posts, whose DFA states RE2 keeps after the first round, while new
// text keeps building states and filling the caches.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "secondthought/engine.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using secondthought::Engine;

long resident_kib() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

double micros(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

struct Stats {
  double p50, p90, p99, max;
};

Stats percentiles(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  auto at = [&](double p) { return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))]; };
  return {at(0.50), at(0.90), at(0.99), v.back()};
}

std::vector<std::string> load_texts(const char* path) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) texts.push_back(nlohmann::json::parse(line).at("text").get<std::string>());
  return texts;
}

Stats time_each(const Engine& engine, const std::vector<std::string>& texts, int rounds) {
  const secondthought::Settings settings;
  const secondthought::Context context;
  std::vector<double> samples;
  samples.reserve(texts.size() * static_cast<std::size_t>(rounds));
  for (int r = 0; r < rounds; ++r)
    for (const auto& t : texts) {
      const auto start = Clock::now();
      auto result = engine.analyze(t, settings, context);
      samples.push_back(micros(Clock::now() - start));
      if (result.warnings.size() > 100000) std::puts("");  // keep the call observable
    }
  return percentiles(samples);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: engine_bench CORPUS.jsonl [--iterations N] [--distinct MORE.jsonl...]\n";
    return 2;
  }
  int rounds = 20;
  std::vector<std::string> distinct_files;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--iterations" && i + 1 < argc) {
      rounds = std::stoi(argv[++i]);
    } else if (arg == "--distinct") {
      while (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) distinct_files.emplace_back(argv[++i]);
    } else {
      std::cerr << "unknown argument: " << arg << "\n";
      return 2;
    }
  }

  const auto t0 = Clock::now();
  auto loaded = Engine::load_builtin();
  const auto startup = micros(Clock::now() - t0);
  if (auto* e = std::get_if<secondthought::LoadError>(&loaded)) {
    std::cerr << e->describe() << "\n";
    return 1;
  }
  const auto& engine = std::get<Engine>(loaded);
  const long rss_loaded = resident_kib();

  const auto texts = load_texts(argv[1]);
  std::vector<std::string> tweets;
  std::size_t bytes = 0;
  for (const auto& t : texts) {
    bytes += t.size();
    std::string s = t;
    while (s.size() < 280) s += " " + t;
    tweets.push_back(s.substr(0, 280));
  }
  std::string facebook;
  for (std::size_t i = 0; facebook.size() < 63206; ++i) facebook += texts[i % texts.size()] + "\n\n";
  facebook.resize(63206);

  const auto corpus = time_each(engine, texts, rounds);
  const auto tweet = time_each(engine, tweets, rounds);
  const auto big = time_each(engine, {facebook}, 20);

  const auto t1 = Clock::now();
  for (int r = 0; r < rounds; ++r)
    for (const auto& t : texts) engine.analyze(t, {}, {});
  const double seconds = std::chrono::duration<double>(Clock::now() - t1).count();
  const double mb_per_s = static_cast<double>(bytes) * rounds / seconds / 1e6;

  // Memory after more and more analyses: RE2's DFA caches grow to their bound
  // and then stay; what matters is that the curve flattens.
  std::vector<std::pair<int, long>> rss_curve;
  for (int i = 1; i <= 100000; ++i) {
    engine.analyze(texts[static_cast<std::size_t>(i) % texts.size()], {}, {});
    if (i == 1000 || i == 10000 || i == 50000 || i == 100000) rss_curve.emplace_back(i, resident_kib());
  }

  // Every post of the --distinct files once, after all of the above.
  std::vector<std::string> distinct, distinct_short;
  for (const auto& file : distinct_files)
    for (auto& t : load_texts(file.c_str())) (t.size() <= 280 ? distinct_short : distinct).push_back(std::move(t));
  const std::size_t distinct_count = distinct.size() + distinct_short.size();
  Stats longer{}, shorter{};
  if (!distinct.empty()) longer = time_each(engine, distinct, 1);
  if (!distinct_short.empty()) shorter = time_each(engine, distinct_short, 1);
  const long rss_distinct = resident_kib();

  std::printf("engine start-up (parse + compile rule packs): %.0f us\n", startup);
  std::printf("corpus posts (%zu x %d): p50 %.1f us, p99 %.1f us, max %.1f us\n", texts.size(), rounds,
              corpus.p50, corpus.p99, corpus.max);
  std::printf("280-character posts: p50 %.1f us, p99 %.1f us, max %.1f us\n", tweet.p50, tweet.p99, tweet.max);
  std::printf("63,206-character post: p50 %.0f us, p99 %.0f us, max %.0f us\n", big.p50, big.p99, big.max);
  std::printf("throughput over the corpus: %.2f MB/s\n", mb_per_s);
  std::printf("resident memory: %ld KiB after loading", rss_loaded);
  for (const auto& [n, kib] : rss_curve) std::printf(", %ld KiB after %d analyses", kib, n);
  std::printf("\n");
  if (distinct_count > 0) {
    std::printf("distinct posts, each once (%zu): up to 280 bytes (%zu): p50 %.0f us, p90 %.0f us, p99 %.0f us; longer (%zu): p50 %.0f us, p99 %.0f us\n",
                distinct_count, distinct_short.size(), shorter.p50, shorter.p90, shorter.p99, distinct.size(), longer.p50,
                longer.p99);
    std::printf("resident memory after the distinct posts: %ld KiB\n", rss_distinct);
  }
  return 0;
}
