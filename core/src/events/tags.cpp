// Tags on event buses and rules: TagResource, UntagResource, ListTagsForResource, and the Tags that
// CreateEventBus and PutRule (on creation only) attach.
#include "evb/events/service.hpp"

#include "evb/common/arn.hpp"
#include "support.hpp"

#include <algorithm>

namespace evb {
namespace {

// find_tag returns the tag with key, or tags.end().
Tags::iterator find_tag(Tags& tags, const std::string& key) {
    return std::find_if(tags.begin(), tags.end(), [&](const Tag& t) { return t.key == key; });
}

// not_valid is the ValidationException of an ARN that names no taggable EventBridge resource.
ApiError not_valid(const std::string& arn) {
    return ApiError{"ValidationException", "Parameter ResourceARN is not valid: " + arn + "."};
}

// rule_tags finds the tags of rule/NAME (default bus) or rule/BUS/NAME.
Tags* rule_tags(Account& account, const std::string& path, std::optional<ApiError>& error) {
    const std::size_t slash = path.rfind('/');
    const std::string bus_name = slash == std::string::npos ? "default" : path.substr(0, slash);
    const std::string rule_name = slash == std::string::npos ? path : path.substr(slash + 1);
    EventBus* bus = find_bus(account, bus_name);
    auto it = bus ? bus->rules.find(rule_name) : std::map<std::string, Rule>::iterator{};
    if (!bus || it == bus->rules.end()) {
        error = rule_not_found(rule_name, bus_name);
        return nullptr;
    }
    return &it->second.tags;
}

// tags_of finds the tags of the bus or rule an ARN names, or sets error as AWS words it.
Tags* tags_of(Account& account, const std::string& text, std::optional<ApiError>& error) {
    auto arn = parse_arn(text);
    if (!arn || arn->service != "events") {
        error = not_valid(text);
        return nullptr;
    }
    const std::string& resource = arn->resource;
    if (resource.rfind("event-bus/", 0) == 0) {
        const std::string name = resource.substr(10);
        EventBus* bus = arn->account == account.config.account_id && arn->region == account.config.region
                            ? find_bus(account, name)
                            : nullptr;
        if (!bus) error = bus_not_found(name);
        return bus ? &bus->tags : nullptr;
    }
    if (resource.rfind("rule/", 0) == 0) return rule_tags(account, resource.substr(5), error);
    error = not_valid(text);
    return nullptr;
}

// resource_tags checks a request's ResourceARN (and its list member, when named) and finds the tags of
// the resource it names, or sets error.
Tags* resource_tags(Account& account, const Json& request, std::string_view list,
                    std::optional<ApiError>& error) {
    error = check_shape(request, {{"ResourceARN", FieldKind::kString}});
    if (!error && !list.empty()) error = check_shape(request, {{list, FieldKind::kArray}});
    if (error) return nullptr;
    return tags_of(account, string_field(request, "ResourceARN").value_or(""), error);
}

}  // namespace

std::optional<ApiError> apply_tags(Tags& tags, const Json& request) {
    auto list = request.find("Tags");
    if (list == request.end() || !list->is_array()) return std::nullopt;
    Tags merged = tags;
    for (const auto& tag : *list) {
        auto key = string_field(tag, "Key");
        auto value = string_field(tag, "Value");
        if (!key || !value) return ApiError{"ValidationException", "Parameter Tags is not valid."};
        if (auto it = find_tag(merged, *key); it != merged.end())
            it->value = *value;
        else
            merged.push_back(Tag{*key, *value});
    }
    if (merged.size() > kMaxTagsPerResource) return limit_exceeded();
    tags = std::move(merged);
    return std::nullopt;
}

ApiResult tag_resource(Account& account, const Json& request) {
    std::optional<ApiError> error;
    Tags* tags = resource_tags(account, request, "Tags", error);
    if (!tags) return *error;
    if (auto problem = apply_tags(*tags, request)) return *problem;
    return Json::object();
}

ApiResult untag_resource(Account& account, const Json& request) {
    std::optional<ApiError> error;
    Tags* tags = resource_tags(account, request, "TagKeys", error);
    if (!tags) return *error;
    for (const auto& key : request.value("TagKeys", Json::array())) {
        if (!key.is_string()) continue;
        if (auto it = find_tag(*tags, key.get<std::string>()); it != tags->end()) tags->erase(it);
    }
    return Json::object();
}

ApiResult list_tags_for_resource(Account& account, const Json& request) {
    std::optional<ApiError> error;
    Tags* tags = resource_tags(account, request, "", error);
    if (!tags) return *error;
    return Json{{"Tags", tags_json(*tags)}};
}

}  // namespace evb
