// Server-side request validation over AWS's models. Each service's shapes are compiled once into nodes
// (members resolved, patterns compiled, texts prepared); a request is then walked without building a string
// unless something fails, so PutEvents stays cheap.
#include "evb/model/request_validation.hpp"

#include "evb/model/pattern_check.hpp"
#include "evb/model/service_model.hpp"

#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace evb::model {
namespace {

// Enums whose values AWS has extended since the pinned models (AWS CLI 2.9.19): the model's list would
// refuse what AWS accepts today, so they are not checked here; the services check them with the current
// values (events' rule states, Lambda's runtimes).
struct ShapeName {
    std::string_view service;
    std::string_view shape;
};
constexpr ShapeName kEnumsNewerThanModel[] = {{"events", "RuleState"}, {"lambda", "Runtime"}};

struct Node;

// Field is a structure member as the walk needs it: its request name, its name in error paths, its rules.
struct Field {
    std::string name;
    std::string path_name;
    const Node* node = nullptr;
    bool required = false;
};

struct Node {
    ShapeType type = ShapeType::String;
    bool anything = false;  // documents and blobs: any JSON value is taken as it comes
    bool sensitive = false;
    std::optional<double> min;
    std::optional<double> max;
    std::unique_ptr<PatternCheck> pattern;
    std::string pattern_text;
    std::vector<std::string> enum_values;
    std::string enum_text;  // "[A, B]"
    std::vector<Field> fields;
    const Node* element = nullptr;  // a list's members, a map's values
    const Node* key = nullptr;      // a map's keys
};

// lower_camel is a member's name in an error path ("EventBusName" -> "eventBusName").
std::string lower_camel(std::string_view name) {
    std::string out(name);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

std::string number_text(double value) {
    if (std::floor(value) == value && std::fabs(value) < 1e18)
        return std::to_string(static_cast<long long>(value));
    return to_json_text(Json(value));
}

bool newer_enum(std::string_view service, std::string_view shape) {
    for (const auto& e : kEnumsNewerThanModel) {
        if (e.service == service && e.shape == shape) return true;
    }
    return false;
}

// ServiceRules compiles a service model's shapes into nodes on first use and keeps them.
class ServiceRules {
  public:
    explicit ServiceRules(const ServiceModel& model) : model_(model) {}

    // root returns the node of an operation's input, or null when the model has no such operation.
    const Node* root(std::string_view operation) {
        if (auto it = roots_.find(operation); it != roots_.end()) return it->second;
        const Operation* op = model_.operation(operation);
        const Node* node = op && !op->input.empty() ? compile(op->input) : nullptr;
        roots_.emplace(std::string(operation), node);
        return node;
    }

  private:
    const Node* compile(const std::string& name) {
        if (auto it = nodes_.find(name); it != nodes_.end()) return it->second.get();
        auto& slot = nodes_[name];
        slot = std::make_unique<Node>();
        Node& node = *slot;
        const Shape* shape = model_.shape(name);
        if (!shape) {
            node.anything = true;
            return &node;
        }
        fill_scalar(node, *shape);
        for (const auto& m : shape->members)
            node.fields.push_back(
                Field{m.name, lower_camel(m.name), compile(m.shape), shape->is_required(m.name)});
        if (shape->type == ShapeType::List) node.element = compile(shape->member);
        if (shape->type == ShapeType::Map) {
            node.key = compile(shape->key);
            node.element = compile(shape->value);
        }
        return &node;
    }

    void fill_scalar(Node& node, const Shape& shape) {
        node.type = shape.type;
        node.anything = shape.document || shape.type == ShapeType::Blob;
        node.sensitive = shape.sensitive;
        node.min = shape.min;
        node.max = shape.max;
        if (!shape.pattern.empty()) {
            node.pattern = std::make_unique<PatternCheck>(shape.pattern);
            node.pattern_text = shape.pattern;
        }
        if (!shape.enum_values.empty() && !newer_enum(model_.name, shape.name)) {
            node.enum_values = shape.enum_values;
            node.enum_text = "[";
            for (std::size_t i = 0; i < shape.enum_values.size(); ++i)
                node.enum_text += (i ? ", " : "") + shape.enum_values[i];
            node.enum_text += "]";
        }
    }

    const ServiceModel& model_;
    std::map<std::string, std::unique_ptr<Node>, std::less<>> nodes_;
    std::map<std::string, const Node*, std::less<>> roots_;
};

// operation_root finds the compiled input of an operation. The models never change, so the compiled rules
// are a cache of constants shared by every World, like service_model's.
const Node* operation_root(std::string_view service, std::string_view operation) {
    static std::mutex lock;
    static std::map<std::string, std::unique_ptr<ServiceRules>, std::less<>> services;
    std::lock_guard<std::mutex> guard(lock);
    auto it = services.find(service);
    if (it == services.end()) {
        const ServiceModel* model = service_model(service);
        if (!model) return nullptr;
        it = services.emplace(std::string(service), std::make_unique<ServiceRules>(*model)).first;
    }
    return it->second->root(operation);
}

// PathStep is one step of the path to a value, rendered only when the value fails ("targets.1.member.id").
struct PathStep {
    const PathStep* parent = nullptr;
    std::string_view name;  // a member's path name or a map key
    std::size_t index = 0;  // a list position (1-based); 0 for a named step
};

std::string render(const PathStep& step) {
    std::string out = step.parent ? render(*step.parent) + "." : std::string();
    if (step.index) return out + std::to_string(step.index) + ".member";
    return out + std::string(step.name);
}

// utf16_length counts a UTF-8 string as Java counts a String's length (UTF-16 code units).
std::size_t utf16_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80) n += c >= 0xF0 ? 2 : 1;
    }
    return n;
}

// Walk collects the failures of one request in the model's member order.
class Walk {
  public:
    void structure(const Node& node, const Json& object, const PathStep* parent, std::string_view top) {
        for (const Field& field : node.fields) {
            const PathStep step{parent, field.path_name, 0};
            auto it = object.find(field.name);
            if (it == object.end() || it->is_null()) {
                if (field.required) fail(step, "null", "Member must not be null");
                continue;
            }
            value(*field.node, *it, step, top.empty() ? std::string_view(field.name) : top);
        }
    }

    std::vector<std::string> failures;
    std::string type_error;  // the top-level member holding a value of the wrong JSON type

  private:
    void value(const Node& node, const Json& v, const PathStep& step, std::string_view top) {
        if (node.anything || v.is_null()) return;
        if (!type_matches(node, v)) {
            if (type_error.empty()) type_error = std::string(top);
            return;
        }
        switch (node.type) {
            case ShapeType::Structure:
                return structure(node, v, &step, top);
            case ShapeType::List:
                return list(node, v, step, top);
            case ShapeType::Map:
                return map(node, v, step, top);
            default:
                return scalar(node, v, step);
        }
    }

    static bool type_matches(const Node& node, const Json& v) {
        switch (node.type) {
            case ShapeType::String:
                return v.is_string();
            case ShapeType::Boolean:
                return v.is_boolean();
            case ShapeType::Timestamp:
                return v.is_number() || v.is_string();
            case ShapeType::List:
                return v.is_array();
            case ShapeType::Map:
            case ShapeType::Structure:
                return v.is_object();
            case ShapeType::Blob:
                return true;
            default:
                return v.is_number();
        }
    }

    void scalar(const Node& node, const Json& v, const PathStep& step) {
        constraints(node, v, [&](const std::string& c) { fail(step, shown(node, v), c); });
    }

    void list(const Node& node, const Json& v, const PathStep& step, std::string_view top) {
        size_bounds(node, v.size(), [&](const std::string& c) { fail(step, shown(node, v), c); });
        if (!node.element) return;
        if (is_container(*node.element)) {
            for (std::size_t i = 0; i < v.size(); ++i)
                value(*node.element, v[i], PathStep{&step, {}, i + 1}, top);
            return;
        }
        // A list of scalars: one failure for the list, naming its members' constraints.
        for (const auto& item : v) {
            if (!item.is_null() && !type_matches(*node.element, item)) {
                if (type_error.empty()) type_error = std::string(top);
                return;
            }
        }
        for (const auto& item : v) {
            if (!item.is_null() && fails(*node.element, item)) {
                return fail(step, shown(node, v),
                            "Member must satisfy constraint: " + all_constraints(*node.element));
            }
        }
    }

    void map(const Node& node, const Json& v, const PathStep& step, std::string_view top) {
        size_bounds(node, v.size(), [&](const std::string& c) { fail(step, shown(node, v), c); });
        bool key_failed = false;
        for (const auto& item : v.items()) {
            if (!key_failed && node.key && fails(*node.key, Json(item.key()))) {
                key_failed = true;
                fail(step, shown(node, v), "Map keys must satisfy constraint: " + all_constraints(*node.key));
            }
        }
        if (!node.element) return;
        for (const auto& item : v.items()) {
            if (item.value().is_null()) continue;
            if (is_container(*node.element)) {
                value(*node.element, item.value(), PathStep{&step, item.key(), 0}, top);
            } else if (!type_matches(*node.element, item.value())) {
                if (type_error.empty()) type_error = std::string(top);
                return;
            } else if (fails(*node.element, item.value())) {
                return fail(step, shown(node, v),
                            "Map value must satisfy constraint: " + all_constraints(*node.element));
            }
        }
    }

    static bool is_container(const Node& node) {
        return node.type == ShapeType::Structure || node.type == ShapeType::List ||
               node.type == ShapeType::Map;
    }

    // constraints reports each constraint of a scalar node that v breaks: pattern, lengths, values, enum.
    template <typename Report>
    static void constraints(const Node& node, const Json& v, Report&& report) {
        if (v.is_string()) {
            const auto& s = v.get_ref<const std::string&>();
            const std::size_t length = utf16_length(s);
            const bool too_long = node.max && static_cast<double>(length) > *node.max;
            if (node.pattern && !too_long && !node.pattern->matches(s))
                report("Member must satisfy regular expression pattern: " + node.pattern_text);
            if (node.type == ShapeType::String) size_bounds(node, length, report);
            if (!node.enum_values.empty() && !is_enum_value(node, s))
                report("Member must satisfy enum value set: " + node.enum_text);
            return;
        }
        if (!v.is_number() || node.type == ShapeType::Timestamp) return;
        const double x = v.get<double>();
        if (node.min && x < *node.min)
            report("Member must have value greater than or equal to " + number_text(*node.min));
        if (node.max && x > *node.max)
            report("Member must have value less than or equal to " + number_text(*node.max));
    }

    template <typename Report>
    static void size_bounds(const Node& node, std::size_t size, Report&& report) {
        const auto n = static_cast<double>(size);
        if (node.min && n < *node.min)
            report("Member must have length greater than or equal to " + number_text(*node.min));
        if (node.max && n > *node.max)
            report("Member must have length less than or equal to " + number_text(*node.max));
    }

    static bool is_enum_value(const Node& node, const std::string& s) {
        for (const auto& e : node.enum_values) {
            if (e == s) return true;
        }
        return false;
    }

    static bool fails(const Node& node, const Json& v) {
        bool failed = false;
        constraints(node, v, [&](const std::string&) { failed = true; });
        return failed;
    }

    // all_constraints lists every constraint of a member shape, as AWS names a list's or map's members'.
    static std::string all_constraints(const Node& node) {
        std::vector<std::string> all;
        const bool text = node.type == ShapeType::String;
        const std::string kind = text ? "length" : "value";
        if (node.max)
            all.push_back("Member must have " + kind + " less than or equal to " + number_text(*node.max));
        if (node.min)
            all.push_back("Member must have " + kind + " greater than or equal to " + number_text(*node.min));
        if (node.pattern)
            all.push_back("Member must satisfy regular expression pattern: " + node.pattern_text);
        if (!node.enum_values.empty()) all.push_back("Member must satisfy enum value set: " + node.enum_text);
        std::string out = "[";
        for (std::size_t i = 0; i < all.size(); ++i)
            out += (i ? ", " : "") + all[i];
        return out + "]";
    }

    // java_text is a value as Java's toString prints it: strings bare, lists "[a, b]", maps "{k=v}"; other
    // objects (structures) as JSON.
    static std::string java_text(const Json& v) {
        if (v.is_string()) return v.get<std::string>();
        if (v.is_number()) return number_text(v.get<double>());
        if (v.is_array()) {
            std::string out = "[";
            for (std::size_t i = 0; i < v.size(); ++i)
                out += (i ? ", " : "") + java_text(v[i]);
            return out + "]";
        }
        return to_json_text(v);
    }

    // shown is a value as the message prints it: quoted, or nothing at all for a sensitive member.
    static std::string shown(const Node& node, const Json& v) {
        if (node.sensitive) return {};
        return "'" + java_text(v) + "'";
    }

    void fail(const PathStep& step, std::string_view value, std::string_view constraint) {
        std::string line = "Value ";
        if (!value.empty()) line += std::string(value) + " ";
        failures.push_back(line + "at '" + render(step) +
                           "' failed to satisfy constraint: " + std::string(constraint));
    }
};

}  // namespace

std::string validation_error_code(std::string_view service) {
    if (service == "logs") return "InvalidParameterException";
    const ServiceModel* model = service_model(service);
    return model && model->protocol == "query" ? "ValidationError" : "ValidationException";
}

std::optional<ApiError> validate_request(std::string_view service, std::string_view operation,
                                         const Json& request) {
    const Node* root = operation_root(service, operation);
    if (!root) return std::nullopt;
    if (!request.is_null() && !request.is_object())
        return ApiError{"SerializationException", "Request body must be a JSON object."};
    Walk walk;
    if (request.is_null()) {
        const Json empty = Json::object();
        walk.structure(*root, empty, nullptr, {});
    } else {
        walk.structure(*root, request, nullptr, {});
    }
    if (!walk.type_error.empty())
        return ApiError{"SerializationException", "Unexpected type for member '" + walk.type_error + "'."};
    if (walk.failures.empty()) return std::nullopt;
    const std::size_t n = walk.failures.size();
    std::string message =
        std::to_string(n) + (n == 1 ? " validation error detected: " : " validation errors detected: ");
    for (std::size_t i = 0; i < n; ++i)
        message += (i ? "; " : "") + walk.failures[i];
    return ApiError{validation_error_code(service), message, 400};
}

}  // namespace evb::model
