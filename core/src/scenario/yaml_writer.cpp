// The YAML writer: one recursive pass, two spaces per level, "- " items with compact mappings.
#include "evb/scenario/yaml_writer.hpp"

#include "evb/scenario/yaml_scalar.hpp"

namespace evb {
namespace {

std::string pad(int n) {
    return std::string(static_cast<std::size_t>(n), ' ');
}

// scalar_text writes a number, boolean, null or string as a one-line YAML scalar.
std::string scalar_text(const Json& value) {
    if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        return yaml_needs_quotes(s) ? yaml_double_quoted(s) : s;
    }
    return to_json_text(value);
}

// literal_block_fits tells whether a string can be written as a | block and read back unchanged.
bool literal_block_fits(const std::string& s) {
    if (s.find('\n') == std::string::npos || s.empty() || s[0] == ' ' || s[0] == '\n') return false;
    for (unsigned char c : s) {
        if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
    }
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        if (end > start && s[end - 1] == ' ') return false;
        start = end + 1;
    }
    return true;
}

// literal_block writes " |" (with its chomping indicator) and the lines indented to indent.
std::string literal_block(const std::string& s, int indent) {
    std::size_t trailing = 0;
    while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n')
        ++trailing;
    std::string out = trailing == 0 ? " |-\n" : trailing == 1 ? " |\n" : " |+\n";
    const std::string body = s.substr(0, s.size() - trailing);
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        const std::string line = body.substr(start, end - start);
        out += line.empty() ? "\n" : pad(indent) + line + "\n";
        start = end + 1;
    }
    for (std::size_t i = 1; i < trailing; ++i)
        out += "\n";
    return out;
}

class YamlWriter {
  public:
    explicit YamlWriter(const YamlShortFormFn& short_form) : short_form_(short_form) {}

    std::string document(const Json& value) {
        if (is_block(value) && value.is_object())
            mapping(value, 0, false);
        else if (is_block(value))
            sequence(value, 0, false);
        else
            out_ += inline_text(value) + "\n";
        return out_;
    }

  private:
    const YamlShortFormFn& short_form_;
    std::string out_;

    std::optional<YamlShortForm> short_of(const Json& value) const {
        if (!short_form_ || !value.is_object()) return std::nullopt;
        return short_form_(value);
    }

    // is_block tells whether a value is written as an indented block (a non-empty collection, no short form).
    bool is_block(const Json& value) const {
        return (value.is_object() || value.is_array()) && !value.empty() && !short_of(value);
    }

    // inline_text writes a value on one line: scalars, {} and [], and short forms (flow JSON after the tag).
    std::string inline_text(const Json& value) const {
        if (auto tagged = short_of(value)) {
            const Json& v = tagged->value;
            const bool flow = v.is_object() || v.is_array();
            return "!" + tagged->tag + " " + (flow ? to_json_text(v) : scalar_text(v));
        }
        if (value.is_object()) return "{}";
        if (value.is_array()) return "[]";
        return scalar_text(value);
    }

    // value_after writes what follows "key:" or "- " for a value whose children sit at indent.
    void value_after(const Json& value, int indent) {
        auto tagged = short_of(value);
        const Json& text = tagged ? tagged->value : value;
        if (text.is_string() && literal_block_fits(text.get_ref<const std::string&>())) {
            out_ += (tagged ? " !" + tagged->tag : "") +
                    literal_block(text.get_ref<const std::string&>(), indent);
        } else {
            out_ += " " + inline_text(value) + "\n";
        }
    }

    void mapping(const Json& object, int indent, bool first_inline) {
        bool first = true;
        for (const auto& [key, value] : object.items()) {
            if (!(first && first_inline)) out_ += pad(indent);
            first = false;
            out_ += scalar_text(Json(key)) + ":";
            if (!is_block(value)) {
                value_after(value, indent + 2);
            } else if (value.is_object()) {
                out_ += "\n";
                mapping(value, indent + 2, false);
            } else {
                out_ += "\n";
                sequence(value, indent + 2, false);
            }
        }
    }

    void sequence(const Json& array, int indent, bool first_inline) {
        bool first = true;
        for (const auto& item : array) {
            if (!(first && first_inline)) out_ += pad(indent);
            first = false;
            out_ += "-";
            if (!is_block(item)) {
                value_after(item, indent + 2);
            } else {
                out_ += " ";
                if (item.is_object())
                    mapping(item, indent + 2, true);
                else
                    sequence(item, indent + 2, true);
            }
        }
    }
};

}  // namespace

std::string write_yaml(const Json& value, const YamlShortFormFn& short_form) {
    return YamlWriter(short_form).document(value);
}

}  // namespace evb
