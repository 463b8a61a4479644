#include "support.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/time_format.hpp"

namespace evb {

void validate_function_name(Validation& v, const Json& request) {
    auto name = string_field(request, "FunctionName");
    if (!name) return v.not_null("FunctionName");
    v.length(*name, "FunctionName", 1, 140);
    const std::string bare = function_name_of(*name);
    if (!name->empty()) {
        v.pattern(*name, "FunctionName", bare.size() <= 64 && all_of(bare, is_function_name_char),
                  "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?"
                  "([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
    }
}

ApiError function_not_found(const Account& account, const std::string& name) {
    return ApiError{
        "ResourceNotFoundException",
        "Function not found: " + function_arn(account.config.region, account.config.account_id, name), 404};
}

std::optional<ApiError> lookup_function(Account& account, const Json& request, LambdaFunction*& function) {
    const std::string name = function_name_of(*string_field(request, "FunctionName"));
    auto it = account.lambda.functions.find(name);
    if (it == account.lambda.functions.end()) return function_not_found(account, name);
    function = &it->second;
    return std::nullopt;
}

Json configuration_json(const Account& account, const LambdaFunction& f, bool with_state) {
    Json out = {{"FunctionName", f.name},
                {"FunctionArn", function_arn(account.config.region, account.config.account_id, f.name)},
                {"Runtime", f.runtime},
                {"Role", f.role},
                {"Handler", f.handler},
                {"CodeSize", f.code_size},
                {"Description", f.description},
                {"Timeout", f.timeout},
                {"MemorySize", f.memory_size},
                {"LastModified", lambda_time(f.last_modified_ms)},
                {"CodeSha256", f.code_sha256},
                {"Version", "$LATEST"}};
    if (!f.environment.is_null()) out["Environment"] = f.environment;
    out["TracingConfig"] = Json{{"Mode", "PassThrough"}};
    out["RevisionId"] = f.revision_id;
    if (with_state) out["State"] = "Active", out["LastUpdateStatus"] = "Successful";
    return out;
}

}  // namespace evb
