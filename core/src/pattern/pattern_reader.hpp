// PatternReader: the token-by-token reader behind parse_pattern. Split over pattern_parser.cpp (objects, $or,
// value lists), match_expression.cpp (prefix, suffix, exists, cidr, wildcard, ...), numeric_expression.cpp
// and anything_but.cpp. Private to core/src/pattern; depends on the scanner and matcher helpers only.
#pragma once

#include "evb/pattern/json_scanner.hpp"
#include "evb/pattern/pattern_parser.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

class PatternReader {
  public:
    explicit PatternReader(std::string_view text) : scanner_(text) {}

    // parse reads the whole pattern.
    ParsedPattern parse();

  private:
    using Branches = std::vector<PatternBranch>;

    bool read_object(Branches& rules, bool in_or);
    bool read_field(Branches& rules, bool in_or);
    bool read_or(Branches& rules);
    bool read_or_alternatives(const Branches& before, Branches& rules);
    bool read_values(Branches& rules, const std::string& path);
    bool read_value(JsonToken token, std::vector<Matcher>& values);
    std::string extended_path(const std::string& name) const;

    std::optional<Matcher> read_match_expression();
    std::optional<Matcher> read_exactly();
    std::optional<Matcher> read_prefix_or_suffix(bool prefix);
    std::optional<Matcher> read_ignore_case_affix(bool prefix);
    std::optional<Matcher> read_equals_ignore_case();
    std::optional<Matcher> read_wildcard();
    std::optional<Matcher> read_exists();
    std::optional<Matcher> read_cidr();

    std::optional<Matcher> read_numeric();
    std::optional<Matcher> read_numeric_terms(Matcher& m);
    std::optional<Matcher> read_numeric_range(Matcher& m, JsonToken token, std::string bottom,
                                              bool open_bottom);
    bool set_range_bound(std::string_view text, ComparableNumber& bound);

    std::optional<Matcher> read_anything_but();
    std::optional<Matcher> read_anything_but_kind(MatchKind kind, JsonToken token);
    std::optional<Matcher> read_anything_but_list(Matcher& m);
    std::optional<Matcher> read_anything_but_single(Matcher& m, JsonToken token);
    std::optional<Matcher> read_anything_but_set_list(Matcher& m);
    std::optional<Matcher> read_anything_but_set_single(Matcher& m, JsonToken token);
    bool add_anything_but_text(Matcher& m, std::string_view text);
    bool check_anything_but_wildcards(const Matcher& m);
    std::string_view set_type_error(MatchKind kind) const;

    bool fail(std::string_view message);
    bool fail_in_try(std::string_view message);
    bool expect_end_object(std::string_view message);
    std::optional<std::string> current_string();
    std::string token_text() const;
    bool check_wildcard_complexity(const Branches& rules);

    JsonScanner scanner_;
    std::vector<std::string> steps_;
    std::set<std::string> seen_paths_;  // paths already written: only these can need replacing
};

}  // namespace evb
