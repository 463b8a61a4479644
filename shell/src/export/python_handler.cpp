#include "evb/export/python_handler.hpp"

#include "evb/common/json_access.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace evb {
namespace {

// The tutorial quotes its order_details dict the JSON way and all else with single quotes.
enum class Quotes { kSingle, kDouble };

// python_string quotes text with single quotes; control characters are escaped (a raw one would end the
// line or the literal in Python source).
std::string python_string(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            constexpr char kHex[] = "0123456789abcdef";
            out += {'\\', 'x', kHex[(c >> 4) & 0xF], kHex[c & 0xF]};
        } else {
            out += c;
        }
    }
    return out + "'";
}

std::string quoted(std::string_view text, Quotes quotes) {
    return quotes == Quotes::kSingle ? python_string(text) : to_json_text(Json(std::string(text)));
}

// PythonWriter turns behaviour values into Python source, remembering the imports and the invocation
// counter its placeholders need.
class PythonWriter {
  public:
    explicit PythonWriter(std::string function) : function_(std::move(function)) {}

    // text writes a string that may hold placeholders: a literal, one expression when the string is
    // exactly one placeholder (the value keeps its type, as in the core), or a concatenation.
    std::string text(const std::string& value, Quotes quotes = Quotes::kSingle) {
        const bool whole = value.rfind("${", 0) == 0 && value.find('}') == value.size() - 1;
        if (whole) {
            if (auto expression = placeholder(std::string_view(value).substr(2, value.size() - 3)))
                return *expression;
        }
        std::vector<std::string> parts;
        std::string literal;
        for (std::size_t at = 0; at < value.size();) {
            const std::size_t open = value.find("${", at);
            const std::size_t close = open == std::string::npos ? open : value.find('}', open);
            if (close == std::string::npos) {
                literal += value.substr(at);
                break;
            }
            literal += value.substr(at, open - at);
            auto expression = placeholder(std::string_view(value).substr(open + 2, close - open - 2));
            if (expression) {
                if (!literal.empty()) parts.push_back(quoted(literal, quotes));
                literal.clear();
                parts.push_back("str(" + *expression + ")");
            } else {
                literal += value.substr(open, close - open + 1);
            }
            at = close + 1;
        }
        if (!literal.empty() || parts.empty()) parts.push_back(quoted(literal, quotes));
        std::string out;
        for (const std::string& part : parts)
            out += (out.empty() ? "" : " + ") + part;
        return out;
    }

    // literal writes a JSON value as a Python literal, indented like the tutorial's order_details.
    std::string literal(const Json& value, const std::string& indent, Quotes quotes = Quotes::kSingle) {
        if (value.is_boolean()) return value.get<bool>() ? "True" : "False";
        if (value.is_null()) return "None";
        if (value.is_string()) return text(value.get<std::string>(), quotes);
        if (!value.is_structured() || value.empty()) return to_json_text(value);
        const std::string inner = indent + "    ";
        std::string out = value.is_object() ? "{\n" : "[\n";
        for (auto it = value.begin(); it != value.end(); ++it) {
            out += inner;
            if (value.is_object()) out += quoted(it.key(), quotes) + ": ";
            out += literal(*it, inner, quotes);
            out += std::next(it) == value.end() ? "\n" : ",\n";
        }
        return out + indent + (value.is_object() ? "}" : "]");
    }

    // header writes the imports and the module-level counter the body used.
    std::string header() const {
        std::string out;
        for (const std::string& line : imports_)
            out += line + "\n";
        out += "\n\n";
        for (const std::string& name : exceptions_)
            out += "class " + name + "(Exception):\n    pass\n\n\n";
        if (counts_invocations_) out += "invocations = 0  # counts this environment's invocations\n\n\n";
        return out + "def " + function_ + "(event, context):\n" +
               (counts_invocations_ ? "    global invocations\n    invocations += 1\n" : "") + "    \n";
    }

    void need(const std::string& import_line) {
        if (std::find(imports_.begin(), imports_.end(), import_line) == imports_.end())
            imports_.push_back(import_line);
    }
    void declare(const std::string& exception) { exceptions_.insert(exception); }

  private:
    // placeholder is the Python expression for one placeholder name, or nothing when it is unknown.
    std::optional<std::string> placeholder(std::string_view name) {
        if (name == "seq") return counts_invocations_ = true, "invocations";
        if (name == "requestId") return "context.aws_request_id";
        if (name == "time") {
            need("from datetime import datetime, timezone");
            return "datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')";
        }
        if (name == "uuid") return need("import uuid"), "str(uuid.uuid4())";
        if (name == "event") return "event";
        if (name.rfind("event.", 0) == 0) return event_field(name.substr(6));
        if (name.rfind("random:", 0) == 0) return random_integer(name.substr(7));
        return std::nullopt;
    }

    static std::string event_field(std::string_view path) {
        std::string out = "event";
        while (!path.empty()) {
            const std::size_t dot = path.find('.');
            out += "[" + python_string(path.substr(0, dot)) + "]";
            path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
        }
        return out;
    }

    std::optional<std::string> random_integer(std::string_view spec) {
        const std::size_t colon = spec.find(':');
        auto lo = parse_json(spec.substr(0, colon));
        auto hi = colon == std::string_view::npos ? std::nullopt : parse_json(spec.substr(colon + 1));
        if (!lo || !hi || !lo->is_number_integer() || !hi->is_number_integer()) return std::nullopt;
        need("import random");
        return "random.randint(" + to_json_text(*lo) + ", " + to_json_text(*hi) + ")";
    }

    std::vector<std::string> imports_{"import json", "import boto3"};  // the tutorial's order first
    std::string function_;                                             // the handler function's name
    std::set<std::string> exceptions_;
    bool counts_invocations_ = false;
};

std::string detail_expression(PythonWriter& writer, const Json& entry, std::string& prelude,
                              std::size_t index) {
    const Json& detail = member(entry, "Detail");
    if (detail.is_string()) return writer.text(detail.get<std::string>());
    const std::string name = index == 0 ? "order_details" : "details_" + std::to_string(index + 1);
    prelude += "    " + name + " = " + writer.literal(detail, "    ", Quotes::kDouble) + "\n    \n";
    return "json.dumps(" + name + ")";
}

std::string entry_code(PythonWriter& writer, const Json& entry, const std::string& detail) {
    std::string out = "            {\n";
    for (const char* key : {"Source", "DetailType"})
        out +=
            "                '" + std::string(key) + "': " + writer.literal(member(entry, key), "") + ",\n";
    out += "                'Detail': " + detail + ",\n";
    out += "                'EventBusName': " + writer.literal(member(entry, "EventBusName"), "") + "\n";
    return out + "            },\n";
}

std::string put_events_code(PythonWriter& writer, const Json& behavior) {
    const Json& entries = items(behavior, "putEvents");
    if (entries.empty()) return "";
    std::string prelude, listed;
    for (std::size_t i = 0; i < entries.size(); ++i)
        listed += entry_code(writer, entries[i], detail_expression(writer, entries[i], prelude, i));
    return prelude +
           "    event_bridge = boto3.client('events')\n    \n"
           "    response = event_bridge.put_events(\n        Entries=[\n" +
           listed + "        ]\n    )\n";
}

std::string logs_code(PythonWriter& writer, const Json& behavior) {
    std::string out;
    for (const auto& line : items(behavior, "logs"))
        out += "    print(" +
               (line.is_string() ? writer.text(line.get<std::string>())
                                 : "json.dumps(" + writer.literal(line, "    ") + ")") +
               ")\n";
    return out;
}

bool python_identifier(std::string_view name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) return false;
    for (char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
    }
    return true;
}

// failure_code raises the behaviour's error the way the Python runtime reports it: errorType is the
// exception's class name (declared in the module unless Python has it).
std::string failure_code(PythonWriter& writer, const Json& behavior) {
    const Json& failure = member(behavior, "failure");
    if (!failure.is_object()) return "";
    const Json& type = member(failure, "errorType");
    std::string name = type.is_string() ? type.get<std::string>() : "";
    if (!python_identifier(name)) name = "Exception";
    static const std::set<std::string, std::less<>> kBuiltins = {
        "Exception", "ValueError",   "KeyError",       "RuntimeError",
        "TypeError", "TimeoutError", "PermissionError"};
    if (!kBuiltins.contains(name)) writer.declare(name);
    const Json& message = member(failure, "errorMessage");
    const std::string raise =
        "raise " + name + "(" + writer.literal(message.is_string() ? message : Json(""), "") + ")";
    const Json& every = member(failure, "every");
    if (!every.is_number_integer() || every.get<std::int64_t>() <= 1) return "    " + raise + "\n";
    return "    if " + writer.text("${seq}") + " % " + to_json_text(every) + " == 0:\n        " + raise +
           "\n";
}

// return_code writes the return statement; a body holding JSON text of a string reads as the
// tutorial's json.dumps('Hello from Lambda!').
std::string return_code(PythonWriter& writer, const Json& behavior) {
    Json returns = member(behavior, "returns");
    auto body = parse_json(returns.is_object() && returns.contains("body") && returns["body"].is_string()
                               ? returns["body"].get<std::string>()
                               : std::string());
    if (!body || !body->is_string()) return "    return " + writer.literal(returns, "    ") + "\n";
    const std::string marker = "@@body@@";
    returns["body"] = marker;
    std::string code = "    return " + writer.literal(returns, "    ") + "\n";
    const std::string quoted = python_string(marker);
    return code.replace(code.find(quoted), quoted.size(),
                        "json.dumps(" + python_string(body->get<std::string>()) + ")");
}

}  // namespace

std::string python_handler(const Json& behavior, const std::string& function) {
    PythonWriter writer(function);
    // The order the core runs a behaviour in: logs, events, failure, return value.
    std::string body = logs_code(writer, behavior) + put_events_code(writer, behavior) +
                       failure_code(writer, behavior) + return_code(writer, behavior);
    return writer.header() + body;
}

}  // namespace evb
