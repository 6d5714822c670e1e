#include "engine/validators.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace secondthought {
namespace {

bool mod11_ok(const std::string& d) {
  // Weights 10..2 over the first nine digits; check = 11 - (sum mod 11), 11 -> 0.
  if (d.size() != 10) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) sum += (d[i] - '0') * static_cast<int>(10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return check == d[9] - '0';
}

bool all_same(const std::string& d) {
  return d.find_first_not_of(d[0]) == std::string::npos;
}

int two(const std::string& d, std::size_t at) { return (d[at] - '0') * 10 + (d[at + 1] - '0'); }

bool real_day_month(int day, int month) {
  static constexpr std::array<int, 12> days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= days[static_cast<std::size_t>(month - 1)];
}

bool is_upper_alpha(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (is_digit(c)) out.push_back(c);
  return out;
}

bool is_nhs_number(std::string_view s) {
  const auto d = digits_of(s);
  return d.size() == 10 && !all_same(d) && mod11_ok(d);
}

bool is_hc_number(std::string_view s) {
  const auto d = digits_of(s);
  return d.size() == 10 && !all_same(d) && d >= "3200000010" && d <= "3999999999" && mod11_ok(d);
}

bool is_chi_number(std::string_view s) {
  const auto d = digits_of(s);
  return d.size() == 10 && !all_same(d) && real_day_month(two(d, 0), two(d, 2)) && mod11_ok(d);
}

bool is_uk_postcode(std::string_view s) {
  std::string p;
  for (char c : s)
    if (c != ' ') p.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  // Inward code: digit + two letters; outward: A9, A99, AA9, AA99, A9A, AA9A.
  if (p.size() < 5 || p.size() > 7) return false;
  const auto in = p.substr(p.size() - 3);
  if (!is_digit(in[0]) || !is_upper_alpha(in[1]) || !is_upper_alpha(in[2])) return false;
  const auto out = p.substr(0, p.size() - 3);
  if (!is_upper_alpha(out[0])) return false;
  std::size_t i = 1;
  if (i < out.size() && is_upper_alpha(out[i])) ++i;
  if (i >= out.size() || !is_digit(out[i])) return false;
  ++i;
  if (i < out.size() && (is_digit(out[i]) || is_upper_alpha(out[i]))) ++i;
  return i == out.size();
}

bool is_uk_phone(std::string_view s) {
  const auto d = digits_of(s);
  if (d.rfind("44", 0) == 0 && s.find('+') != std::string_view::npos)
    return d.size() == 12 || d.size() == 11;
  return d.size() >= 10 && d.size() <= 11 && d[0] == '0' && d[1] != '0';
}

bool is_date(std::string_view s) {
  std::array<int, 3> parts{-1, -1, -1};
  std::size_t part = 0;
  int value = 0, digits = 0;
  for (char c : s) {
    if (is_digit(c)) {
      value = value * 10 + (c - '0');
      ++digits;
    } else if (c == '/' || c == '-' || c == '.') {
      if (digits == 0 || part >= 2) return false;
      parts[part++] = value;
      value = digits = 0;
    } else {
      return false;
    }
  }
  if (part != 2 || digits == 0) return false;
  parts[2] = value;
  if (parts[1] == 2 && parts[0] == 29 && digits >= 4) {  // 29 February needs a leap year
    const int y = parts[2];
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  }
  return real_day_month(parts[0], parts[1]);
}

bool is_proper_place(std::string_view s) {
  // A capitalised name after "in/at/from" is a place unless it is a calendar word
  // or one of the few capitalised words that follow those prepositions in posts.
  static constexpr std::array<std::string_view, 40> not_places = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Christmas", "Easter", "Ramadan", "I", "The", "My", "Our", "His",
      "Her", "A", "An", "This", "That", "It", "We", "You", "They", "He", "She", "NHS", "God"};
  const auto first = s.substr(0, s.find_first_of(" -"));
  for (auto word : not_places)
    if (first == word) return false;
  return true;
}

bool is_email(std::string_view s) {
  // One @, a non-empty local part, and a domain with a dot and no empty label.
  const auto at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
  const auto domain = s.substr(at + 1);
  const auto dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 2 < domain.size() + 1 && domain.find("..") == std::string_view::npos &&
         domain.back() != '.' && domain.front() != '.';
}

bool is_not_simile(std::string_view s) { return s.substr(0, 5) != "like " && s.substr(0, 5) != "Like "; }

namespace {
bool is_patient_number(std::string_view s) { return is_nhs_number(s) || is_chi_number(s) || is_hc_number(s); }
}  // namespace

std::optional<Validator> find_validator(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, Validator>, 10> table = {{
      {"nhs_number", &is_nhs_number},
      {"hc_number", &is_hc_number},
      {"chi_number", &is_chi_number},
      {"patient_number", &is_patient_number},
      {"postcode", &is_uk_postcode},
      {"uk_phone", &is_uk_phone},
      {"date", &is_date},
      {"proper_place", &is_proper_place},
      {"not_simile", &is_not_simile},
      {"email", &is_email},
  }};
  for (const auto& [key, fn] : table)
    if (key == name) return fn;
  return std::nullopt;
}

}  // namespace secondthought
