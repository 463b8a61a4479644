// EventReader (see event_reader.hpp). Recursion only follows pattern paths (and arrays on them); every other
// value is skipped without recursion.
#include "event_reader.hpp"

#include "evb/pattern/json_scanner.hpp"
#include "skip.hpp"
#include "stops16.hpp"
#include "swar.hpp"

#include <cstring>

namespace evb::matcher {
namespace {

// name_stop finds the first quote or backslash from p on, or returns end.
const char* name_stop(const char* p, const char* end) {
    for (; end - p >= kStopBytes; p += kStopBytes) {
        if (const int lane = first_quote_or_backslash(p); lane < kStopBytes) return p + lane;
    }
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

bool has_control(std::string_view text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20) return true;
    return false;
}

// string_stop finds the first quote, backslash or control character from p on, or returns end.
const char* string_stop(const char* p, const char* end) {
    for (; end - p >= kStopBytes; p += kStopBytes) {
        if (const int lane = first_string_stop(p); lane < kStopBytes) return p + lane;
    }
    while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
        ++p;
    return p;
}

// token_end reads a literal or a number at p as the careful reader does (JSON's grammar, Jackson's limit on
// a number's length), whether or not a pattern looks at it, and returns where it ends, or nullptr. A number's
// shape is left in `number`.
[[gnu::always_inline]] inline const char* token_end(const char* p, const char* end, ValueType& type,
                                                    NumberShape& number) {
    static constexpr std::string_view kLiterals[] = {"true", "false", "null"};
    static constexpr ValueType kTypes[] = {ValueType::kTrue, ValueType::kFalse, ValueType::kNull};
    for (int i = 0; i < 3; ++i) {
        const std::string_view word = kLiterals[i];
        if (*p != word[0]) continue;
        if (static_cast<std::size_t>(end - p) < word.size() || std::memcmp(p, word.data(), word.size()) != 0)
            return nullptr;
        type = kTypes[i];
        return p + word.size();
    }
    const char* stop = scan_number(p, end, number);
    if (!stop || static_cast<std::size_t>(stop - p) > kMaxJsonNumberLength) return nullptr;
    type = ValueType::kNumber;
    return stop;
}

// skip_token passes a literal or a number no pattern looks at. Its shape stays local: inlined, it costs no
// stores (in WebAssembly, a shape whose address escapes would be built in memory for every token).
const char* skip_token(const char* p, const char* end) {
    ValueType type = ValueType::kNull;
    NumberShape unused;
    return token_end(p, end, type, unused);
}

}  // namespace

bool EventReader::read(std::string_view json) {
    p_ = json.data();
    end_ = p_ + json.size();
    next_array_ = 0;
    steps_.clear();
    skip_space();
    if (p_ == end_ || *p_ != '{') return false;
    ++p_;
    if (!object(tree_.node(FieldTree::kRoot), 1)) return false;
    skip_space();
    return p_ == end_;
}

bool EventReader::object(const FieldTree::Node& at, int depth) {
    skip_space();
    if (p_ < end_ && *p_ == '}') {
        ++p_;
        return true;
    }
    for (;;) {
        if (p_ >= end_ || *p_ != '"') return false;
        ++p_;
        std::string_view name;
        if (!read_name(name)) return false;
        const std::int32_t child = tree_.child(at, name);
        if (child != FieldTree::kNone && has_control(name)) return false;
        skip_space();
        if (p_ >= end_ || *p_ != ':') return false;
        ++p_;
        skip_space();
        if (!value(child, depth)) return false;
        skip_space();
        if (p_ >= end_) return false;
        if (*p_ == '}') {
            ++p_;
            return true;
        }
        if (*p_ != ',') return false;
        ++p_;
        skip_space();
    }
}

bool EventReader::read_name(std::string_view& name) {
    const char* stop = name_stop(p_, end_);
    if (stop == end_ || *stop != '"') return false;
    name = std::string_view(p_, static_cast<std::size_t>(stop - p_));
    p_ = stop + 1;
    return true;
}

bool EventReader::value(std::int32_t node, int depth) {
    if (p_ >= end_) return false;
    const char c = *p_;
    const std::int32_t path = node == FieldTree::kNone ? FieldTree::kNone : tree_.node(node).path;
    if (c == '"') {
        ++p_;
        if (path != FieldTree::kNone) return leaf_string(static_cast<std::uint32_t>(path));
        p_ = skip_string(p_, end_);
        return p_ != nullptr;
    }
    if (c == '{' || c == '[') {
        ++p_;
        return container(c, node, depth + 1);
    }
    if (path != FieldTree::kNone) return leaf_token(static_cast<std::uint32_t>(path));
    p_ = skip_token(p_, end_);
    return p_ != nullptr;
}

bool EventReader::container(char open, std::int32_t node, int depth) {
    if (depth > kMaxJsonDepth) return false;
    if (node != FieldTree::kNone) {
        if (open == '[') return array(node, depth);
        const FieldTree::Node& at = tree_.node(node);
        if (at.names != FieldTree::kNone) return object(at, depth);
    }
    p_ = skip_container(p_, end_, depth);
    return p_ != nullptr;
}

bool EventReader::array(std::int32_t node, int depth) {
    const std::uint32_t id = next_array_++;
    skip_space();
    if (p_ < end_ && *p_ == ']') {
        ++p_;
        return true;
    }
    for (std::uint32_t index = 0;; ++index) {
        // Only an object or array element takes a position (as the reference flattener does).
        const bool nested = p_ < end_ && (*p_ == '{' || *p_ == '[');
        if (nested) steps_.push_back(ArrayStep{id, index});
        const bool ok = value(node, depth);
        if (nested) steps_.pop_back();
        if (!ok) return false;
        skip_space();
        if (p_ >= end_) return false;
        if (*p_ == ']') {
            ++p_;
            return true;
        }
        if (*p_ != ',') return false;
        ++p_;
        skip_space();
    }
}

bool EventReader::leaf_string(std::uint32_t path) {
    const char* start = p_;
    const char* stop = string_stop(p_, end_);
    if (stop == end_ || *stop != '"') return false;
    p_ = stop + 1;
    sink_.leaf(path, ValueType::kString, start, static_cast<std::size_t>(stop - start), steps_, nullptr);
    return true;
}

bool EventReader::leaf_token(std::uint32_t path) {
    ValueType type = ValueType::kNull;
    NumberShape number;
    const char* start = p_;
    p_ = token_end(p_, end_, type, number);
    if (!p_) return false;
    sink_.leaf(path, type, start, static_cast<std::size_t>(p_ - start), steps_,
               type == ValueType::kNumber ? &number : nullptr);
    return true;
}

}  // namespace evb::matcher
