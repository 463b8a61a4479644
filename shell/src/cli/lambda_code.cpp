// A reader for the small subset of Python that tutorial handlers are written in: literals (strings,
// numbers, True/False/None, dicts, lists), names bound by `name = <literal>`, json.dumps(<expr>), and
// the put_events(Entries=[...]) call and the return statement of the handler.
#include "lambda_code.hpp"

#include "archive/inflate.hpp"

#include <cctype>

namespace evb::cli {
namespace {

constexpr int kMaxDepth = 64;

struct PythonReader {
    std::string_view src;
    std::size_t pos = 0;
    int depth = 0;

    void skip_space() {
        while (pos < src.size()) {
            char c = src[pos];
            if (c == '#') {
                while (pos < src.size() && src[pos] != '\n')
                    ++pos;
            } else if (std::isspace(static_cast<unsigned char>(c))) {
                ++pos;
            } else {
                break;
            }
        }
    }

    bool eat(char c) {
        skip_space();
        if (pos < src.size() && src[pos] == c) {
            ++pos;
            return true;
        }
        return false;
    }

    std::string name() {
        skip_space();
        std::size_t start = pos;
        while (pos < src.size() &&
               (std::isalnum(static_cast<unsigned char>(src[pos])) || src[pos] == '_' || src[pos] == '.'))
            ++pos;
        return std::string(src.substr(start, pos - start));
    }

    std::optional<Json> string_literal() {
        char quote = src[pos++];
        std::string out;
        while (pos < src.size() && src[pos] != quote) {
            char c = src[pos++];
            if (c == '\\' && pos < src.size()) {
                char n = src[pos++];
                out += n == 'n' ? '\n' : n == 't' ? '\t' : n;
            } else {
                out += c;
            }
        }
        if (pos >= src.size()) return std::nullopt;
        ++pos;
        return Json(out);
    }

    std::optional<Json> number() {
        std::size_t start = pos;
        while (pos < src.size() &&
               (std::isdigit(static_cast<unsigned char>(src[pos])) || src[pos] == '.' || src[pos] == '-'))
            ++pos;
        return parse_json(src.substr(start, pos - start));
    }

    template <typename Item>
    bool sequence(char close, Item item) {
        while (!eat(close)) {
            if (!item()) return false;
            if (!eat(',') && !(skip_space(), pos < src.size() && src[pos] == close)) return false;
        }
        return true;
    }

    std::optional<Json> dict() {
        Json out = Json::object();
        bool ok = sequence('}', [&] {
            auto key = expression();
            if (!key || !key->is_string() || !eat(':')) return false;
            auto value = expression();
            if (!value) return false;
            out[key->get<std::string>()] = *value;
            return true;
        });
        return ok ? std::optional<Json>(out) : std::nullopt;
    }

    std::optional<Json> list(char close) {
        Json out = Json::array();
        bool ok = sequence(close, [&] {
            auto value = expression();
            if (value) out.push_back(*value);
            return value.has_value();
        });
        return ok ? std::optional<Json>(out) : std::nullopt;
    }

    std::optional<Json> call(const std::string& function) {
        if (function != "json.dumps") return std::nullopt;
        auto argument = expression();
        if (!argument || !eat(')')) return std::nullopt;
        return Json(argument->dump(-1, ' ', false, Json::error_handler_t::replace));
    }

    std::optional<Json> named(const std::string& word) {
        if (word == "True") return Json(true);
        if (word == "False") return Json(false);
        if (word == "None") return Json();
        if (eat('(')) return call(word);
        return binding(word);
    }

    // binding finds `word = <expression>` at the start of a line and reads its value.
    std::optional<Json> binding(const std::string& word) {
        for (std::size_t at = src.find(word); at != std::string_view::npos; at = src.find(word, at + 1)) {
            bool line_start = at == 0 ||
                              src.substr(0, at).find_last_not_of(" \t") == std::string_view::npos ||
                              src[src.substr(0, at).find_last_not_of(" \t")] == '\n';
            PythonReader inner{src, at + word.size(), depth};
            if (!line_start || !inner.eat('=') || (inner.pos < src.size() && src[inner.pos] == '=')) continue;
            return inner.expression();
        }
        return std::nullopt;
    }

    std::optional<Json> expression() {
        if (++depth > kMaxDepth) return std::nullopt;
        skip_space();
        std::optional<Json> result;
        if (pos >= src.size())
            result = std::nullopt;
        else if (src[pos] == '\'' || src[pos] == '"')
            result = string_literal();
        else if (src[pos] == '{')
            ++pos, result = dict();
        else if (src[pos] == '[')
            ++pos, result = list(']');
        else if (src[pos] == '(')
            ++pos, result = list(')');
        else if (std::isdigit(static_cast<unsigned char>(src[pos])) || src[pos] == '-')
            result = number();
        else if (std::isalpha(static_cast<unsigned char>(src[pos])) || src[pos] == '_')
            result = named(name());
        --depth;
        return result;
    }
};

// value_after reads the expression that follows marker in the source, searching from position from.
std::optional<Json> value_after(std::string_view source, std::string_view marker, std::size_t from) {
    std::size_t at = source.find(marker, from);
    if (at == std::string_view::npos) return std::nullopt;
    PythonReader reader{source, at + marker.size(), 0};
    return reader.expression();
}

std::optional<Json> put_events_entries(std::string_view source) {
    std::size_t call = source.find("put_events(");
    if (call == std::string_view::npos) return std::nullopt;
    auto entries = value_after(source, "Entries=", call);
    if (!entries || !entries->is_array()) return std::nullopt;
    for (auto& entry : *entries) {
        if (!entry.is_object()) return std::nullopt;
        auto detail = entry.find("Detail");
        if (detail != entry.end() && detail->is_string()) {
            auto parsed = parse_json(detail->get<std::string>());
            if (parsed && parsed->is_object()) *detail = std::move(*parsed);
        }
    }
    return entries;
}

}  // namespace

std::optional<Json> behavior_from_python(std::string_view source, std::string_view function) {
    Json behavior = Json::object();
    if (auto entries = put_events_entries(source)) behavior["putEvents"] = *entries;
    std::size_t handler = source.find("def " + std::string(function));
    std::size_t ret = source.find("return ", handler == std::string_view::npos ? 0 : handler);
    if (ret != std::string_view::npos) {
        PythonReader reader{source, ret + 7, 0};
        if (auto value = reader.expression()) behavior["returns"] = *value;
    }
    if (behavior.empty()) return std::nullopt;
    return behavior;
}

std::optional<Json> behavior_from_zip(std::string_view zip_bytes, std::string_view handler) {
    auto entries = read_zip(zip_bytes);
    if (!entries) return std::nullopt;
    std::string module(handler.substr(0, handler.rfind('.')));
    for (auto& c : module)
        c = c == '.' ? '/' : c;
    for (const auto& entry : *entries) {
        if (entry.name == module + ".py")
            return behavior_from_python(entry.data, handler.substr(handler.rfind('.') + 1));
    }
    return std::nullopt;
}

}  // namespace evb::cli
