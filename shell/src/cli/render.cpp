// The CLI's formatter step: awscli/formatter.py's choice of format, after removing the request id and
// applying the query.
#include "render.hpp"

#include "cli_errors.hpp"
#include "output.hpp"

namespace evb::cli {

std::variant<JmesPath, ShellResult> compile_query(const std::string& expression) {
    JmesPath query = JmesPath::compile(expression);
    if (!query.ok())
        return general_error("Bad value for --query " + expression + ": " + query.error(), kExitUsage);
    return query;
}

ShellResult render_response(const std::string& operation, const Json& body, const std::string& output,
                            const JmesPath* query) {
    Json shown = body;
    if (shown.is_object()) shown.erase("ResponseMetadata");
    if (query) {
        std::string error;
        shown = query->search(shown, &error);
        if (!error.empty()) return general_error(error);
    }
    if (output == "text") return {0, format_text(shown), ""};
    if (output == "table") {
        std::string error;
        std::string table = format_table(operation, shown, 80, &error);
        return error.empty() ? ShellResult{0, table, ""} : general_error(error);
    }
    if (output == "yaml") return {0, format_yaml(shown), ""};
    if (output == "yaml-stream") {
        bool empty = shown.is_object() && shown.empty();
        return {0, empty ? "" : format_yaml(Json::array({shown})), ""};
    }
    return {0, format_json(shown), ""};
}

}  // namespace evb::cli
