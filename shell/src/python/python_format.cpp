// Python's str() and repr() of JSON values, for the text and table formatters and CLI error messages.
#include "python_format.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace evb::cli {
namespace {

std::string repr_string(const std::string& text) {
    char quote = (text.find('\'') != std::string::npos && text.find('"') == std::string::npos) ? '"' : '\'';
    std::string out(1, quote);
    for (unsigned char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == static_cast<unsigned char>(quote))
            out += std::string("\\") + quote;
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\r')
            out += "\\r";
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
    if (value == 0) return std::signbit(value) ? "-0.0" : "0.0";
    char buffer[64];
    int precision = 1;
    for (; precision < 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*e", precision - 1, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    std::snprintf(buffer, sizeof buffer, "%.*e", precision - 1, value);
    std::string text(buffer);
    std::string sign = text[0] == '-' ? "-" : "";
    if (!sign.empty()) text.erase(0, 1);
    std::size_t e = text.find('e');
    int exponent = std::atoi(text.c_str() + e + 1);
    std::string digits;
    for (std::size_t i = 0; i < e; ++i) {
        if (text[i] != '.') digits += text[i];
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    if (exponent < -4 || exponent >= 16) {
        std::string mantissa = digits.substr(0, 1) + (digits.size() > 1 ? "." + digits.substr(1) : "");
        std::string exp = std::to_string(exponent < 0 ? -exponent : exponent);
        if (exp.size() < 2) exp = "0" + exp;
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
    if (exponent < 0) return sign + "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    std::size_t whole = static_cast<std::size_t>(exponent) + 1;
    if (digits.size() <= whole) return sign + digits + std::string(whole - digits.size(), '0') + ".0";
    return sign + digits.substr(0, whole) + "." + digits.substr(whole);
}

std::string python_type(const Json& value) {
    if (value.is_string()) return "<class 'str'>";
    if (value.is_boolean()) return "<class 'bool'>";
    if (value.is_number_integer()) return "<class 'int'>";
    if (value.is_number()) return "<class 'float'>";
    if (value.is_array()) return "<class 'list'>";
    if (value.is_object()) return "<class 'dict'>";
    return "<class 'NoneType'>";
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
