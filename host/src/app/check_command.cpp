// `secondthought-host check`: one text, analysed as an `analyze` message would be.
#include <algorithm>
#include <chrono>
#include <istream>
#include <iterator>
#include <ostream>

#include "app/human_report.hpp"
#include "app/run.hpp"
#include "protocol/framing.hpp"
#include "protocol/replies.hpp"
#include "protocol/utf8.hpp"
#include "secondthought/engine.hpp"

namespace secondthought {
namespace {

std::string read_text(const CheckOptions& options, std::istream& in) {
  if (!options.from_stdin) {
    std::string text;
    for (const auto& word : options.words) text += (text.empty() ? "" : " ") + word;
    return text;
  }
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  // `echo ... |` adds a newline the writer did not mean as part of the draft.
  if (!text.empty() && text.back() == '\n') text.pop_back();
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

}  // namespace

int run_check(const CheckOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
  std::string text = read_text(options, in);
  if (text.size() > max_message_bytes) {
    err << "secondthought-host: the text is over 1 MiB, more than the host analyses\n";
    return 3;
  }
  if (!is_valid_utf8(text)) {
    err << "secondthought-host: the text is not valid UTF-8\n";
    return 3;
  }
  auto loaded = Engine::load_builtin();
  if (auto* error = std::get_if<LoadError>(&loaded)) {
    err << "secondthought-host: cannot load the built-in rules: " << error->describe() << '\n';
    return 3;
  }
  const Engine& engine = std::get<Engine>(loaded);

  Settings settings;
  if (options.profile) {
    const auto& profiles = engine.profiles();
    if (std::find(profiles.begin(), profiles.end(), *options.profile) == profiles.end()) {
      err << "secondthought-host: unknown profile '" << *options.profile << "'\n";
      return 2;
    }
    settings.profile = *options.profile;
  }
  if (options.real_name) settings.real_name = *options.real_name;
  Context context;
  context.site = options.site;

  auto began = std::chrono::steady_clock::now();
  Analysis analysis = engine.analyze(text, settings, context);
  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - began);
  if (options.json) {
    auto micros = static_cast<std::uint64_t>(elapsed.count());
    out << analysis_reply(Json("check"), analysis.warnings, micros).body << '\n';
  } else {
    write_human_report(out, text, analysis.warnings);
  }
  return analysis.warnings.empty() ? 0 : 1;
}

}  // namespace secondthought
