#include <catch2/catch.hpp>

#include "engine/validators.hpp"

using namespace secondthought;

TEST_CASE("engine validators: digits_of drops separators", "[engine][validators]") {
  CHECK(digits_of("943 476-5919") == "9434765919");
  CHECK(digits_of("01.02/2003") == "01022003");
}

TEST_CASE("engine validators: NHS number modulus 11", "[engine][validators]") {
  CHECK(is_nhs_number("943 476 5919"));
  CHECK(is_nhs_number("9434765919"));
  CHECK(is_nhs_number("943-476-5919"));
  CHECK_FALSE(is_nhs_number("943 476 5918"));  // wrong check digit
  CHECK_FALSE(is_nhs_number("943 476 591"));   // nine digits
  CHECK_FALSE(is_nhs_number("943 476 59190"));
  CHECK_FALSE(is_nhs_number("01632 960 123"));  // a phone number that happens to be ten digits
}

TEST_CASE("engine validators: a remainder of 10 is never issued", "[engine][validators]") {
  // 100000001: 10 + 2 = 12, 12 % 11 = 1, 11 - 1 = 10: no check digit can follow.
  for (char last = '0'; last <= '9'; ++last) {
    const std::string n = std::string("100000001") + last;
    INFO(n);
    CHECK_FALSE(is_nhs_number(n));
  }
}

TEST_CASE("engine validators: all-same digits are not NHS numbers", "[engine][validators]") {
  CHECK_FALSE(is_nhs_number("0000000000"));  // passes modulus 11
  CHECK_FALSE(is_nhs_number("1111111111"));  // passes modulus 11
}

TEST_CASE("engine validators: H&C numbers are in 320 000 0010 - 399 999 9999", "[engine][validators]") {
  CHECK(is_hc_number("320 000 0015"));
  CHECK_FALSE(is_hc_number("320 000 0016"));  // check digit
  CHECK_FALSE(is_hc_number("943 476 5919"));  // valid NHS number, out of range
  CHECK_FALSE(is_hc_number("320 000 000"));
}

TEST_CASE("engine validators: CHI is a real date plus modulus 11", "[engine][validators]") {
  CHECK(is_chi_number("010170 1233"));
  CHECK(is_chi_number("1503854124"));
  CHECK_FALSE(is_chi_number("0101701234"));  // check digit
  CHECK_FALSE(is_chi_number("3201701238"));  // day 32, check digit right
  CHECK_FALSE(is_chi_number("3102850006"));  // 31 February, check digit right
}

TEST_CASE("engine validators: UK postcodes", "[engine][validators]") {
  CHECK(is_uk_postcode("LS6 2QT"));
  CHECK(is_uk_postcode("ls62qt"));
  CHECK(is_uk_postcode("SW1A 1AA"));
  CHECK(is_uk_postcode("EC1A 1BB"));
  CHECK(is_uk_postcode("W1 1AA"));
  CHECK(is_uk_postcode("M60 1NW"));
  CHECK_FALSE(is_uk_postcode("LS6 2Q"));
  CHECK_FALSE(is_uk_postcode("123 4AB"));
  CHECK_FALSE(is_uk_postcode("LSS6 2QT"));
  CHECK_FALSE(is_uk_postcode("LS6 22T"));
}

TEST_CASE("engine validators: UK phone numbers", "[engine][validators]") {
  CHECK(is_uk_phone("07700 900123"));
  CHECK(is_uk_phone("0161 496 0000"));
  CHECK(is_uk_phone("+44 7700 900123"));
  CHECK_FALSE(is_uk_phone("7700 900123"));   // no leading 0
  CHECK_FALSE(is_uk_phone("00 7700 9001"));  // international prefix
  CHECK_FALSE(is_uk_phone("0161 496"));
  CHECK_FALSE(is_uk_phone("447700900123"));  // 44 without +
}

TEST_CASE("engine validators: dates with a real day and month", "[engine][validators]") {
  CHECK(is_date("14/03/1962"));
  CHECK(is_date("1-2-03"));
  CHECK(is_date("29.02.2024"));
  CHECK_FALSE(is_date("31/02/2020"));
  CHECK_FALSE(is_date("12/13/2020"));
  CHECK_FALSE(is_date("00/01/2020"));
  CHECK_FALSE(is_date("14/03"));
  CHECK_FALSE(is_date("14 03 1962"));
  CHECK_FALSE(is_date("1/2/3/4"));
}

TEST_CASE("engine validators: proper places are not calendar words or pronouns", "[engine][validators]") {
  CHECK(is_proper_place("Malton"));
  CHECK(is_proper_place("Stoke-on-Trent"));
  CHECK_FALSE(is_proper_place("Monday"));
  CHECK_FALSE(is_proper_place("May"));
  CHECK_FALSE(is_proper_place("Christmas"));
  CHECK_FALSE(is_proper_place("The"));
  CHECK_FALSE(is_proper_place("NHS"));
}

TEST_CASE("engine validators: similes are not people", "[engine][validators]") {
  CHECK(is_not_simile("a toddler"));
  CHECK_FALSE(is_not_simile("like a toddler"));
  CHECK_FALSE(is_not_simile("Like a child"));
}

TEST_CASE("engine validators: lookup by name", "[engine][validators]") {
  for (const char* name : {"nhs_number", "hc_number", "chi_number", "patient_number", "postcode", "uk_phone", "date",
                           "proper_place", "not_simile"}) {
    INFO(name);
    CHECK(find_validator(name).has_value());
  }
  CHECK_FALSE(find_validator("luhn").has_value());
  CHECK_FALSE(find_validator("").has_value());
  const auto patient = find_validator("patient_number");
  REQUIRE(patient);
  CHECK((*patient)("943 476 5919"));
  CHECK((*patient)("0101701233"));
  CHECK_FALSE((*patient)("943 476 5918"));
}

TEST_CASE("engine validators: all-same digits are not CHI or H&C numbers either", "[engine][validators]") {
  CHECK_FALSE(is_chi_number("1111111111"));
  CHECK_FALSE(is_hc_number("3333333333"));
}

TEST_CASE("engine validators: 29 February needs a leap year", "[engine][validators]") {
  CHECK(is_date("29/02/2024"));
  CHECK(is_date("29/02/2000"));
  CHECK_FALSE(is_date("29/02/2023"));
  CHECK_FALSE(is_date("29/02/1900"));
  CHECK(is_date("28/02/2023"));
}
