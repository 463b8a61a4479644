// JMESPath evaluation: walks the syntax tree over a JSON value as the specification defines it.
#include "jmespath.hpp"

#include "ast.hpp"

#include <limits>
#include <vector>

namespace evb::cli {
namespace {

// Each evaluation step's result may weigh (one per value plus one per string byte) at most kBaseWeight plus
// kInputFactor times the data searched: multiselects of `@` piped into each other multiply at every step,
// so without a bound a short expression asks for exponential memory (AWS's CLI runs out of it). Relative to
// the input, so a projection over a large listing is never refused.
constexpr std::size_t kBaseWeight = 1u << 20;
constexpr std::size_t kInputFactor = 4;

// weight_over returns a value's weight, or limit + 1 as soon as it is seen to pass limit.
std::size_t weight_over(const Json& value, std::size_t limit) {
    std::size_t weight = 0;
    std::vector<const Json*> pending{&value};
    while (!pending.empty()) {
        const Json* v = pending.back();
        pending.pop_back();
        weight += 1 + (v->is_string() ? v->get_ref<const std::string&>().size() : 0);
        if (weight > limit) return limit + 1;
        if (v->is_structured()) {
            for (const auto& child : *v)
                pending.push_back(&child);
        }
    }
    return weight;
}

// bounded returns a value built by an evaluation step, or null with an error when it is over budget.
Json bounded(Json value, JmesRun& run) {
    if (weight_over(value, run.budget) <= run.budget) return value;
    if (run.error.empty()) {
        run.error = "The query's result is larger than the playground allows (" + std::to_string(run.budget) +
                    " values and characters, " + std::to_string(kInputFactor) + " times its input and more).";
    }
    return nullptr;
}

Json eval_index(const JmesNode& node, const Json& current) {
    if (!current.is_array()) return nullptr;
    long long index = node.value.get<long long>();
    long long size = static_cast<long long>(current.size());
    if (index < 0) index += size;
    if (index < 0 || index >= size) return nullptr;
    return current[static_cast<std::size_t>(index)];
}

// clamp_slice_bound turns a slice bound into an index inside [0, size] as Python slicing does.
long long clamp_slice_bound(long long value, long long size, long long step) {
    if (value < 0) {
        value += size;
        if (value < 0) value = step < 0 ? -1 : 0;
    } else if (value >= size) {
        value = step < 0 ? size - 1 : size;
    }
    return value;
}

Json eval_slice(const JmesNode& node, const Json& current) {
    if (!current.is_array()) return nullptr;
    long long size = static_cast<long long>(current.size());
    long long step = node.slice[2].value_or(1);
    long long start =
        node.slice[0] ? clamp_slice_bound(*node.slice[0], size, step) : (step < 0 ? size - 1 : 0);
    long long stop = node.slice[1] ? clamp_slice_bound(*node.slice[1], size, step) : (step < 0 ? -1 : size);
    Json out = Json::array();
    for (long long i = start; step > 0 ? i < stop : i > stop; i += step)
        out.push_back(current[static_cast<std::size_t>(i)]);
    return out;
}

Json project(const JmesNode& rhs, const Json& base, JmesRun& run) {
    if (!base.is_array()) return nullptr;
    Json out = Json::array();
    for (const auto& element : base) {
        Json value = jmes_eval(rhs, element, run);
        if (!value.is_null()) out.push_back(std::move(value));
    }
    return bounded(std::move(out), run);
}

Json eval_value_projection(const JmesNode& node, const Json& current, JmesRun& run) {
    Json base = jmes_eval(*node.children[0], current, run);
    if (!base.is_object()) return nullptr;
    Json values = Json::array();
    for (const auto& item : base.items())
        values.push_back(item.value());
    return project(*node.children[1], values, run);
}

Json eval_flatten(const JmesNode& node, const Json& current, JmesRun& run) {
    Json base = jmes_eval(*node.children[0], current, run);
    if (!base.is_array()) return nullptr;
    Json out = Json::array();
    for (const auto& element : base) {
        if (element.is_array()) {
            for (const auto& inner : element)
                out.push_back(inner);
        } else {
            out.push_back(element);
        }
    }
    return bounded(std::move(out), run);
}

Json eval_filter(const JmesNode& node, const Json& current, JmesRun& run) {
    Json base = jmes_eval(*node.children[0], current, run);
    if (!base.is_array()) return nullptr;
    Json kept = Json::array();
    for (const auto& element : base) {
        if (jmes_truthy(jmes_eval(*node.children[2], element, run))) kept.push_back(element);
    }
    return project(*node.children[1], kept, run);
}

Json eval_comparator(const JmesNode& node, const Json& current, JmesRun& run) {
    Json left = jmes_eval(*node.children[0], current, run);
    Json right = jmes_eval(*node.children[1], current, run);
    if (node.name == "eq") return left == right;
    if (node.name == "ne") return left != right;
    if (!left.is_number() || !right.is_number()) return nullptr;
    double a = left.get<double>();
    double b = right.get<double>();
    if (node.name == "lt") return a < b;
    if (node.name == "lte") return a <= b;
    if (node.name == "gt") return a > b;
    return a >= b;
}

Json eval_function(const JmesNode& node, const Json& current, JmesRun& run) {
    std::vector<Json> args;
    std::vector<const JmesNode*> refs;
    for (const auto& child : node.children) {
        bool is_ref = child->kind == JmesKind::Expref;
        args.push_back(is_ref ? Json() : jmes_eval(*child, current, run));
        refs.push_back(is_ref ? child->children[0].get() : nullptr);
    }
    return bounded(jmes_call_function(node.name, args, refs, run), run);
}

Json eval_multi_select(const JmesNode& node, const Json& current, JmesRun& run) {
    if (current.is_null()) return nullptr;
    if (node.kind == JmesKind::MultiSelectList) {
        Json out = Json::array();
        for (const auto& child : node.children)
            out.push_back(jmes_eval(*child, current, run));
        return bounded(std::move(out), run);
    }
    Json out = Json::object();
    for (std::size_t i = 0; i < node.children.size(); ++i)
        out[node.keys[i]] = jmes_eval(*node.children[i], current, run);
    return bounded(std::move(out), run);
}

}  // namespace

bool jmes_truthy(const Json& value) {
    if (value.is_null()) return false;
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_string()) return !value.get_ref<const std::string&>().empty();
    if (value.is_array() || value.is_object()) return !value.empty();
    return true;
}

std::string jmes_type(const Json& value) {
    if (value.is_string()) return "string";
    if (value.is_number()) return "number";
    if (value.is_boolean()) return "boolean";
    if (value.is_array()) return "array";
    if (value.is_object()) return "object";
    return "null";
}

Json jmes_eval(const JmesNode& node, const Json& current, JmesRun& run) {
    if (!run.error.empty()) return nullptr;  // the first error ends the evaluation
    switch (node.kind) {
        case JmesKind::Identity:
        case JmesKind::Current:
            return current;
        case JmesKind::Literal:
            return node.value;
        case JmesKind::Field: {
            if (!current.is_object()) return nullptr;
            auto it = current.find(node.name);
            return it == current.end() ? Json() : *it;
        }
        case JmesKind::Subexpression:
        case JmesKind::IndexExpression:
        case JmesKind::Pipe: {
            Json value = current;
            for (const auto& child : node.children)
                value = jmes_eval(*child, value, run);
            return value;
        }
        case JmesKind::Index:
            return eval_index(node, current);
        case JmesKind::Slice:
            return eval_slice(node, current);
        case JmesKind::Projection:
            return project(*node.children[1], jmes_eval(*node.children[0], current, run), run);
        case JmesKind::ValueProjection:
            return eval_value_projection(node, current, run);
        case JmesKind::Flatten:
            return eval_flatten(node, current, run);
        case JmesKind::FilterProjection:
            return eval_filter(node, current, run);
        case JmesKind::MultiSelectList:
        case JmesKind::MultiSelectHash:
            return eval_multi_select(node, current, run);
        case JmesKind::Or: {
            Json left = jmes_eval(*node.children[0], current, run);
            return jmes_truthy(left) ? left : jmes_eval(*node.children[1], current, run);
        }
        case JmesKind::And: {
            Json left = jmes_eval(*node.children[0], current, run);
            return jmes_truthy(left) ? jmes_eval(*node.children[1], current, run) : left;
        }
        case JmesKind::Not:
            return !jmes_truthy(jmes_eval(*node.children[0], current, run));
        case JmesKind::Comparator:
            return eval_comparator(node, current, run);
        case JmesKind::Function:
            return eval_function(node, current, run);
        case JmesKind::Expref:
            return nullptr;
    }
    return nullptr;
}

JmesPath JmesPath::compile(std::string_view expression) {
    JmesPath path;
    path.root_ = jmes_parse(expression, path.error_);
    return path;
}

Json JmesPath::search(const Json& data, std::string* error) const {
    if (!root_) return nullptr;
    JmesRun run;
    run.budget = kBaseWeight + kInputFactor * weight_over(data, std::numeric_limits<std::size_t>::max() / 8);
    Json result = jmes_eval(*root_, data, run);
    if (!run.error.empty()) {
        if (error) *error = run.error;
        return nullptr;
    }
    return result;
}

}  // namespace evb::cli
