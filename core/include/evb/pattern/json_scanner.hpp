// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). JsonScanner: a pull
// tokenizer over JSON text that fails the way Jackson (the parser behind EventBridge's pattern compiler)
// fails, with Jackson's wording and its " at [Source: ...; line: L, column: C]" tail. Strings are decoded
// lazily, as Jackson does, so error order and locations agree with AWS. Used for patterns (compile) and
// events (flatten). Depends only on the standard library and evb/common/json_depth.hpp: no nlohmann, no I/O.
#pragma once

#include "evb/common/json_depth.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// Jackson's StreamReadConstraints defaults (2.15+): deeper (kMaxJsonDepth) or longer input is rejected.
inline constexpr std::size_t kMaxJsonNumberLength = 1000;

enum class JsonToken : std::uint8_t {
    kNone,
    kStartObject,
    kEndObject,
    kStartArray,
    kEndArray,
    kFieldName,
    kString,
    kNumber,
    kTrue,
    kFalse,
    kNull,
    kEnd,
    kError,
};

class JsonScanner {
  public:
    explicit JsonScanner(std::string_view text);

    // next advances to the next token; kError means error() says why, and every later call returns kError.
    JsonToken next();

    // token returns the current token.
    JsonToken token() const { return token_; }

    // name returns the current field name (valid after kFieldName and while its value is current).
    const std::string& name() const { return name_; }

    // string_value decodes the current kString token (once); on a decoding error it returns false.
    bool string_value(std::string_view& out);

    // number_text returns the raw text of the current kNumber token.
    std::string_view number_text() const { return number_; }

    // skip_children skips the rest of the object or array just started; false on a syntax error.
    bool skip_children();

    // failed tells whether an error was reported.
    bool failed() const { return token_ == JsonToken::kError; }

    // error returns the Jackson-style message of the first error, with its location tail.
    const std::string& error() const { return error_; }

    // fail records a caller's (compiler's) error at the current location, as Jackson's JsonParseException.
    void fail(std::string_view message);

    // fail_without_location records an error that Jackson would raise without a location tail.
    void fail_without_location(std::string message);

    // append_location_tail adds one more location tail to the error, as a re-thrown Jackson error shows it.
    void append_location_tail();

    // location_tail returns "\n at [Source: (String)\"...\"; line: L, column: C]" for the current position.
    std::string location_tail() const;

    // depth returns how many objects/arrays are open.
    std::size_t depth() const { return frames_.size(); }

    // at_root_end tells whether only whitespace remains after the current position.
    bool at_root_end();

  private:
    struct Frame {
        bool is_object = false;
        bool has_entries = false;
        std::size_t start = 0;
    };

    int peek() const;
    int skip_whitespace();
    JsonToken next_in_container(int c);
    JsonToken read_field(int c);
    JsonToken read_value(int c);
    JsonToken read_number(int c);
    JsonToken read_literal(std::string_view word, JsonToken kind);
    JsonToken odd_value(int c);
    JsonToken close_scope(int c);
    JsonToken deliver(JsonToken t);
    bool push_frame(bool is_object);
    bool finish_pending_string();
    bool scan_string(std::string* out, bool is_name, std::string_view& view);
    bool decode_escape(std::string* out);
    bool read_hex4(unsigned& value);
    bool skip_digits(std::size_t& count);
    void invalid_token(std::string matched);
    void unexpected_char(int c, std::string_view comment);
    void unexpected_number_char(int c, std::string_view comment);
    void unexpected_eof(std::string_view suffix);
    JsonToken error_token();
    std::string location_at(std::size_t offset) const;
    std::string source_description() const;
    std::uint32_t code_point_at(std::size_t offset, std::size_t& length) const;

    std::string_view text_;
    std::size_t pos_ = 0;
    JsonToken token_ = JsonToken::kNone;
    JsonToken pending_ = JsonToken::kNone;  // value token parsed eagerly after a field name (Jackson)
    std::vector<Frame> frames_;
    std::string name_;
    std::string string_buffer_;
    std::size_t string_start_ = 0;
    std::size_t value_start_ = 0;
    std::string_view string_view_;
    bool string_pending_ = false;  // current kString not yet decoded or skipped
    bool string_ok_ = false;
    std::string_view number_;
    std::string error_;
};

// jackson_char_desc describes a character as Jackson does: "'x' (code 120)" or "(CTRL-CHAR, code 10)".
std::string jackson_char_desc(std::uint32_t code_point);

// java_identifier_part approximates Character.isJavaIdentifierPart for a code point.
bool java_identifier_part(std::uint32_t cp);

// java_identifier_start approximates Character.isJavaIdentifierStart for a code point.
bool java_identifier_start(std::uint32_t cp);

// first_invalid_utf8 returns the offset of the first byte that breaks UTF-8, or text.size() when valid.
std::size_t first_invalid_utf8(std::string_view text);

}  // namespace evb
