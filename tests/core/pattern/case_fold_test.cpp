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

TEST_CASE("case folding lowers the letters of every Unicode block, not only Latin, Greek and Cyrillic") {
    CHECK(evb::fold_case("\xC8\xBA") == "\xE2\xB1\xA5");  // Ⱥ (two bytes) folds to ⱥ (three)
    CHECK(evb::fold_case("VI\xE1\xBB\x86T NAM") == "vi\xE1\xBB\x87t nam");            // VIỆT NAM
    CHECK(evb::fold_case("\xEF\xBC\xA1\xEF\xBC\xBA") == "\xEF\xBD\x81\xEF\xBD\x9A");  // full-width ＡＺ
    CHECK(evb::fold_case("\xD4\xB1") == "\xD5\xA1");                                  // Armenian Ա
    CHECK(evb::fold_case("\xE1\x82\xA0") == "\xE2\xB4\x80");                          // Georgian Ⴀ
    CHECK(evb::fold_case("\xF0\x90\x90\x80") == "\xF0\x90\x90\xA8");  // Deseret 𐐀, past the BMP
    CHECK(evb::fold_case("\xC7\x84") == "\xC7\x86");                  // Ǆ
}

TEST_CASE("case folding keeps letters whose cases are not a plain pair") {
    CHECK(evb::fold_code_point(0x212A) == 0x212A);  // the Kelvin sign: lower k, but k's upper is K
    CHECK(evb::fold_code_point(0x017F) == 0x017F);  // ſ: upper S, but S's lower is s
    CHECK(evb::fold_code_point(0x00DF) == 0x00DF);  // ß: upper SS
    CHECK(evb::fold_code_point(0x01C5) == 0x01C5);  // ǅ: titlecase, neither its lower nor its upper
    CHECK(evb::fold_code_point(0x0130) == 0x0130);  // İ: lower i and a combining dot
    CHECK(evb::fold_code_point('I') == 'i');
}

TEST_CASE("a pattern needs letterwise matching only when it holds a letter that is not a plain pair") {
    CHECK_FALSE(evb::needs_letterwise_match("Vi\xE1\xBB\x87t \xE2\xB1\xA5 K"));
    CHECK(
        evb::needs_letterwise_match("stra\xC3\x9F"
                                    "e"));               // ß
    CHECK(evb::needs_letterwise_match("\xE2\x84\xAA"));  // the Kelvin sign
    CHECK_FALSE(evb::needs_letterwise_match("a\xFF"));
}

TEST_CASE("letterwise matching lets each pattern letter stand for its lower or its upper case only") {
    using evb::CaseMatch;
    const auto equals = [](const char* pattern, const char* text) {
        return evb::matches_ignoring_case(pattern, text, CaseMatch::kEquals);
    };
    CHECK(
        equals("stra\xC3\x9F"
               "e",
               "STRASSE"));
    CHECK(
        equals("stra\xC3\x9F"
               "e",
               "Stra\xC3\x9F"
               "E"));
    CHECK_FALSE(
        equals("stra\xC3\x9F"
               "e",
               "strasse"));          // ß stands for ß or SS, not ss
    CHECK(equals("\xC5\xBF", "S"));  // ſ: ſ or S
    CHECK_FALSE(equals("\xC5\xBF", "s"));
    CHECK(equals("\xE2\x84\xAA", "k"));  // the Kelvin sign: k or itself
    CHECK_FALSE(equals("\xE2\x84\xAA", "K"));
    CHECK(equals("\xC7\x85", "\xC7\x86"));  // ǅ: ǆ or Ǆ, not itself
    CHECK_FALSE(equals("\xC7\x85", "\xC7\x85"));
    CHECK(equals("\xC4\xB0", "i\xCC\x87"));  // İ: i with a combining dot, or itself
    CHECK_FALSE(equals("\xC4\xB0", "i"));
    CHECK(evb::matches_ignoring_case("\xC3\x9F", "GROSSE", CaseMatch::kSuffix) == false);
    CHECK(
        evb::matches_ignoring_case("\xC3\x9F"
                                   "e",
                                   "GROSSE", CaseMatch::kSuffix));
    CHECK(evb::matches_ignoring_case("gro\xC3\x9F", "GROSSE", CaseMatch::kPrefix));
    CHECK_FALSE(evb::matches_ignoring_case("gro\xC3\x9F", "GROS", CaseMatch::kPrefix));
    CHECK(evb::matches_ignoring_case("", "x", CaseMatch::kSuffix));
    CHECK_FALSE(equals("", "x"));
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
