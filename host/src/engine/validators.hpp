// Checks that a pattern alone would only guess at. Each takes the matched text
// (folded: ASCII digits, any separators) and says whether it is what it looks like.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace secondthought {

// The digits of `s`, in order; separators (space, hyphen, dot, slash) dropped.
std::string digits_of(std::string_view s);

// NHS number (England, Wales, IoM): 10 digits, modulus-11 check digit; a
// remainder of 10 means "never issued".
bool is_nhs_number(std::string_view s);
// Northern Ireland Health & Care number: the same check, in the range
// 320 000 0010 – 399 999 9999.
bool is_hc_number(std::string_view s);
// Scottish CHI number: DDMMYY (a real date) + 4 digits, modulus-11 check.
bool is_chi_number(std::string_view s);
// UK postcode, full form (outward + inward), spacing optional.
bool is_uk_postcode(std::string_view s);
// UK telephone number: 10 or 11 digits starting 0 (or +44 then 9–10 digits).
bool is_uk_phone(std::string_view s);
// A calendar date written d/m/y, d-m-y or d.m.y with a real day and month.
bool is_date(std::string_view s);

// A capitalised place name, not a weekday, month or pronoun.
bool is_proper_place(std::string_view s);

// An e-mail address: one @, a local part, and a dotted domain with no empty label.
bool is_email(std::string_view s);

// A person mentioned as themselves, not in a simile ("like a toddler").
bool is_not_simile(std::string_view s);

// Named validator lookup for rule packs: "nhs_number", "hc_number", "chi_number",
// "patient_number" (any of the three), "postcode", "uk_phone", "date", "proper_place", "not_simile", "email".
// Returns nullopt for an unknown name.
using Validator = bool (*)(std::string_view);
std::optional<Validator> find_validator(std::string_view name);

}  // namespace secondthought
