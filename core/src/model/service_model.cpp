// Reading the compact models of tools/gen_models.py, and the lazy per-service cache over the embedded ones.
#include "evb/model/service_model.hpp"

#include "evb/common/json_access.hpp"
#include "model/embedded.hpp"

#include <memory>
#include <mutex>

namespace evb::model {
namespace {

struct TypeName {
    std::string_view name;
    ShapeType type;
};

constexpr TypeName kTypes[] = {
    {"string", ShapeType::String},       {"integer", ShapeType::Integer},
    {"long", ShapeType::Long},           {"float", ShapeType::Float},
    {"double", ShapeType::Double},       {"boolean", ShapeType::Boolean},
    {"timestamp", ShapeType::Timestamp}, {"blob", ShapeType::Blob},
    {"list", ShapeType::List},           {"map", ShapeType::Map},
    {"structure", ShapeType::Structure},
};

std::optional<ShapeType> type_of(const std::string& name) {
    for (const auto& t : kTypes) {
        if (t.name == name) return t.type;
    }
    return std::nullopt;
}

std::vector<std::string> strings(const Json& list) {
    std::vector<std::string> out;
    if (!list.is_array()) return out;
    for (const auto& item : list) {
        if (item.is_string()) out.push_back(item.get<std::string>());
    }
    return out;
}

std::optional<double> optional_number(const Json& object, std::string_view key) {
    const Json& value = member(object, key);
    if (!value.is_number()) return std::nullopt;
    return value.get<double>();
}

Member read_member(const Json& row) {
    Member m;
    if (!row.is_array() || row.size() < 3) return m;
    m.name = row[0].is_string() ? row[0].get<std::string>() : "";
    m.shape = row[1].is_string() ? row[1].get<std::string>() : "";
    m.summary = row[2].is_string() ? row[2].get<std::string>() : "";
    if (row.size() > 3) {
        const Json& traits = row[3];
        m.location = text_member(traits, "location");
        m.location_name = text_member(traits, "locationName");
        m.idempotency_token = member(traits, "idempotencyToken").is_boolean() && traits["idempotencyToken"];
        m.deprecated = member(traits, "deprecated").is_boolean() && traits["deprecated"];
        m.json_value = member(traits, "jsonvalue").is_boolean() && traits["jsonvalue"];
    }
    return m;
}

bool flag(const Json& object, std::string_view key) {
    const Json& value = member(object, key);
    return value.is_boolean() && value.get<bool>();
}

std::optional<Shape> read_shape(const std::string& name, const Json& j) {
    auto type = type_of(text_member(j, "type"));
    if (!type) return std::nullopt;
    Shape s;
    s.name = name;
    s.type = *type;
    s.min = optional_number(j, "min");
    s.max = optional_number(j, "max");
    s.pattern = text_member(j, "pattern");
    s.enum_values = strings(member(j, "enum"));
    s.required = strings(member(j, "required"));
    s.member = text_member(j, "member");
    s.key = text_member(j, "key");
    s.value = text_member(j, "value");
    s.payload = text_member(j, "payload");
    s.streaming = flag(j, "streaming");
    s.is_union = flag(j, "union");
    s.document = flag(j, "document");
    s.sensitive = flag(j, "sensitive");
    s.exception = flag(j, "exception");
    for (const auto& row : items(j, "members"))
        s.members.push_back(read_member(row));
    return s;
}

Operation read_operation(const std::string& name, const Json& j) {
    Operation op;
    op.name = name;
    op.input = text_member(j, "input");
    op.output = text_member(j, "output");
    op.summary = text_member(j, "summary");
    op.deprecated = flag(j, "deprecated");
    const Json& http = items(j, "http");
    if (http.size() == 2 && http[0].is_string() && http[1].is_string()) {
        op.http_method = http[0].get<std::string>();
        op.request_uri = http[1].get<std::string>();
    }
    return op;
}

Paginator read_paginator(const Json& j) {
    return Paginator{strings(member(j, "input_token")), strings(member(j, "output_token")),
                     strings(member(j, "result_key")), text_member(j, "limit_key"),
                     text_member(j, "more_results")};
}

Waiter read_waiter(const std::string& name, const Json& j) {
    return Waiter{name, text_member(j, "operation"), static_cast<int>(number_member(j, "delay")),
                  static_cast<int>(number_member(j, "maxAttempts")), items(j, "acceptors")};
}

template <typename Fn>
void each_entry(const Json& object, Fn&& fn) {
    if (!object.is_object()) return;
    for (const auto& item : object.items())
        fn(item.key(), item.value());
}

}  // namespace

const Member* Shape::find_member(std::string_view name) const {
    for (const auto& m : members) {
        if (m.name == name) return &m;
    }
    return nullptr;
}

bool Shape::is_required(std::string_view name) const {
    for (const auto& r : required) {
        if (r == name) return true;
    }
    return false;
}

const Operation* ServiceModel::operation(std::string_view name) const {
    auto it = operations.find(name);
    return it == operations.end() ? nullptr : &it->second;
}

const Shape* ServiceModel::shape(std::string_view name) const {
    auto it = shapes.find(name);
    return it == shapes.end() ? nullptr : &it->second;
}

const Paginator* ServiceModel::paginator(std::string_view operation) const {
    auto it = paginators.find(operation);
    return it == paginators.end() ? nullptr : &it->second;
}

std::optional<ServiceModel> parse_service_model(std::string_view text) {
    Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !member(j, "operations").is_object()) return std::nullopt;
    ServiceModel model;
    model.name = text_member(j, "name");
    model.title = text_member(j, "title");
    model.version = text_member(j, "version");
    model.protocol = text_member(j, "protocol");
    bool valid = true;
    each_entry(member(j, "shapes"), [&](const std::string& name, const Json& s) {
        auto shape = read_shape(name, s);
        if (!shape) valid = false;
        if (shape) model.shapes.emplace(name, std::move(*shape));
    });
    each_entry(member(j, "operations"), [&](const std::string& name, const Json& op) {
        model.operations.emplace(name, read_operation(name, op));
    });
    each_entry(member(j, "paginators"), [&](const std::string& name, const Json& p) {
        model.paginators.emplace(name, read_paginator(p));
    });
    each_entry(member(j, "waiters"), [&](const std::string& name, const Json& w) {
        model.waiters.emplace(name, read_waiter(name, w));
    });
    if (!valid) return std::nullopt;
    return model;
}

const ServiceModel* service_model(std::string_view service) {
    // The embedded models never change, so parsing one once and keeping it is a cache of constants, not
    // state: every World sees the same tables.
    static std::mutex lock;
    static std::map<std::string, std::unique_ptr<ServiceModel>, std::less<>> loaded;
    std::lock_guard<std::mutex> guard(lock);
    if (auto it = loaded.find(service); it != loaded.end()) return it->second.get();
    std::string_view text = embedded_model_text(service);
    if (text.empty()) return nullptr;
    auto parsed = parse_service_model(text);
    auto& slot = loaded[std::string(service)];
    if (parsed) slot = std::make_unique<ServiceModel>(std::move(*parsed));
    return slot.get();
}

const std::vector<std::string_view>& model_services() {
    return embedded_services();
}

std::string_view shape_type_name(ShapeType type) {
    for (const auto& t : kTypes) {
        if (t.type == type) return t.name;
    }
    return "string";
}

}  // namespace evb::model
