// Helpers shared by the engine's behaviour tests: UTF-16 offsets of a
// substring, and checks that a warning covers, quotes and cites what it should.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine_fixture.hpp"
#include "secondthought/engine.hpp"

namespace st_test {

using secondthought::Analysis;
using secondthought::Context;
using secondthought::Settings;
using secondthought::Severity;
using secondthought::Span;
using secondthought::SpanKind;
using secondthought::Warning;

// UTF-16 code units in a UTF-8 string (4-byte sequences are surrogate pairs).
inline std::uint32_t utf16_units(std::string_view s) {
  std::uint32_t n = 0;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0U) == 0x80U) continue;
    n += c >= 0xF0U ? 2U : 1U;
  }
  return n;
}

// The UTF-16 span of the first occurrence of `needle` in `text`.
inline Span utf16_span_of(std::string_view text, std::string_view needle) {
  const auto at = text.find(needle);
  REQUIRE(at != std::string_view::npos);
  const auto start = utf16_units(text.substr(0, at));
  return Span{start, start + utf16_units(needle)};
}

// The bytes of `text` that a UTF-16 span covers.
inline std::string utf16_slice(std::string_view text, Span span) {
  std::uint32_t unit = 0;
  std::size_t begin = text.size(), end = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0U) == 0x80U) continue;
    if (unit == span.start && begin == text.size()) begin = i;
    if (unit == span.end) {
      end = i;
      break;
    }
    unit += c >= 0xF0U ? 2U : 1U;
  }
  return std::string(text.substr(begin, end - begin));
}

inline Analysis analyze(std::string_view text, const Settings& settings = {}, const Context& context = {}) {
  return builtin_engine().analyze(text, settings, context);
}

inline std::set<std::string> categories_of(const Analysis& a) {
  std::set<std::string> out;
  for (const auto& w : a.warnings) out.insert(w.category);
  return out;
}

inline const Warning* first_of(const Analysis& a, std::string_view category) {
  for (const auto& w : a.warnings)
    if (w.category == category) return &w;
  return nullptr;
}

// An evidence span covers the needle: the shaded rest of a sentence does not count.
inline bool covers(const Warning& w, std::string_view text, std::string_view needle) {
  const auto want = utf16_span_of(text, needle);
  for (const auto& s : w.spans)
    if (s.kind == SpanKind::evidence && s.start <= want.start && s.end >= want.end) return true;
  return false;
}

inline std::string regulator_of(const std::string& profile) {
  static const std::map<std::string, std::string> table = {
      {"gmc", "GMC"}, {"nmc", "NMC"}, {"gphc", "GPhC"}, {"hcpc", "HCPC"}, {"gdc", "GDC"}};
  return table.at(profile);
}

// The draft warns in `category` at `severity`; its spans cover each of
// `must_cover`; the message quotes the first spans; the guidance is the profile's.
inline void expect_warning(std::string_view text, const std::string& category, Severity severity,
                           const std::vector<std::string>& must_cover, const std::string& profile = "gmc",
                           const Settings& base = {}, const Context& context = {}) {
  Settings settings = base;
  settings.profile = profile;
  const auto a = analyze(text, settings, context);
  INFO("draft: " << text << "\nprofile: " << profile);
  const Warning* w = first_of(a, category);
  REQUIRE(w != nullptr);
  CHECK(w->severity == severity);
  CHECK(w->rule.rfind(category + ".", 0) == 0);
  REQUIRE_FALSE(w->spans.empty());
  for (const auto& needle : must_cover) {
    INFO("must cover: " << needle);
    CHECK(covers(*w, text, needle));
  }
  // The message quotes what was found: the text of one of the spans (the
  // anchor's), in curly quotes.
  bool quotes_a_span = false;
  for (const auto& span : w->spans) {
    if (span.kind == SpanKind::context) continue;
    auto quoted = utf16_slice(text, span);
    if (quoted.size() > 40) quoted.resize(30);
    quotes_a_span = quotes_a_span || w->message.find("\u201C" + quoted) != std::string::npos;
  }
  INFO("message: " << w->message);
  CHECK(quotes_a_span);
  REQUIRE_FALSE(w->guidance.empty());
  for (const auto& g : w->guidance) {
    CHECK(g.source == regulator_of(profile));
    CHECK_FALSE(g.url.empty());
    CHECK_FALSE(g.paragraph.empty());
  }
}

// The draft raises no warning of `category` (or of any category when empty).
inline void expect_quiet(std::string_view text, const std::string& category = "",
                         const Settings& settings = {}, const Context& context = {}) {
  const auto cats = categories_of(analyze(text, settings, context));
  INFO("draft: " << text);
  if (category.empty()) CHECK(cats.empty());
  else CHECK(cats.count(category) == 0);
}

// The draft raises no warning from the rule `rule` (other rules, or the model,
// may still warn in the same category).
inline void expect_no_rule(std::string_view text, const std::string& rule, const Settings& settings = {},
                           const Context& context = {}) {
  const auto a = analyze(text, settings, context);
  INFO("draft: " << text);
  for (const auto& w : a.warnings) CHECK(w.rule != rule);
}

inline const std::vector<std::string>& all_profiles() {
  static const std::vector<std::string> p = {"gmc", "nmc", "gphc", "hcpc", "gdc"};
  return p;
}

}  // namespace st_test
