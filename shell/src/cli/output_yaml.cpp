// `--output yaml`: the AWS CLI v2's YAML (ruamel, block style, two-space indent, keys in response order).
#include "output.hpp"

namespace evb::cli {
namespace {

bool needs_quotes(const std::string& s) {
    if (s.empty()) return true;
    static const char* const kReserved[] = {"true", "false", "null", "yes",   "no",  "on",
                                            "off",  "~",     "True", "False", "Null"};
    for (const char* r : kReserved) {
        if (s == r) return true;
    }
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s[0]) != std::string_view::npos) return true;
    if (s.front() == ' ' || s.back() == ' ') return true;
    if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos) return true;
    if (s.find('\n') != std::string::npos) return true;
    auto number = Json::parse(s, nullptr, false);
    return !number.is_discarded() && (number.is_number() || number.is_boolean() || number.is_null());
}

std::string scalar(const Json& v) {
    if (v.is_null()) return "null";
    if (v.is_string()) {
        std::string s = v.get<std::string>();
        if (!needs_quotes(s)) return s;
        std::string out = "'";
        for (char c : s)
            out += c == '\'' ? std::string("''") : std::string(1, c);
        if (s.find('\n') != std::string::npos) return v.dump(-1, ' ', false, Json::error_handler_t::replace);
        return out + "'";
    }
    return v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool is_empty_container(const Json& v) {
    return (v.is_array() || v.is_object()) && v.empty();
}

void emit(const Json& v, int indent, std::string& out);

void emit_object(const Json& v, int indent, std::string& out, bool first_inline) {
    bool first = true;
    for (const auto& item : v.items()) {
        if (!(first && first_inline)) out += std::string(static_cast<std::size_t>(indent), ' ');
        first = false;
        out += item.key() + ":";
        const Json& value = item.value();
        if (is_empty_container(value))
            out += value.is_array() ? " []\n" : " {}\n";
        else if (value.is_object())
            out += "\n", emit(value, indent + 2, out);
        else if (value.is_array())
            out += "\n", emit(value, indent, out);
        else
            out += " " + scalar(value) + "\n";
    }
}

void emit(const Json& v, int indent, std::string& out) {
    if (v.is_object()) {
        emit_object(v, indent, out, false);
        return;
    }
    if (!v.is_array()) {
        out += std::string(static_cast<std::size_t>(indent), ' ') + scalar(v) + "\n";
        return;
    }
    for (const auto& e : v) {
        out += std::string(static_cast<std::size_t>(indent), ' ') + "- ";
        if (e.is_object() && !e.empty())
            emit_object(e, indent + 2, out, true);
        else if (e.is_array() && !e.empty())
            out += "\n", emit(e, indent + 2, out);
        else
            out +=
                (is_empty_container(e) ? (e.is_array() ? std::string("[]") : std::string("{}")) : scalar(e)) +
                "\n";
    }
}

}  // namespace

std::string format_yaml(const Json& response) {
    if (response.is_object() && response.empty()) return "{}\n";
    std::string out;
    if (is_empty_container(response)) return response.is_array() ? "[]\n" : "{}\n";
    emit(response, 0, out);
    return out;
}

}  // namespace evb::cli
