// The YAML writer behind `--output yaml`: the AWS CLI dumps with ruamel.yaml's safe dumper, whose emitter is
// libyaml's (ruamel.yaml.clib). This re-expresses that emitter for the events a JSON value produces: block
// sequences and mappings, empty ones in flow style (`[]`, `{}`), and scalars in the style libyaml picks
// (plain, 'single' or "double" quoted, folded at 80 columns, continuation lines indented).
// Depends on nothing but the standard library.
#pragma once

#include <string>
#include <vector>

namespace evb::cli {

// The way a scalar is written, as libyaml chooses it.
enum class YamlStyle { Plain, SingleQuoted, DoubleQuoted };

// YamlEmitter holds libyaml's emitter state: the text so far, the column, the indentation stack and contexts.
struct YamlEmitter {
    std::string out;
    int column = 0;
    int indent = -1;
    std::vector<int> indents;
    int flow_level = 0;
    bool whitespace = true;
    bool indention = true;
    bool mapping_context = false;
    bool simple_key_context = false;

    // increase_indent pushes the indentation and moves it one step in (or keeps it, for an indentless list).
    void increase_indent(bool flow, bool indentless);
    // pop_indent restores the indentation pushed last.
    void pop_indent();
    // write_indent starts a new line when needed and pads it to the current indentation.
    void write_indent();
    // write_indicator writes `-`, `:`, `?`, a bracket or a quote, with a space before it when needed.
    void write_indicator(const std::string& indicator, bool need_whitespace, bool is_whitespace,
                         bool is_indention);
    // scalar writes a scalar's text; is_string says whether it represents a string (else a number,
    // boolean or null, always plain).
    void scalar(const std::string& text, bool is_string);

  private:
    void put(const std::string& bytes);
    void put_break();
    void write_plain(const std::u32string& text, bool allow_breaks);
    void write_single_quoted(const std::u32string& text, bool allow_breaks);
    void write_double_quoted(const std::u32string& text, bool allow_breaks);
};

// yaml_plain_is_string says whether plain text reads back as a string under the dumper's resolver (YAML 1.2
// core rules as ruamel has them: not a bool, int, float, null, timestamp, `<<` or `=`).
bool yaml_plain_is_string(const std::string& text);

// yaml_scalar_style picks libyaml's style for a string (utf8, and the same as code points): plain when
// it reads back as itself and nothing in it needs quotes, else single quoted, else double quoted.
YamlStyle yaml_scalar_style(const std::string& utf8, const std::u32string& text, bool simple_key_context);

// yaml_is_break says whether libyaml counts a character as a line break (\n, \r, U+0085, U+2028, U+2029).
bool yaml_is_break(char32_t c);

// yaml_is_printable is libyaml's printable set: LF, ASCII graphics and space, and the BMP outside controls,
// surrogates, the byte-order mark and U+FFFE/U+FFFF (characters beyond the BMP count as not printable).
bool yaml_is_printable(char32_t c);

// yaml_multiline says whether text holds a line break (libyaml's \n, \r, U+0085, U+2028, U+2029).
bool yaml_multiline(const std::u32string& text);

}  // namespace evb::cli
