// Conformance: every case of ../shared/conformance/cases.jsonl (166 recorded against AWS's TestEventPattern,
// 14 event-ruler expectations) against compile_event_pattern, check_test_event, EventPattern::matches_text
// and PatternSet (what routing uses). Patterns and events given as JSON values are re-serialised the way the
// recordings sent them (Python's json.dumps: ", " and ": " separators, ASCII-only strings), so AWS's recorded
// error columns line up.
#include <doctest/doctest.h>

#include "evb/pattern/event_pattern.hpp"
#include "evb/pattern/pattern_set.hpp"

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using evb::Json;

void dump_python_string(const std::string& text, std::string& out) {
    // Json::dump with ensure_ascii gives \uXXXX escapes (surrogate pairs included), as Python does.
    out += Json(text).dump(-1, ' ', true, Json::error_handler_t::replace);
}

void dump_python(const Json& value, std::string& out) {
    if (value.is_object()) {
        out += "{";
        bool first = true;
        for (const auto& [key, member] : value.items()) {
            out += first ? "" : ", ";
            first = false;
            dump_python_string(key, out);
            out += ": ";
            dump_python(member, out);
        }
        out += "}";
    } else if (value.is_array()) {
        out += "[";
        for (std::size_t i = 0; i < value.size(); ++i) {
            out += i ? ", " : "";
            dump_python(value[i], out);
        }
        out += "]";
    } else if (value.is_string()) {
        dump_python_string(value.get<std::string>(), out);
    } else {
        out += value.dump();
    }
}

// case_text returns a case's pattern or event as the text that was sent to AWS.
std::string case_text(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    std::string out;
    dump_python(value, out);
    return out;
}

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

// recorded_raw undoes the snapshot's placeholders for the partition and region in a recorded full message.
std::string recorded_raw(std::string raw) {
    replace_all(raw, "<partition>", "aws");
    replace_all(raw, "<region>", "us-east-1");
    return raw;
}

std::string check_invalid(const Json& c, const std::string& pattern, const std::string& event) {
    const std::string code = c["error_code"].is_string() ? c["error_code"].get<std::string>() : "";
    if (code == "ValidationException") {
        const auto error = evb::check_test_event(event);
        if (!error) return "event accepted, expected ValidationException";
        if (error->message != c["error"].get<std::string>()) return "event message: " + error->message;
        return "";
    }
    const evb::PatternResult result = evb::compile_event_pattern(pattern);
    if (!result.error) return "pattern compiled, expected it to be rejected";
    if (result.error->code != "InvalidEventPatternException") return "code: " + result.error->code;
    if (c["error"].is_string() && first_line(result.error->message) != c["error"].get<std::string>()) {
        return "message: " + first_line(result.error->message);
    }
    if (c["error_raw"].is_string() &&
        result.error->message != recorded_raw(c["error_raw"].get<std::string>())) {
        return "full message: " + result.error->message;
    }
    return "";
}

std::string check_outcome(const Json& c, const std::string& pattern, const std::string& event) {
    const evb::PatternResult result = evb::compile_event_pattern(pattern);
    if (!result.pattern) return "pattern rejected: " + result.error->message;
    // Only AWS-recorded cases went through TestEventPattern's envelope check; event-ruler's events lack it.
    if (c["aws_validated"].is_string()) {
        if (const auto error = evb::check_test_event(event)) return "event rejected: " + error->message;
    }
    const bool want = c["expect"] == "match";
    if (result.pattern->matches_text(event) != want) return want ? "did not match" : "matched";
    if (result.pattern->explain_text(event).matched != want) return "explanation disagrees";
    // Routing matches through a PatternSet: it must agree with AWS too.
    evb::PatternSet set;
    set.add(*result.pattern);
    std::vector<std::size_t> hits;
    set.match_text(event, hits);
    if (hits.empty() == want) return want ? "pattern set did not match" : "pattern set matched";
    return "";
}

// check_case returns why a case failed, or an empty string when it passed.
std::string check_case(const Json& c) {
    const std::string pattern = case_text(c["pattern"]);
    const std::string event = c["event"].is_null() ? std::string() : case_text(c["event"]);
    if (c["expect"] == "invalid") return check_invalid(c, pattern, event);
    return check_outcome(c, pattern, event);
}

std::vector<Json> load_cases() {
    std::vector<Json> cases;
    std::ifstream in(EVB_SHARED_DIR "/conformance/cases.jsonl");
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        cases.push_back(Json::parse(line, nullptr, false));
    }
    return cases;
}

}  // namespace

TEST_CASE("conformance: every recorded event-pattern case agrees with AWS") {
    const std::vector<Json> cases = load_cases();
    REQUIRE(cases.size() == 180);
    std::size_t passed = 0;
    for (const Json& c : cases) {
        REQUIRE_FALSE(c.is_discarded());
        const std::string name = c["name"].get<std::string>();
        const std::string failure = check_case(c);
        CAPTURE(name);
        CAPTURE(failure);
        CHECK(failure.empty());
        passed += failure.empty() ? 1 : 0;
    }
    std::cout << "conformance: " << passed << "/" << cases.size() << " passed" << std::endl;
}
