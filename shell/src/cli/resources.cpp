// Resource listing through World::call, following NextToken / Marker pages.
#include "resources.hpp"

namespace evb::cli {
namespace {

constexpr int kMaxPages = 50;

struct Listing {
    const char* service;
    const char* operation;
    const char* list_key;
    const char* name_key;
    const char* token_key;
};

std::vector<std::string> list_all(World& world, const Listing& l, Json request) {
    std::vector<std::string> names;
    for (int page = 0; page < kMaxPages; ++page) {
        ApiResult result = world.call(l.service, l.operation, request);
        if (!result.ok() || !result.body().is_object()) break;
        const Json& body = result.body();
        auto list = body.find(l.list_key);
        if (list == body.end() || !list->is_array()) break;
        for (const auto& item : *list) {
            if (item.is_object() && item.contains(l.name_key) && item[l.name_key].is_string())
                names.push_back(item[l.name_key].get<std::string>());
            else if (item.is_string())
                names.push_back(item.get<std::string>());
        }
        auto next = body.find(l.token_key);
        if (next == body.end() || !next->is_string() || next->get<std::string>().empty()) break;
        if (body.contains("IsTruncated") && !body.value("IsTruncated", false)) break;
        request[l.token_key == std::string("NextMarker") ? "Marker" : l.token_key] = *next;
    }
    return names;
}

}  // namespace

std::vector<std::string> resource_names(World& world, Resource kind, const std::string& context) {
    switch (kind) {
        case Resource::EventBus:
            return list_all(world, {"events", "ListEventBuses", "EventBuses", "Name", "NextToken"},
                            Json::object());
        case Resource::Rule: {
            Json request = Json::object();
            if (!context.empty()) request["EventBusName"] = context;
            return list_all(world, {"events", "ListRules", "Rules", "Name", "NextToken"}, request);
        }
        case Resource::LogGroup:
            return list_all(world, {"logs", "DescribeLogGroups", "logGroups", "logGroupName", "nextToken"},
                            Json::object());
        case Resource::LogStream:
            if (context.empty()) return {};
            return list_all(world, {"logs", "DescribeLogStreams", "logStreams", "logStreamName", "nextToken"},
                            Json{{"logGroupName", context}});
        case Resource::Function:
            return list_all(world, {"lambda", "ListFunctions", "Functions", "FunctionName", "NextMarker"},
                            Json::object());
        case Resource::FunctionArn:
            return list_all(world, {"lambda", "ListFunctions", "Functions", "FunctionArn", "NextMarker"},
                            Json::object());
        case Resource::Role:
            return list_all(world, {"iam", "ListRoles", "Roles", "RoleName", "Marker"}, Json::object());
        case Resource::RoleArn:
            return list_all(world, {"iam", "ListRoles", "Roles", "Arn", "Marker"}, Json::object());
        case Resource::PolicyArn:
            return {"arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess",
                    "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess",
                    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"};
        case Resource::TargetArn: {
            auto arns = list_all(world, {"lambda", "ListFunctions", "Functions", "FunctionArn", "NextMarker"},
                                 Json::object());
            auto groups = list_all(world, {"logs", "DescribeLogGroups", "logGroups", "arn", "nextToken"},
                                   Json::object());
            for (auto& g : groups) {
                if (g.size() > 2 && g.compare(g.size() - 2, 2, ":*") == 0) g.resize(g.size() - 2);
                arns.push_back(g);
            }
            return arns;
        }
        case Resource::None:
            return {};
    }
    return {};
}

std::string resource_noun(Resource kind) {
    switch (kind) {
        case Resource::EventBus:
            return "event bus";
        case Resource::Rule:
            return "rule";
        case Resource::LogGroup:
            return "log group";
        case Resource::LogStream:
            return "log stream";
        case Resource::Function:
        case Resource::FunctionArn:
            return "function";
        case Resource::Role:
        case Resource::RoleArn:
            return "role";
        case Resource::PolicyArn:
            return "policy";
        case Resource::TargetArn:
            return "target";
        case Resource::None:
            return "resource";
    }
    return "resource";
}

}  // namespace evb::cli
