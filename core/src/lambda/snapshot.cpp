// Saving and restoring Lambda functions: configuration, behaviour and warm-environment state.
#include "world/snapshot_parts.hpp"

namespace evb {
namespace {

// save_function writes one function's configuration, behaviour and environment state.
Json save_function(const LambdaFunction& f) {
    return Json{{"name", f.name},
                {"runtime", f.runtime},
                {"role", f.role},
                {"handler", f.handler},
                {"description", f.description},
                {"timeout", f.timeout},
                {"memorySize", f.memory_size},
                {"codeSize", f.code_size},
                {"codeSha256", f.code_sha256},
                {"lastModifiedMs", f.last_modified_ms},
                {"revisionId", f.revision_id},
                {"environment", f.environment},
                {"behavior", f.behavior},
                {"invocations", f.invocations},
                {"warmUntilMs", f.warm_until_ms},
                {"logStream", f.log_stream}};
}

// load_function reads save_function's object.
LambdaFunction load_function(const Json& j) {
    LambdaFunction f;
    f.name = j.at("name").get<std::string>();
    f.runtime = j.at("runtime").get<std::string>();
    f.role = j.at("role").get<std::string>();
    f.handler = j.at("handler").get<std::string>();
    f.description = j.at("description").get<std::string>();
    f.timeout = j.at("timeout").get<std::int64_t>();
    f.memory_size = j.at("memorySize").get<std::int64_t>();
    f.code_size = j.at("codeSize").get<std::int64_t>();
    f.code_sha256 = j.at("codeSha256").get<std::string>();
    f.last_modified_ms = j.at("lastModifiedMs").get<std::int64_t>();
    f.revision_id = j.at("revisionId").get<std::string>();
    f.environment = j.at("environment");
    f.behavior = j.at("behavior");
    f.invocations = j.at("invocations").get<std::uint64_t>();
    f.warm_until_ms = j.at("warmUntilMs").get<std::int64_t>();
    f.log_stream = j.at("logStream").get<std::string>();
    return f;
}

}  // namespace

Json save_lambda(const LambdaState& lambda) {
    Json functions = Json::array();
    for (const auto& [name, f] : lambda.functions)
        functions.push_back(save_function(f));
    return Json{{"functions", functions}};
}

void load_lambda(const Json& json, LambdaState& lambda) {
    for (const auto& j : json.at("functions")) {
        LambdaFunction f = load_function(j);
        lambda.functions[f.name] = std::move(f);
    }
}

}  // namespace evb
