// Bash's word expansion, one pass over the word as typed: quotes decide what is expanded and what is
// split; expansion results outside quotes are split into fields.
#include "expansion.hpp"

#include "tokenizer.hpp"

namespace evb::cli {
namespace {

bool is_name_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool is_name_char(char c) {
    return is_name_start(c) || (c >= '0' && c <= '9');
}

bool is_field_separator(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

std::size_t name_length(std::string_view text) {
    if (text.empty() || !is_name_start(text[0])) return 0;
    std::size_t n = 1;
    while (n < text.size() && is_name_char(text[n]))
        ++n;
    return n;
}

class Expander {
  public:
    Expander(std::string_view raw, const ExpansionContext& context, bool split)
        : raw_(raw), context_(context), split_(split) {}

    Expanded run() {
        while (pos_ < raw_.size() && result_.error.empty())
            unquoted();
        return finish();
    }

    Expanded run_here_document() {
        while (pos_ < raw_.size() && result_.error.empty())
            quoted_character("$`\\\n");
        return finish();
    }

  private:
    Expanded finish() {
        if (field_started_ || !split_) result_.fields.push_back(std::move(field_));
        if (!result_.error.empty()) result_.fields.clear();
        return std::move(result_);
    }

    std::string_view raw_;
    const ExpansionContext& context_;
    bool split_;
    std::size_t pos_ = 0;
    Expanded result_;
    std::string field_;
    bool field_started_ = false;

    void literal(std::string_view text) {
        field_ += text;
        field_started_ = true;
    }

    // expanded adds what an expansion produced: as it is inside double quotes, split into fields outside.
    void expanded(std::string_view text, bool quoted) {
        if (quoted || !split_) return literal(text);
        for (char c : text) {
            if (!is_field_separator(c)) {
                field_ += c;
                field_started_ = true;
            } else if (field_started_) {
                result_.fields.push_back(std::move(field_));
                field_.clear();
                field_started_ = false;
            }
        }
    }

    void fail(std::string message) {
        if (result_.error.empty()) result_.error = std::move(message);
    }

    void unquoted() {
        const char c = raw_[pos_];
        if (c == '\'') {
            std::size_t close = raw_.find('\'', pos_ + 1);
            if (close == std::string_view::npos) close = raw_.size();
            literal(raw_.substr(pos_ + 1, close - pos_ - 1));
            pos_ = close + 1;
        } else if (c == '"') {
            double_quoted();
        } else if (c == '\\') {
            escaped("");
        } else if (c == '$') {
            dollar(false);
        } else if (c == '`') {
            backquoted(false);
        } else {
            literal(raw_.substr(pos_++, 1));
        }
    }

    // escaped handles a backslash: a backslash-newline disappears; outside quotes (special empty) any
    // character is taken literally, inside double quotes only the special ones are.
    void escaped(std::string_view special) {
        if (pos_ + 1 >= raw_.size()) return literal(raw_.substr(pos_++, 1));
        const char next = raw_[pos_ + 1];
        pos_ += 2;
        if (next == '\n') return;
        if (!special.empty() && special.find(next) == std::string_view::npos) literal("\\");
        literal(std::string_view(&next, 1));
    }

    void double_quoted() {
        field_started_ = true;  // "" is an empty field, not none
        ++pos_;
        while (pos_ < raw_.size() && raw_[pos_] != '"' && result_.error.empty())
            quoted_character("\"\\$`");
        ++pos_;
    }

    // quoted_character takes one character (or expansion) where double-quote rules apply; a backslash
    // escapes only the characters in `escapable`.
    void quoted_character(std::string_view escapable) {
        const char c = raw_[pos_];
        if (c == '\\')
            escaped(escapable);
        else if (c == '$')
            dollar(true);
        else if (c == '`')
            backquoted(true);
        else
            literal(raw_.substr(pos_++, 1));
    }

    void dollar(bool quoted) {
        const char next = pos_ + 1 < raw_.size() ? raw_[pos_ + 1] : '\0';
        if (next == '(' || next == '{') {
            const std::size_t end = end_of_substitution(raw_, pos_);
            if (end == std::string_view::npos) return fail("unexpected EOF while looking for matching `)'");
            const std::string_view inner = raw_.substr(pos_ + 2, end - pos_ - 3);
            pos_ = end;
            if (next == '{') return braced(inner, quoted);
            if (!inner.empty() && inner[0] == '(')
                return fail("$(" + std::string(inner) +
                            "): arithmetic expansion is not supported by this shell");
            return substitute(inner, quoted);
        }
        const std::size_t name = name_length(raw_.substr(pos_ + 1));
        if (name > 0) {
            expanded(value_of(raw_.substr(pos_ + 1, name)), quoted);
            pos_ += 1 + name;
            return;
        }
        pos_ += 2;
        if (next == '?') return expanded(std::to_string(context_.last_status), quoted);
        if (next == '#') return expanded("0", quoted);  // no positional parameters
        if (next == '0') return expanded("evb", quoted);
        if (next >= '1' && next <= '9') return expanded("", quoted);
        if (next == '$') return expanded("1", quoted);  // no process: a fixed id keeps a script deterministic
        pos_ -= 1;                                      // a lone $ is itself
        literal("$");
    }

    std::string value_of(std::string_view name) const {
        if (name == "?") return std::to_string(context_.last_status);
        auto found = context_.variables.find(std::string(name));
        return found == context_.variables.end() ? std::string() : found->second;
    }

    bool is_set(std::string_view name) const {
        return name == "?" || context_.variables.count(std::string(name)) > 0;
    }

    // braced expands ${NAME}, ${#NAME}, ${NAME:-word}, ${NAME-word}, ${NAME:+word} and ${NAME+word}.
    void braced(std::string_view inner, bool quoted) {
        const std::string whole = "${" + std::string(inner) + "}";
        if (inner.size() > 1 && inner[0] == '#' && name_length(inner.substr(1)) == inner.size() - 1)
            return expanded(std::to_string(value_of(inner.substr(1)).size()), quoted);
        const std::size_t name = inner == "?" ? 1 : name_length(inner);
        if (name == 0) return fail(whole + ": bad substitution");
        const std::string_view rest = inner.substr(name);
        const std::string value = value_of(inner.substr(0, name));
        if (rest.empty()) return expanded(value, quoted);
        const bool colon = rest[0] == ':';
        const std::string_view op = rest.substr(colon ? 1 : 0, 1);
        if (op != "-" && op != "+")
            return fail(whole + ": this form of parameter expansion is not supported by this shell");
        const bool present = is_set(inner.substr(0, name)) && !(colon && value.empty());
        const bool use_word = op == "-" ? !present : present;
        if (!use_word) return expanded(op == "-" ? value : std::string(), quoted);
        Expanded word = expand_assigned(rest.substr(colon ? 2 : 1), context_);
        result_.err += word.err;
        if (!word.error.empty()) return fail(word.error);
        expanded(word.fields.empty() ? std::string() : word.fields[0], quoted);
    }

    void backquoted(bool quoted) {
        const std::size_t end = end_of_substitution(raw_, pos_);
        if (end == std::string_view::npos) return fail("unexpected EOF while looking for matching ``'");
        std::string inner;  // inside backquotes \$ \` and \\ stand for the character itself
        for (std::size_t i = pos_ + 1; i + 1 < end; ++i) {
            const char next = i + 2 < end ? raw_[i + 1] : '\0';
            if (raw_[i] == '\\' && (next == '$' || next == '`' || next == '\\')) ++i;
            inner += raw_[i];
        }
        pos_ = end;
        substitute(inner, quoted);
    }

    void substitute(std::string_view command, bool quoted) {
        if (!context_.run) return fail("command substitution is not available here");
        Substituted ran = context_.run(command);
        result_.err += ran.err;
        result_.substituted = true;
        result_.substitution_status = ran.exit_code;
        while (!ran.out.empty() && ran.out.back() == '\n')
            ran.out.pop_back();
        expanded(ran.out, quoted);
    }
};

}  // namespace

Expanded expand_word(std::string_view raw, const ExpansionContext& context) {
    return Expander(raw, context, true).run();
}

Expanded expand_assigned(std::string_view raw_value, const ExpansionContext& context) {
    return Expander(raw_value, context, false).run();
}

Expanded expand_here_document(std::string_view body, const ExpansionContext& context) {
    return Expander(body, context, false).run_here_document();
}

bool split_assignment(std::string_view raw, std::string& name, std::string_view& raw_value) {
    const std::size_t length = name_length(raw);
    if (length == 0 || length >= raw.size() || raw[length] != '=') return false;
    name = std::string(raw.substr(0, length));
    raw_value = raw.substr(length + 1);
    return true;
}

}  // namespace evb::cli
