#include "python_handler.hpp"

#include "json_access.hpp"

namespace evb::web {
namespace {

// python_literal writes a JSON value as a Python literal, indented like the tutorial's order_details.
std::string python_literal(const Json& value, const std::string& indent) {
    if (value.is_boolean()) return value.get<bool>() ? "True" : "False";
    if (value.is_null()) return "None";
    if (!value.is_structured() || value.empty()) return to_json_text(value);
    const std::string inner = indent + "    ";
    std::string out = value.is_object() ? "{\n" : "[\n";
    for (auto it = value.begin(); it != value.end(); ++it) {
        out += inner;
        if (value.is_object()) out += to_json_text(Json(it.key())) + ": ";
        out += python_literal(*it, inner);
        out += std::next(it) == value.end() ? "\n" : ",\n";
    }
    return out + indent + (value.is_object() ? "}" : "]");
}

// python_string quotes text with single quotes, as the tutorial does.
std::string python_string(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

std::string detail_expression(const Json& entry, std::string& prelude, std::size_t index) {
    const Json& detail = member(entry, "Detail");
    if (detail.is_string()) return python_string(detail.get<std::string>());
    const std::string name = index == 0 ? "order_details" : "details_" + std::to_string(index + 1);
    prelude += "    " + name + " = " + python_literal(detail, "    ") + "\n    \n";
    return "json.dumps(" + name + ")";
}

std::string entry_code(const Json& entry, const std::string& detail) {
    return "            {\n"
           "                'Source': " +
           python_string(text_member(entry, "Source")) +
           ",\n"
           "                'DetailType': " +
           python_string(text_member(entry, "DetailType")) +
           ",\n"
           "                'Detail': " +
           detail +
           ",\n"
           "                'EventBusName': " +
           python_string(text_member(entry, "EventBusName")) +
           "\n"
           "            },\n";
}

std::string put_events_code(const Json& behavior) {
    const Json& entries = items(behavior, "putEvents");
    if (entries.empty()) return "";
    std::string prelude, listed;
    for (std::size_t i = 0; i < entries.size(); ++i)
        listed += entry_code(entries[i], detail_expression(entries[i], prelude, i));
    return prelude +
           "    event_bridge = boto3.client('events')\n    \n"
           "    response = event_bridge.put_events(\n        Entries=[\n" +
           listed + "        ]\n    )\n";
}

std::string logs_code(const Json& behavior) {
    std::string out;
    for (const auto& line : items(behavior, "logs"))
        out += "    print(" + python_string(line.is_string() ? line.get<std::string>() : to_json_text(line)) +
               ")\n";
    return out;
}

// return_code writes the return statement; a body holding JSON text of a string reads as the
// tutorial's json.dumps('Hello from Lambda!').
std::string return_code(const Json& behavior) {
    Json returns = member(behavior, "returns");
    auto body = parse_json(text_member(returns, "body"));
    if (!body || !body->is_string()) return "    return " + python_literal(returns, "    ") + "\n";
    returns["body"] = "@body@";
    std::string code = "    return " + python_literal(returns, "    ") + "\n";
    return code.replace(code.find("\"@body@\""), 8,
                        "json.dumps(" + python_string(body->get<std::string>()) + ")");
}

}  // namespace

std::string python_handler(const Json& behavior) {
    return "import json\nimport boto3\n\n\ndef lambda_handler(event, context):\n    \n" +
           logs_code(behavior) + put_events_code(behavior) + return_code(behavior);
}

}  // namespace evb::web
