// The importable resource types, the property reader, generated names and the no-effect types.
#include "cfn_resource_types.hpp"

#include <cstdint>

namespace evb::cfn_import {
namespace {

constexpr ResourceType kTypes[] = {
    {"AWS::Events::EventBus", 0, translate_event_bus},
    {"AWS::Logs::LogGroup", 1, translate_log_group},
    {"AWS::IAM::ManagedPolicy", 2, translate_managed_policy},
    {"AWS::IAM::Role", 3, translate_role},
    {"AWS::Lambda::Function", 4, translate_function},
    {"AWS::Events::Rule", 5, translate_rule},
    {"AWS::Lambda::Permission", 6, translate_no_effect},
    {"AWS::Logs::ResourcePolicy", 6, translate_no_effect},
    {"AWS::CloudFormation::WaitConditionHandle", 6, translate_no_effect},
};

// hash_name is a 13-character base-36 digest (FNV-1a), the random-looking tail of generated names.
std::string hash_name(const std::string& text) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : text)
        h = (h ^ c) * 1099511628211ULL;
    std::string out;
    for (int i = 0; i < 13; ++i, h /= 36)
        out += "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[h % 36];
    return out;
}

}  // namespace

const ResourceType* find_resource_type(std::string_view type) {
    for (const auto& t : kTypes) {
        if (t.type == type) return &t;
    }
    return nullptr;
}

std::string supported_types() {
    std::string out;
    for (const auto& t : kTypes)
        out += (out.empty() ? "" : ", ") + std::string(t.type);
    return out;
}

std::string generated_name(const Output& out, const std::string& logical_id, std::size_t max_length) {
    const std::string tail = "-" + hash_name(out.stack_name + "/" + logical_id);
    std::string head = out.stack_name + "-" + logical_id;
    if (head.size() + tail.size() > max_length)
        head.resize(max_length > tail.size() ? max_length - tail.size() : 0);
    return head + tail;
}

void add_request(Output& out, const Resource& resource, std::string_view service, std::string_view operation,
                 Json request) {
    out.plan.requests.push_back(Json{{"service", std::string(service)},
                                     {"operation", std::string(operation)},
                                     {"request", std::move(request)},
                                     {"resource", resource.id},
                                     {"type", resource.type}});
}

std::optional<std::string> Properties::text(std::string_view name, bool required) {
    const Json* v = value(name);
    if (!v) {
        if (required) fail(std::string(name), "is required");
        return std::nullopt;
    }
    if (v->is_string()) return v->get<std::string>();
    if (v->is_number()) return to_json_text(*v);
    fail(std::string(name), "must be a string");
    return std::nullopt;
}

std::optional<std::int64_t> Properties::integer(std::string_view name) {
    const Json* v = value(name);
    if (!v) return std::nullopt;
    if (v->is_number_integer()) return v->get<std::int64_t>();
    if (v->is_string()) {
        const std::string s = v->get<std::string>();
        if (!s.empty() && s.size() < 18 && s.find_first_not_of("0123456789") == std::string::npos)
            return std::stoll(s);
    }
    fail(std::string(name), "must be an integer");
    return std::nullopt;
}

std::optional<std::string> Properties::document(std::string_view name, bool required) {
    const Json* v = value(name);
    if (!v) {
        if (required) fail(std::string(name), "is required");
        return std::nullopt;
    }
    if (v->is_object()) return to_json_text(*v);
    if (v->is_string()) {
        auto parsed = parse_json(v->get<std::string>());
        if (parsed && parsed->is_object()) return to_json_text(*parsed);
    }
    fail(std::string(name), "must be a JSON object (or JSON text)");
    return std::nullopt;
}

const Json* Properties::value(std::string_view name) {
    read_.insert(std::string(name));
    auto it = resource_.properties.find(std::string(name));
    if (it == resource_.properties.end() || it->is_null()) return nullptr;
    return &*it;
}

void Properties::ignore(std::string_view name, std::string_view why) {
    if (!value(name)) return;
    out_.plan.warnings.push_back(
        CfnIssue{resource_.id, resource_.type, std::string(name), "ignored: " + std::string(why)});
}

void Properties::fail(const std::string& property, const std::string& message) {
    if (!error_) error_ = CfnIssue{resource_.id, resource_.type, property, message};
}

std::optional<CfnIssue> Properties::finish() {
    if (error_) return error_;
    for (const auto& [key, v] : resource_.properties.items()) {
        if (!read_.count(key))
            return CfnIssue{resource_.id, resource_.type, key, "is not supported by the playground"};
    }
    return std::nullopt;
}

std::optional<CfnIssue> translate_no_effect(const Resource& resource, Output& out,
                                            CfnAttributes& attributes) {
    std::string why = "has no effect here: it only holds the place of a resource in an empty template";
    if (resource.type == "AWS::Lambda::Permission")
        why = "has no effect here: in the playground every rule may invoke every function";
    if (resource.type == "AWS::Logs::ResourcePolicy")
        why = "has no effect here: in the playground every rule may write to every log group";
    out.plan.warnings.push_back(CfnIssue{resource.id, resource.type, "", why});
    attributes.ref = resource.id;
    return std::nullopt;
}

}  // namespace evb::cfn_import
