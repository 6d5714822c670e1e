#include "engine/account_names.hpp"

#include <set>
#include <sstream>
#include <vector>

namespace secondthought {
namespace {

// Folded, lower-case ASCII letters and digits; everything else becomes a space.
std::string plain(const std::string& s, const FoldTable& fold) {
  const auto folded = NormalizedText::build(s, fold).text();
  std::string out;
  for (char c : folded) {
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    else out.push_back(' ');
  }
  return out;
}

std::vector<std::string> words(const std::string& s) {
  static const std::set<std::string> titles = {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"};
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;)
    if (!titles.count(w) && w.size() >= 2) out.push_back(w);
  return out;
}

bool has_word(const std::string& haystack, const std::string& word) {
  return (" " + haystack + " ").find(" " + word + " ") != std::string::npos;
}

// "Rach" for Rachel, "Femi" for Oluwafemi: a display word of four letters or more
// that begins or ends a name is that name, shortened as friends say it.
bool has_short_form(const std::string& display, const std::string& name) {
  std::istringstream in(display);
  for (std::string w; in >> w;)
    if (w.size() >= 4 && w.size() < name.size() && (name.starts_with(w) || name.ends_with(w))) return true;
  return false;
}

// "Tom H" for Thomas Hughes: a familiar form of the forename with the surname's
// initial, as words of the display name or run together at the start of the
// handle ("@tomh_icu"). A familiar form alone ("Dr Jen", "Big Dave") is how
// pseudonymous accounts are named, and does not show who the author is.
bool has_familiar_form(const std::string& display, const std::string& handle_joined, const std::string& forename,
                       const std::string& surname, const FamiliarNames& familiar) {
  const auto forms = familiar.find(forename);
  if (forms == familiar.end() || surname.empty()) return false;
  const std::string initial(1, surname.front());
  for (const auto& form : forms->second)
    if ((has_word(display, form) && has_word(display, initial)) || handle_joined.starts_with(form + initial)) return true;
  return false;
}

}  // namespace

bool account_hides_real_name(const std::string& real_name, const std::optional<Account>& account,
                             const FoldTable& fold, const FamiliarNames& familiar) {
  if (!account) return false;
  const auto names = words(plain(real_name, fold));
  if (names.empty()) return false;
  const auto display = plain(account->display_name, fold);
  const auto handle = plain(account->handle, fold);
  std::string handle_joined;
  for (char c : handle)
    if (c != ' ') handle_joined.push_back(c);
  if (names.size() >= 2 && has_familiar_form(display, handle_joined, names.front(), names.back(), familiar)) return false;
  for (const auto& name : names) {
    if (has_word(display, name) || has_word(handle, name) || has_short_form(display, name)) return false;
    // Handles run names together ("@drhannahlewis"); only longer names are safe to find inside.
    if (name.size() >= 4 && handle_joined.find(name) != std::string::npos) return false;
  }
  return true;
}

}  // namespace secondthought
