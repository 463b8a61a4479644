// Learner hints: nearest existing resource names, retired runtimes.
#include "hints.hpp"

#include "cli_errors.hpp"
#include "resources.hpp"

namespace evb::cli {
namespace {

bool is_not_found(const ApiError& error) {
    return error.code == "ResourceNotFoundException" || error.code == "NoSuchEntity" ||
           error.code == "NoSuchEntityException";
}

// nearest picks the existing name the user most likely meant: one that extends or is extended by the
// typed name, else the most similar one (difflib ratio of at least 0.6).
std::string nearest(const std::string& typed, const std::vector<std::string>& names) {
    std::string best;
    double best_score = 0.6;
    for (const auto& name : names) {
        if (name == typed) return "";
        bool related = name.rfind(typed, 0) == 0 || typed.rfind(name, 0) == 0;
        double score = related ? 1.0 + similarity(typed, name) : similarity(typed, name);
        if (score > best_score) {
            best = name;
            best_score = score;
        }
    }
    return best;
}

std::string context_for(Resource kind, const Json& request) {
    if (kind == Resource::Rule) return request.value("EventBusName", "");
    if (kind == Resource::LogStream) return request.value("logGroupName", "");
    return "";
}

struct Retired {
    const char* runtime;
    const char* date;
};

constexpr Retired kRetired[] = {
    {"python2.7", "2021-07-15"},  {"python3.6", "2022-07-18"},     {"python3.7", "2023-12-04"},
    {"python3.8", "2024-10-14"},  {"nodejs12.x", "2023-03-31"},    {"nodejs14.x", "2023-12-04"},
    {"nodejs16.x", "2024-06-12"}, {"dotnetcore3.1", "2023-04-03"}, {"ruby2.7", "2023-12-07"},
};

}  // namespace

std::string not_found_hint(World& world, const OperationSpec& op, const Json& request,
                           const ApiError& error) {
    if (!is_not_found(error)) return "";
    static const Resource kNamed[] = {Resource::EventBus,  Resource::Rule,     Resource::LogGroup,
                                      Resource::LogStream, Resource::Function, Resource::Role};
    for (Resource kind : kNamed) {
        for (const auto& param : op.params) {
            if (param.resource != kind || !request.contains(param.member) ||
                !request[param.member].is_string())
                continue;
            std::string typed = request[param.member].get<std::string>();
            if (typed.rfind("arn:", 0) == 0) continue;
            auto names = resource_names(world, kind, context_for(kind, request));
            std::string guess = nearest(typed, names);
            if (!guess.empty()) {
                return "Hint: there is no " + resource_noun(kind) + " named " + typed + "; did you mean " +
                       guess + "?\n";
            }
        }
    }
    return "";
}

std::string runtime_warning(const OperationSpec& op, const Json& request) {
    if (op.service != "lambda" || !request.contains("Runtime") || !request["Runtime"].is_string()) return "";
    std::string runtime = request["Runtime"].get<std::string>();
    for (const auto& r : kRetired) {
        if (runtime != r.runtime) continue;
        return "Warning: the " + runtime + " runtime was retired by AWS Lambda on " + r.date +
               "; AWS no longer lets you create functions with it. This playground still accepts it so that "
               "older tutorials replay as written; choose python3.12 for anything new.\n";
    }
    return "";
}

}  // namespace evb::cli
