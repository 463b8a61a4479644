// Turning model shapes into CLI shape trees, memoised per service and shape name.
#include "model_shapes.hpp"

#include <map>
#include <mutex>
#include <set>
#include <string>

namespace evb::cli {
namespace {

ShapeKind kind_of(model::ShapeType type) {
    switch (type) {
        case model::ShapeType::String:
            return ShapeKind::String;
        case model::ShapeType::Integer:
            return ShapeKind::Integer;
        case model::ShapeType::Long:
            return ShapeKind::Long;
        case model::ShapeType::Float:
        case model::ShapeType::Double:
            return ShapeKind::Double;
        case model::ShapeType::Boolean:
            return ShapeKind::Boolean;
        case model::ShapeType::Timestamp:
            return ShapeKind::Timestamp;
        case model::ShapeType::Blob:
            return ShapeKind::Blob;
        case model::ShapeType::List:
            return ShapeKind::List;
        case model::ShapeType::Map:
            return ShapeKind::Map;
        case model::ShapeType::Structure:
            return ShapeKind::Structure;
    }
    return ShapeKind::String;
}

struct Builder {
    const model::ServiceModel& service;
    std::map<std::string, ShapePtr, std::less<>>& built;
    std::set<std::string, std::less<>> open;  // shapes being built: a recursive reference stops here

    ShapePtr build(std::string_view name) {
        if (auto it = built.find(name); it != built.end()) return it->second;
        const model::Shape* source = service.shape(name);
        if (!source || open.count(name)) return nullptr;
        open.emplace(name);
        auto shape = std::make_shared<Shape>();
        fill(*shape, *source);
        open.erase(open.find(name));
        built.emplace(std::string(name), shape);
        return shape;
    }

    void fill(Shape& shape, const model::Shape& source) {
        shape.kind = kind_of(source.type);
        shape.name = source.name;
        shape.type_name = std::string(model::shape_type_name(source.type));
        shape.choices = source.enum_values;
        shape.min = source.min;
        shape.is_union = source.is_union;
        shape.document = source.document;
        if (source.type == model::ShapeType::List) shape.element = element(source.member);
        if (source.type == model::ShapeType::Map) {
            shape.element = element(source.value);
            shape.key = element(source.key);
        }
        for (const auto& m : source.members) {
            ShapePtr member = build(m.shape);
            if (!member) member = element("");
            shape.members.push_back(ShapeMember{m.name, member, source.is_required(m.name), m.summary});
        }
    }

    // element builds a referenced shape; an unknown or recursive one becomes a document.
    ShapePtr element(std::string_view name) {
        if (ShapePtr shape = build(name)) return shape;
        auto document = std::make_shared<Shape>();
        document->kind = ShapeKind::Structure;
        document->document = true;
        return document;
    }
};

}  // namespace

ShapePtr shape_from_model(const model::ServiceModel& service, std::string_view shape_name) {
    static std::mutex lock;
    static std::map<std::string, std::map<std::string, ShapePtr, std::less<>>, std::less<>> cache;
    std::lock_guard<std::mutex> guard(lock);
    Builder builder{service, cache[service.name], {}};
    return builder.build(shape_name);
}

}  // namespace evb::cli
