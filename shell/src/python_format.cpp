// Python's str() and repr() of JSON values, for the text and table formatters and CLI error messages.
#include "python_format.hpp"

#include <charconv>
#include <cmath>

namespace evb::cli {
namespace {

std::string repr_string(const std::string& text) {
    char quote = (text.find('\'') != std::string::npos && text.find('"') == std::string::npos) ? '"' : '\'';
    std::string out(1, quote);
    for (unsigned char c : text) {
        if (c == '\\') out += "\\\\";
        else if (c == static_cast<unsigned char>(quote)) out += std::string("\\") + quote;
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c == 0x7f) {
            static const char* const kHex = "0123456789abcdef";
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + quote;
}

std::string container(const Json& value) {
    bool object = value.is_object();
    std::string out = object ? "{" : "[";
    bool first = true;
    for (const auto& item : value.items()) {
        if (!first) out += ", ";
        first = false;
        if (object) out += repr_string(item.key()) + ": ";
        out += python_repr(item.value());
    }
    return out + (object ? "}" : "]");
}

}  // namespace

std::string python_float(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    std::size_t e = text.find('e');
    std::string mantissa = e == std::string::npos ? text : text.substr(0, e);
    int exponent = e == std::string::npos ? 0 : std::stoi(text.substr(e + 1));
    double magnitude = std::fabs(value);
    if (magnitude != 0 && (magnitude >= 1e16 || magnitude < 1e-4)) {
        char sci[64];
        auto r = std::to_chars(sci, sci + sizeof sci, value, std::chars_format::scientific);
        std::string s(sci, r.ptr);
        std::size_t pos = s.find('e');
        std::string exp = s.substr(pos + 1);
        std::string sign = exp[0] == '-' ? "-" : "+";
        std::string digits = exp.substr(exp[0] == '-' || exp[0] == '+' ? 1 : 0);
        while (digits.size() > 2 && digits[0] == '0') digits.erase(0, 1);
        if (digits.size() < 2) digits = "0" + digits;
        return s.substr(0, pos) + "e" + sign + digits;
    }
    if (exponent != 0) {
        char fixed[400];
        auto r = std::to_chars(fixed, fixed + sizeof fixed, value, std::chars_format::fixed);
        text.assign(fixed, r.ptr);
    }
    if (text.find('.') == std::string::npos) text += ".0";
    return text;
}

std::string python_str(const Json& value) {
    if (value.is_null()) return "None";
    if (value.is_boolean()) return value.get<bool>() ? "True" : "False";
    if (value.is_number_float()) return python_float(value.get<double>());
    if (value.is_number()) return value.dump();
    if (value.is_string()) return value.get<std::string>();
    return container(value);
}

std::string python_repr(const Json& value) {
    if (value.is_string()) return repr_string(value.get<std::string>());
    return python_str(value);
}

}  // namespace evb::cli
