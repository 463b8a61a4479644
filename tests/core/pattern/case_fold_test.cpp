// Tests for evb/pattern/case_fold.hpp.
#include <doctest/doctest.h>

#include "evb/pattern/case_fold.hpp"

#include <string>

TEST_CASE("case folding lowers ASCII and common non-ASCII letters") {
    CHECK(evb::fold_case("EvEnTb") == "eventb");
    CHECK(evb::fold_case("\xC3\x89T\xC3\x89") == "\xC3\xA9t\xC3\xA9");  // ÉTÉ
    CHECK(evb::fold_case("\xCE\xA3\xCE\x91") == "\xCF\x83\xCE\xB1");    // ΣΑ
    CHECK(evb::fold_case("\xD0\x9F\xD0\x81") == "\xD0\xBF\xD1\x91");    // ПЁ
    CHECK(evb::fold_case("\xC5\x81\xC3\x97") == "\xC5\x82\xC3\x97");    // Ł×
}

TEST_CASE("case folding keeps digits, symbols and invalid bytes") {
    CHECK(evb::fold_case("A1-_*") == "a1-_*");
    CHECK(evb::fold_case("A\xFF") == "a\xFF");
}

TEST_CASE("case folding switches to code points at the first non-ASCII byte, wherever it is") {
    CHECK(evb::fold_case("") == "");
    CHECK(evb::fold_case("FULTON ST\xC3\x89") == "fulton st\xC3\xA9");  // ...É at the end
    CHECK(evb::fold_case("AB\xC3\x89"
                         "CD") ==
          "ab\xC3\xA9"
          "cd");                                // É between ASCII letters
    CHECK(evb::fold_case("A\xC3") == "a\xC3");  // a truncated sequence is kept
}

TEST_CASE("case folding into a buffer gives fold_case's text and drops what the buffer held") {
    std::string buffer = "a much longer text held before, to be replaced";
    evb::fold_case_into("Mason \xCE\xA3", buffer);
    CHECK(buffer == "mason \xCF\x83");
    evb::fold_case_into("ST", buffer);
    CHECK(buffer == "st");
    evb::fold_case_into("", buffer);
    CHECK(buffer.empty());
}
