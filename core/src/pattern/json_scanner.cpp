// JsonScanner: Jackson-compatible pull tokenizer (see json_scanner.hpp). No nlohmann, no exceptions, no I/O.
#include "evb/pattern/json_scanner.hpp"

#include "evb/pattern/utf8.hpp"

namespace evb {
namespace {

constexpr int kEof = -1;
constexpr int kScanError = -2;
constexpr std::size_t kMaxErrorTokenLength = 256;
constexpr std::size_t kMaxSourceChars = 500;
constexpr std::string_view kValidValues =
    "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

int hex_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string entries_desc(bool is_object) {
    return is_object ? "Object" : "Array";
}

}  // namespace

std::string jackson_char_desc(std::uint32_t cp) {
    if (cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F)) return "(CTRL-CHAR, code " + std::to_string(cp) + ")";
    std::string glyph;
    append_utf8(glyph, cp);
    if (cp > 255) {
        static constexpr char kHex[] = "0123456789abcdef";
        std::string hex;
        for (std::uint32_t v = cp; v != 0; v >>= 4)
            hex.insert(hex.begin(), kHex[v & 0xF]);
        return "'" + glyph + "' (code " + std::to_string(cp) + " / 0x" + hex + ")";
    }
    return "'" + glyph + "' (code " + std::to_string(cp) + ")";
}

bool java_identifier_start(std::uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
    return cp >= 0xAA && cp != 0xD7 && cp != 0xF7;
}

bool java_identifier_part(std::uint32_t cp) {
    if (java_identifier_start(cp) || is_digit(static_cast<int>(cp))) return true;
    return cp <= 0x08 || (cp >= 0x0E && cp <= 0x1B) || (cp >= 0x7F && cp <= 0x9F);
}

std::size_t first_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t length = 0;
        if (!decode_utf8(text, i, length)) return i;
        i += length;
    }
    return text.size();
}

JsonScanner::JsonScanner(std::string_view text) : text_(text) {}

int JsonScanner::peek() const {
    return pos_ < text_.size() ? static_cast<unsigned char>(text_[pos_]) : kEof;
}

std::uint32_t JsonScanner::code_point_at(std::size_t offset, std::size_t& length) const {
    if (auto cp = decode_utf8(text_, offset, length)) return *cp;
    length = 1;
    return static_cast<unsigned char>(text_[offset]);
}

JsonToken JsonScanner::error_token() {
    token_ = JsonToken::kError;
    string_pending_ = false;
    return token_;
}

void JsonScanner::fail(std::string_view message) {
    if (token_ == JsonToken::kError) return;
    error_ = std::string(message) + location_tail();
    error_token();
}

void JsonScanner::fail_without_location(std::string message) {
    if (token_ == JsonToken::kError) return;
    error_ = std::move(message);
    error_token();
}

void JsonScanner::append_location_tail() {
    if (token_ == JsonToken::kError) error_ += location_tail();
}

void JsonScanner::unexpected_char(int c, std::string_view comment) {
    // Jackson (2.17+) locates an unexpected character at the character itself, not after it.
    if (token_ == JsonToken::kError) return;
    std::string glyph;
    append_utf8(glyph, static_cast<std::uint32_t>(c));
    const std::size_t at = pos_ >= glyph.size() ? pos_ - glyph.size() : 0;
    error_ = "Unexpected character (" + jackson_char_desc(static_cast<std::uint32_t>(c)) +
             "): " + std::string(comment) + "\n at " + location_at(at);
    error_token();
}

void JsonScanner::unexpected_number_char(int c, std::string_view comment) {
    fail("Unexpected character (" + jackson_char_desc(static_cast<std::uint32_t>(c)) +
         ") in numeric value: " + std::string(comment));
}

void JsonScanner::unexpected_eof(std::string_view suffix) {
    fail("Unexpected end-of-input" + std::string(suffix));
}

void JsonScanner::invalid_token(std::string matched) {
    while (pos_ < text_.size()) {
        std::size_t length = 0;
        const std::uint32_t cp = code_point_at(pos_, length);
        if (!java_identifier_part(cp)) break;
        matched.append(text_.substr(pos_, length));
        pos_ += length;
        if (matched.size() >= kMaxErrorTokenLength) {
            matched += "...";
            break;
        }
    }
    fail("Unrecognized token '" + matched + "': was expecting " + std::string(kValidValues));
}

std::string JsonScanner::source_description() const {
    std::string source = "(String)\"";
    std::size_t chars = 0;
    std::size_t cut = 0;
    while (cut < text_.size() && chars < kMaxSourceChars) {
        std::size_t length = 0;
        code_point_at(cut, length);
        cut += length;
        ++chars;
    }
    source.append(text_.substr(0, cut));
    source += "\"";
    if (cut < text_.size()) {
        std::size_t rest = 0;
        for (std::size_t i = cut; i < text_.size(); ++i)
            rest += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
        source += "[truncated " + std::to_string(rest) + " chars]";
    }
    return source;
}

std::string JsonScanner::location_at(std::size_t offset) const {
    std::size_t line = 1;
    std::size_t column = 0;
    for (std::size_t i = 0; i < offset && i < text_.size(); ++i) {
        const char c = text_[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= text_.size() || text_[i + 1] != '\n'))) {
            ++line;
            column = 0;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            column += (static_cast<unsigned char>(c) >= 0xF0) ? 2 : 1;
        }
    }
    return "[Source: " + source_description() + "; line: " + std::to_string(line) +
           ", column: " + std::to_string(column + 1) + "]";
}

std::string JsonScanner::location_tail() const {
    return "\n at " + location_at(pos_);
}

int JsonScanner::skip_whitespace() {
    while (pos_ < text_.size()) {
        const int c = static_cast<unsigned char>(text_[pos_]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++pos_;
            continue;
        }
        if (c == '/') {
            ++pos_;
            unexpected_char(
                c,
                "maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' "
                "not enabled for parser)");
            return kScanError;
        }
        if (c < 0x20) {
            ++pos_;
            fail("Illegal character (" + jackson_char_desc(static_cast<std::uint32_t>(c)) +
                 "): only regular white space (\\r, \\n, \\t) is allowed between tokens");
            return kScanError;
        }
        return c;
    }
    return kEof;
}

bool JsonScanner::at_root_end() {
    const int c = skip_whitespace();
    return c == kEof;
}

bool JsonScanner::push_frame(bool is_object) {
    if (frames_.size() >= static_cast<std::size_t>(kMaxJsonDepth)) {
        fail_without_location("Document nesting depth (" + std::to_string(frames_.size() + 1) +
                              ") exceeds the maximum allowed (" + std::to_string(kMaxJsonDepth) +
                              ", from `StreamReadConstraints.getMaxNestingDepth()`)");
        return false;
    }
    frames_.push_back(Frame{is_object, false, value_start_});
    return true;
}

JsonToken JsonScanner::deliver(JsonToken t) {
    if (t == JsonToken::kError) return error_token();
    if ((t == JsonToken::kStartObject || t == JsonToken::kStartArray) &&
        !push_frame(t == JsonToken::kStartObject)) {
        return error_token();
    }
    string_pending_ = (t == JsonToken::kString);
    token_ = t;
    return t;
}

JsonToken JsonScanner::next() {
    if (token_ == JsonToken::kError) return token_;
    if (string_pending_ && !finish_pending_string()) return error_token();
    if (token_ == JsonToken::kFieldName) return deliver(pending_);
    const int c = skip_whitespace();
    if (c == kScanError) return error_token();
    if (frames_.empty()) {
        if (c == kEof) return token_ = JsonToken::kEnd;
        value_start_ = pos_++;
        if (c == ']' || c == '}') return close_scope(c);
        return deliver(read_value(c));
    }
    return next_in_container(c);
}

JsonToken JsonScanner::next_in_container(int c) {
    Frame& frame = frames_.back();
    if (c == kEof) {
        unexpected_eof(": expected close marker for " + entries_desc(frame.is_object) + " (start marker at " +
                       location_at(frame.start) + ")");
        return error_token();
    }
    if (c == ']' || c == '}') {
        ++pos_;
        return close_scope(c);
    }
    if (frame.has_entries) {
        ++pos_;
        if (c != ',') {
            unexpected_char(c,
                            "was expecting comma to separate " + entries_desc(frame.is_object) + " entries");
            return error_token();
        }
        c = skip_whitespace();
        if (c == kScanError) return error_token();
        if (c == kEof) {
            unexpected_eof(" within/between " + entries_desc(frame.is_object) + " entries");
            return error_token();
        }
    }
    frame.has_entries = true;
    value_start_ = pos_++;
    if (frame.is_object) return read_field(c);
    return deliver(read_value(c));
}

JsonToken JsonScanner::close_scope(int c) {
    if (frames_.empty()) {
        fail("Unexpected close marker '" + std::string(1, static_cast<char>(c)) + "': expected '" +
             (c == ']' ? "}" : "]") + "' (for root starting at [Source: " + source_description() +
             "; line: 1, column: 0])");
        return error_token();
    }
    const Frame frame = frames_.back();
    const bool want_object = (c == '}');
    if (frame.is_object != want_object) {
        fail("Unexpected close marker '" + std::string(1, static_cast<char>(c)) + "': expected '" +
             (frame.is_object ? "}" : "]") + "' (for " + entries_desc(frame.is_object) + " starting at " +
             location_at(frame.start) + ")");
        return error_token();
    }
    frames_.pop_back();
    token_ = want_object ? JsonToken::kEndObject : JsonToken::kEndArray;
    return token_;
}

JsonToken JsonScanner::read_field(int c) {
    if (c != '"') {
        if (c >= 0x80) {
            std::size_t length = 0;
            c = static_cast<int>(code_point_at(pos_ - 1, length));
            pos_ += length - 1;
        }
        unexpected_char(c, "was expecting double-quote to start field name");
        return error_token();
    }
    name_.clear();
    std::string_view view;
    if (!scan_string(&name_, true, view)) return error_token();
    if (view.data() != name_.data()) name_.assign(view);
    c = skip_whitespace();
    if (c == kScanError) return error_token();
    if (c != ':') {
        if (c == kEof) {
            unexpected_eof(" within/between Object entries");
        } else {
            ++pos_;
            unexpected_char(c, "was expecting a colon to separate field name and value");
        }
        return error_token();
    }
    ++pos_;
    c = skip_whitespace();
    if (c == kScanError) return error_token();
    if (c == kEof) {
        unexpected_eof(" within/between Object entries");
        return error_token();
    }
    value_start_ = pos_++;
    const JsonToken value = read_value(c);
    if (value == JsonToken::kError) return error_token();
    pending_ = value;
    token_ = JsonToken::kFieldName;
    return token_;
}

JsonToken JsonScanner::read_value(int c) {
    switch (c) {
        case '"':
            string_start_ = pos_;
            return JsonToken::kString;
        case '[':
            return JsonToken::kStartArray;
        case '{':
            return JsonToken::kStartObject;
        case 't':
            return read_literal("true", JsonToken::kTrue);
        case 'f':
            return read_literal("false", JsonToken::kFalse);
        case 'n':
            return read_literal("null", JsonToken::kNull);
        default:
            break;
    }
    if (c == '-' || is_digit(c)) return read_number(c);
    return odd_value(c);
}

JsonToken JsonScanner::read_literal(std::string_view word, JsonToken kind) {
    for (std::size_t i = 1; i < word.size(); ++i) {
        if (pos_ >= text_.size() || text_[pos_] != word[i]) {
            invalid_token(std::string(word.substr(0, i)));
            return JsonToken::kError;
        }
        ++pos_;
    }
    if (pos_ < text_.size()) {
        std::size_t length = 0;
        const std::uint32_t cp = code_point_at(pos_, length);
        if (cp >= '0' && cp != ']' && cp != '}' && java_identifier_part(cp)) {
            invalid_token(std::string(word));
            return JsonToken::kError;
        }
    }
    return kind;
}

JsonToken JsonScanner::odd_value(int c) {
    if (c == 'N' || c == 'I') {
        const std::string_view word = (c == 'N') ? "NaN" : "Infinity";
        if (read_literal(word, JsonToken::kNumber) == JsonToken::kError) return JsonToken::kError;
        fail("Non-standard token '" + std::string(word) +
             "': enable JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS to allow");
        return JsonToken::kError;
    }
    if (c == '+') {
        if (pos_ >= text_.size()) {
            unexpected_eof(" in a Number value");
            return JsonToken::kError;
        }
        unexpected_number_char('+',
                               "JSON spec does not allow numbers to have plus signs: enable "
                               "`JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow");
        return JsonToken::kError;
    }
    std::size_t length = 1;
    const std::uint32_t cp = code_point_at(pos_ - 1, length);
    pos_ += length - 1;
    if (java_identifier_start(cp)) {
        invalid_token(std::string(text_.substr(pos_ - length, length)));
        return JsonToken::kError;
    }
    unexpected_char(static_cast<int>(cp), "expected a valid value " + std::string(kValidValues));
    return JsonToken::kError;
}

bool JsonScanner::skip_digits(std::size_t& count) {
    count = 0;
    while (pos_ < text_.size() && is_digit(text_[pos_])) {
        ++pos_;
        ++count;
    }
    return count > 0;
}

JsonToken JsonScanner::read_number(int c) {
    const std::size_t start = pos_ - 1;
    if (c == '-') {
        if (pos_ >= text_.size()) {
            unexpected_eof(" in a Number value");
            return JsonToken::kError;
        }
        c = static_cast<unsigned char>(text_[pos_++]);
        if (c == 'I') {
            if (read_literal("Infinity", JsonToken::kNumber) == JsonToken::kError) return JsonToken::kError;
            fail(
                "Non-standard token '-Infinity': enable JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS to "
                "allow");
            return JsonToken::kError;
        }
        if (!is_digit(c)) {
            unexpected_number_char(c, "expected digit (0-9) to follow minus sign, for valid numeric value");
            return JsonToken::kError;
        }
    }
    if (c == '0' && pos_ < text_.size() && is_digit(text_[pos_])) {
        fail("Invalid numeric value: Leading zeroes not allowed");
        return JsonToken::kError;
    }
    std::size_t digits = 0;
    skip_digits(digits);
    std::size_t length = digits + 1;
    if (peek() == '.') {
        ++pos_;
        if (!skip_digits(digits)) {
            if (pos_ >= text_.size()) {
                unexpected_eof(" in a Number value");
            } else {
                unexpected_number_char(static_cast<unsigned char>(text_[pos_++]),
                                       "Decimal point not followed by a digit");
            }
            return JsonToken::kError;
        }
        length += digits + 1;
    }
    if (peek() == 'e' || peek() == 'E') {
        ++pos_;
        if (peek() == '+' || peek() == '-') ++pos_;
        if (!skip_digits(digits)) {
            if (pos_ >= text_.size()) {
                unexpected_eof(" in a Number value");
            } else {
                unexpected_number_char(static_cast<unsigned char>(text_[pos_++]),
                                       "Exponent indicator not followed by a digit");
            }
            return JsonToken::kError;
        }
        length += digits + 1;
    }
    if (length > kMaxJsonNumberLength) {
        fail_without_location("Number value length (" + std::to_string(length) +
                              ") exceeds the maximum allowed (" + std::to_string(kMaxJsonNumberLength) +
                              ", from `StreamReadConstraints.getMaxNumberLength()`)");
        return JsonToken::kError;
    }
    if (frames_.empty() && pos_ < text_.size()) {
        const int next = static_cast<unsigned char>(text_[pos_]);
        if (next != ' ' && next != '\t' && next != '\n' && next != '\r') {
            ++pos_;
            unexpected_char(next, "Expected space separating root-level values");
            return JsonToken::kError;
        }
    }
    number_ = text_.substr(start, pos_ - start);
    return JsonToken::kNumber;
}

bool JsonScanner::read_hex4(unsigned& value) {
    value = 0;
    for (int i = 0; i < 4; ++i) {
        if (pos_ >= text_.size()) {
            unexpected_eof(" in character escape sequence");
            return false;
        }
        const int c = static_cast<unsigned char>(text_[pos_++]);
        const int digit = hex_value(c);
        if (digit < 0) {
            unexpected_char(c, "expected a hex-digit for character escape sequence");
            return false;
        }
        value = (value << 4) | static_cast<unsigned>(digit);
    }
    return true;
}

bool JsonScanner::decode_escape(std::string* out) {
    if (pos_ >= text_.size()) {
        unexpected_eof(" in character escape sequence");
        return false;
    }
    const int c = static_cast<unsigned char>(text_[pos_++]);
    char simple = 0;
    switch (c) {
        case 'b':
            simple = '\b';
            break;
        case 't':
            simple = '\t';
            break;
        case 'n':
            simple = '\n';
            break;
        case 'f':
            simple = '\f';
            break;
        case 'r':
            simple = '\r';
            break;
        case '"':
            simple = '"';
            break;
        case '/':
            simple = '/';
            break;
        case '\\':
            simple = '\\';
            break;
        case 'u':
            break;
        default: {
            std::size_t length = 1;
            const std::uint32_t cp = code_point_at(pos_ - 1, length);
            pos_ += length - 1;
            fail("Unrecognized character escape " + jackson_char_desc(cp));
            return false;
        }
    }
    if (simple != 0) {
        if (out) out->push_back(simple);
        return true;
    }
    unsigned unit = 0;
    if (!read_hex4(unit)) return false;
    std::uint32_t cp = unit;
    if (unit >= 0xD800 && unit <= 0xDBFF && text_.substr(pos_, 2) == "\\u") {
        const std::size_t save = pos_;
        pos_ += 2;
        unsigned low = 0;
        if (!read_hex4(low)) return false;
        if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        } else {
            pos_ = save;
        }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (out) append_utf8(*out, cp);
    return true;
}

bool JsonScanner::scan_string(std::string* out, bool is_name, std::string_view& view) {
    const std::size_t start = pos_;
    while (pos_ < text_.size()) {
        const unsigned char b = static_cast<unsigned char>(text_[pos_]);
        if (b == '"') {
            view = text_.substr(start, pos_ - start);
            ++pos_;
            if (out) out->clear();
            return true;
        }
        if (b == '\\' || b < 0x20) break;
        ++pos_;
    }
    if (out) out->assign(text_.substr(start, pos_ - start));
    while (pos_ < text_.size()) {
        const unsigned char b = static_cast<unsigned char>(text_[pos_++]);
        if (b == '"') {
            view = out ? std::string_view(*out) : std::string_view();
            return true;
        }
        if (b == '\\') {
            if (!decode_escape(out)) return false;
            continue;
        }
        if (b < 0x20) {
            fail("Illegal unquoted character (" + jackson_char_desc(b) +
                 "): has to be escaped using backslash to be included in " +
                 (is_name ? "name" : "string value"));
            return false;
        }
        if (out) out->push_back(static_cast<char>(b));
    }
    unexpected_eof(is_name ? " in field name" : ": was expecting closing quote for a string value");
    return false;
}

bool JsonScanner::finish_pending_string() {
    string_pending_ = false;
    pos_ = string_start_;
    string_ok_ = scan_string(nullptr, false, string_view_);
    return string_ok_;
}

bool JsonScanner::string_value(std::string_view& out) {
    if (token_ != JsonToken::kString) return false;
    if (string_pending_) {
        string_pending_ = false;
        pos_ = string_start_;
        string_ok_ = scan_string(&string_buffer_, false, string_view_);
        if (!string_ok_) error_token();
    }
    out = string_view_;
    return string_ok_;
}

bool JsonScanner::skip_children() {
    const std::size_t target = frames_.size() - 1;
    while (frames_.size() > target) {
        if (next() == JsonToken::kError) return false;
    }
    return true;
}

}  // namespace evb
