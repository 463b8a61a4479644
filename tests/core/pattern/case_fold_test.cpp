// Tests for evb/pattern/case_fold.hpp.
#include <doctest/doctest.h>

#include "evb/pattern/case_fold.hpp"

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
