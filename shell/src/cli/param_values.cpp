// Parameter value conversion: paramfiles, JSON, shorthand, scalars and blobs.
#include "param_values.hpp"

#include "base64.hpp"
#include "cli_errors.hpp"
#include "evb/common/json_syntax_error.hpp"
#include "python/json_decode_error.hpp"
#include "shorthand.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace evb::cli {
namespace {

std::string lstrip(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        ++i;
    return s.substr(i);
}

bool looks_like_json(const std::string& s, char open) {
    std::string t = lstrip(s);
    return !t.empty() && t[0] == open;
}

// json_error_text describes where JSON text stops parsing, in Python's json module's words; text nesting past
// kMaxJsonDepth (where Python would exhaust its recursion limit) is said to be too deep.
std::string json_error_text(const std::string& text) {
    if (json_nests_deeper_than(text)) {
        return "the JSON nests deeper than " + std::to_string(kMaxJsonDepth) + " levels, the limit";
    }
    // Only text that Python reads but JSON refuses (NaN, Infinity) has no Python error: it is said to be
    // unreadable from its start.
    return python_json_error(text).value_or("Expecting value: line 1 column 1 (char 0)");
}

ConvertedValue parse_json_param(const std::string& flag, const std::string& text) {
    std::optional<Json> parsed = parse_json(text);
    if (!parsed) {
        return {Json(),
                param_error(flag, "Invalid JSON: " + json_error_text(text) + "\nJSON received: " + text)};
    }
    return {std::move(*parsed), std::nullopt};
}

std::optional<long long> parse_integer(const std::string& text) {
    std::string t = text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n'))
        t.pop_back();
    t = lstrip(t);
    if (!t.empty() && t[0] == '+') t.erase(0, 1);
    long long value = 0;
    auto r = std::from_chars(t.data(), t.data() + t.size(), value);
    if (t.empty() || r.ec != std::errc() || r.ptr != t.data() + t.size()) return std::nullopt;
    return value;
}

std::optional<double> parse_double(const std::string& text) {
    std::string t = lstrip(text);
    if (t.empty()) return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size()) return std::nullopt;
    return v;
}

ConvertedValue convert_blob(const Shape& shape, const std::string& word, const ValueContext& context,
                            bool from_fileb) {
    std::string bytes = word;
    if (!from_fileb && !context.raw_binary) {
        auto decoded = decode_base64(word);
        if (!decoded) {
            std::string hint =
                "\nHint: the AWS CLI v2 reads blob parameters as base64; add "
                "--cli-binary-format raw-in-base64-out to pass text such as JSON.";
            return {Json(), general_error("Invalid base64: \"" + word + "\"" + hint)};
        }
        bytes = *decoded;
    }
    return {Json(shape.raw_payload ? bytes : encode_base64(bytes)), std::nullopt};
}

ConvertedValue convert_scalar(const ParamSpec& param, const Shape& shape, const std::string& word,
                              const ValueContext& context, bool from_fileb) {
    switch (shape.kind) {
        case ShapeKind::Integer:
        case ShapeKind::Long: {
            auto v = parse_integer(word);
            if (!v) return {Json(), general_error("invalid literal for int() with base 10: '" + word + "'")};
            return {Json(*v), std::nullopt};
        }
        case ShapeKind::Double: {
            auto v = parse_double(word);
            if (!v) return {Json(), general_error("could not convert string to float: '" + word + "'")};
            return {Json(*v), std::nullopt};
        }
        case ShapeKind::Boolean:
            return {Json(word != "false" && word != "False" && !word.empty()), std::nullopt};
        case ShapeKind::Blob:
            return convert_blob(shape, word, context, from_fileb);
        case ShapeKind::Timestamp: {
            auto v = parse_timestamp(word);
            if (!v) return {Json(), param_error(param.flag, "Invalid timestamp value: " + word)};
            if (std::floor(*v) == *v) return {Json(static_cast<long long>(*v)), std::nullopt};
            return {Json(*v), std::nullopt};
        }
        default:
            return {Json(word), std::nullopt};
    }
}

ConvertedValue convert_complex(const ParamSpec& param, const Shape& shape, const std::string& word) {
    char open = shape.kind == ShapeKind::List ? '[' : '{';
    if (looks_like_json(word, open) || (shape.kind != ShapeKind::List && looks_like_json(word, '['))) {
        return parse_json_param(param.flag, word);
    }
    if (shape.kind == ShapeKind::List && shape.element && is_scalar(shape.element->kind)) {
        return {Json::array({word}), std::nullopt};
    }
    ShorthandResult parsed = parse_shorthand(word);
    if (!parsed.error.empty()) return {Json(), param_error(param.flag, parsed.error)};
    return {coerce_to_shape(parsed.value, shape), std::nullopt};
}

// resolve_word applies file:// and fileb:// to one word; sets from_fileb for binary reads.
std::optional<ConvertedValue> resolve_word(const ParamSpec& param, std::string& word,
                                           const ValueContext& context, bool& from_fileb) {
    from_fileb = word.rfind("fileb://", 0) == 0;
    auto loaded = load_param_file(param.flag, word, context.workspace);
    if (!loaded) return std::nullopt;
    if (loaded->error) return loaded;
    word = loaded->value.get<std::string>();
    return std::nullopt;
}

ConvertedValue convert_list(const ParamSpec& param, const Shape& shape, std::vector<std::string> words,
                            const ValueContext& context) {
    std::vector<bool> binary(words.size(), false);
    for (std::size_t i = 0; i < words.size(); ++i) {
        bool from_fileb = false;
        if (auto failed = resolve_word(param, words[i], context, from_fileb)) return *failed;
        binary[i] = from_fileb;
    }
    if (words.size() == 1 && looks_like_json(words[0], '[')) return parse_json_param(param.flag, words[0]);
    Json list = Json::array();
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Shape& element = *shape.element;
        ConvertedValue item = is_scalar(element.kind)
                                  ? convert_scalar(param, element, words[i], context, binary[i])
                                  : convert_complex(param, element, words[i]);
        if (item.error) return item;
        list.push_back(std::move(item.value));
    }
    return {list, std::nullopt};
}

std::optional<int> digits(const std::string& s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = static_cast<unsigned>(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

}  // namespace

std::optional<double> parse_timestamp(const std::string& text) {
    if (auto n = parse_double(text)) return *n;
    auto year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (!year || !month || !day || text[4] != '-' || text[7] != '-') return std::nullopt;
    double seconds = static_cast<double>(
                         days_from_civil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day))) *
                     86400;
    if (text.size() == 10) return seconds;
    auto hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (!hour || !minute || !second || (text[10] != 'T' && text[10] != ' ')) return std::nullopt;
    seconds += *hour * 3600 + *minute * 60 + *second;
    std::size_t pos = 19;
    if (pos < text.size() && text[pos] == '.') {
        std::size_t start = ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
        seconds += std::strtod(("0." + text.substr(start, pos - start)).c_str(), nullptr);
    }
    std::string zone = text.substr(pos);
    if (zone.empty() || zone == "Z" || zone == "+00:00" || zone == "+0000") return seconds;
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        auto zh = digits(zone, 1, 2), zm = digits(zone, 4, 2);
        if (!zh || !zm) return std::nullopt;
        double offset = *zh * 3600 + *zm * 60;
        return zone[0] == '+' ? seconds - offset : seconds + offset;
    }
    return std::nullopt;
}

std::optional<ConvertedValue> load_param_file(const std::string& flag, const std::string& word,
                                              const Workspace& workspace) {
    std::string path;
    if (word.rfind("fileb://", 0) == 0)
        path = word.substr(8);
    else if (word.rfind("file://", 0) == 0)
        path = word.substr(7);
    else
        return std::nullopt;
    auto bytes = workspace.read(path);
    if (!bytes) {
        return ConvertedValue{Json(),
                              param_error(flag, "Unable to load paramfile " + word +
                                                    ": [Errno 2] No such file or directory: '" + path + "'")};
    }
    return ConvertedValue{Json(*bytes), std::nullopt};
}

Json coerce_to_shape(const Json& value, const Shape& shape) {
    switch (shape.kind) {
        case ShapeKind::Structure: {
            if (!value.is_object()) return value;
            Json out = Json::object();
            for (const auto& item : value.items()) {
                const ShapeMember* m = shape.member(item.key());
                out[item.key()] = m ? coerce_to_shape(item.value(), *m->shape) : item.value();
            }
            return out;
        }
        case ShapeKind::Map: {
            if (!value.is_object()) return value;
            Json out = Json::object();
            for (const auto& item : value.items())
                out[item.key()] = coerce_to_shape(item.value(), *shape.element);
            return out;
        }
        case ShapeKind::List: {
            if (!value.is_array()) return Json::array({coerce_to_shape(value, *shape.element)});
            Json out = Json::array();
            for (const auto& e : value)
                out.push_back(coerce_to_shape(e, *shape.element));
            return out;
        }
        case ShapeKind::Integer:
        case ShapeKind::Long: {
            if (!value.is_string()) return value;
            auto v = parse_integer(value.get<std::string>());
            return v ? Json(*v) : value;
        }
        case ShapeKind::Double: {
            if (!value.is_string()) return value;
            auto v = parse_double(value.get<std::string>());
            return v ? Json(*v) : value;
        }
        case ShapeKind::Boolean: {
            if (!value.is_string()) return value;
            std::string s = value.get<std::string>();
            for (char& c : s)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (s == "true") return true;
            if (s == "false") return false;
            return value;
        }
        default:
            return value;
    }
}

ConvertedValue convert_param(const ParamSpec& param, const std::vector<std::string>& words,
                             const ValueContext& context) {
    const Shape& shape = *param.shape;
    if (shape.kind == ShapeKind::List) return convert_list(param, shape, words, context);
    std::string word = words.empty() ? "" : words.front();
    bool from_fileb = false;
    if (auto failed = resolve_word(param, word, context, from_fileb)) return *failed;
    if (is_scalar(shape.kind)) return convert_scalar(param, shape, word, context, from_fileb);
    return convert_complex(param, shape, word);
}

}  // namespace evb::cli
