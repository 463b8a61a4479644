// The jq evaluator: paths, iteration, pipes, construction and the binary operators; builtins live in
// functions.cpp.
#include "evaluate.hpp"

#include <algorithm>
#include <cmath>

namespace evb::jq {
namespace {

int type_rank(const Json& v) {
    if (v.is_null()) return 0;
    if (v.is_boolean()) return v.get<bool>() ? 2 : 1;
    if (v.is_number()) return 3;
    if (v.is_string()) return 4;
    if (v.is_array()) return 5;
    return 6;
}

std::vector<std::string> sorted_keys(const Json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    std::sort(keys.begin(), keys.end());
    return keys;
}

// weigh counts a value's nodes and string bytes and returns its nesting depth.
int weigh(const Json& v, std::size_t& weight) {
    weight += 1 + (v.is_string() ? v.get_ref<const std::string&>().size() / 16 : 0);
    int depth = 0;
    if (v.is_array() || v.is_object())
        for (const auto& child : v)
            depth = std::max(depth, weigh(child, weight) + 1);
    return depth;
}

}  // namespace

bool truthy(const Json& v) {
    return !(v.is_null() || (v.is_boolean() && !v.get<bool>()));
}

std::string type_name(const Json& v) {
    static const char* kNames[] = {"null", "boolean", "boolean", "number", "string", "array", "object"};
    return kNames[type_rank(v)];
}

std::string to_text(const Json& v) {
    return v.is_string() ? v.get<std::string>() : to_json_text(v);
}

std::string describe(const Json& v) {
    std::string text = to_json_text(v);
    if (text.size() > 14) text = text.substr(0, 11) + "...";
    return type_name(v) + " (" + text + ")";
}

int compare(const Json& a, const Json& b) {
    int ra = type_rank(a), rb = type_rank(b);
    if (ra != rb) return ra < rb ? -1 : 1;
    if (a.is_number()) {
        double x = a.get<double>(), y = b.get<double>();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.is_string()) {
        int c = a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (a.is_array()) {
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
            if (int c = compare(a[i], b[i])) return c;
        return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
    }
    if (a.is_object()) {
        auto ka = sorted_keys(a), kb = sorted_keys(b);
        if (ka != kb) return ka < kb ? -1 : 1;
        for (const auto& k : ka)
            if (int c = compare(a.at(k), b.at(k))) return c;
    }
    return 0;
}

bool Evaluator::fail(std::string message) {
    error_ = std::move(message);
    return false;
}

bool Evaluator::fatal(std::string message) {
    fatal_ = true;
    return fail(std::move(message));
}

bool Evaluator::charge(const Json& value) {
    std::size_t weight = 0;
    if (weigh(value, weight) > kMaxJsonDepth)
        return fatal("value nests deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    work_ += weight;
    if (work_ > kMaxWork)
        return fatal("filter does too much work (more than " + std::to_string(kMaxWork) + " units)");
    return true;
}

bool Evaluator::eval(const Node& node, const Json& input, std::vector<Json>& out) {
    if (++work_ > kMaxWork)
        return fatal("filter does too much work (more than " + std::to_string(kMaxWork) + " units)");
    switch (node.op) {
        case Op::Identity:
            out.push_back(input);
            return true;
        case Op::Literal:
            out.push_back(node.value);
            return true;
        case Op::Field:
        case Op::Index:
        case Op::Slice:
        case Op::Iterate:
            return eval_path(node, input, out);
        case Op::Optional: {
            if (eval(node.kids[0], input, out) || fatal_) return !fatal_;
            error_.clear();
            return true;
        }
        case Op::Pipe: {
            std::vector<Json> left;
            bool ok = eval(node.kids[0], input, left);
            for (const auto& value : left)
                if (!eval(node.kids[1], value, out)) return false;
            return ok;
        }
        case Op::Comma:
            return eval(node.kids[0], input, out) && eval(node.kids[1], input, out);
        case Op::Collect: {
            Json array = Json::array();
            if (!node.kids.empty()) {
                std::vector<Json> items;
                if (!eval(node.kids[0], input, items)) return false;
                for (auto& item : items)
                    array.push_back(std::move(item));
            }
            if (!charge(array)) return false;
            out.push_back(std::move(array));
            return true;
        }
        case Op::Object: {
            Json partial = Json::object();
            return eval_object(node, 0, input, partial, out);
        }
        case Op::Interpolate:
            return eval_interpolate(node, 0, input, "", out);
        case Op::Call:
            return call(node, input, out);
        default:
            return eval_binary(node, input, out);
    }
}

bool Evaluator::eval_path(const Node& node, const Json& input, std::vector<Json>& out) {
    std::vector<Json> targets;
    if (!eval(node.kids[0], input, targets)) return false;
    for (const auto& t : targets) {
        if (node.op == Op::Iterate) {
            if (!t.is_array() && !t.is_object()) return fail("Cannot iterate over " + describe(t));
            for (const auto& v : t)
                out.push_back(v);
            continue;
        }
        if (node.op == Op::Field) {
            if (t.is_null()) {
                out.push_back(nullptr);
            } else if (!t.is_object()) {
                return fail("Cannot index " + type_name(t) + " with string \"" + node.name + "\"");
            } else {
                auto it = t.find(node.name);
                out.push_back(it == t.end() ? Json(nullptr) : *it);
            }
            continue;
        }
        std::vector<Json> indexes;
        if (!eval(node.kids[1], input, indexes)) return false;
        for (const auto& i : indexes) {
            if (node.op == Op::Slice) {
                std::vector<Json> ends;
                if (!eval(node.kids[2], input, ends)) return false;
                for (const auto& e : ends) {
                    if (t.is_null()) {
                        out.push_back(nullptr);
                        continue;
                    }
                    if ((!t.is_array() && !t.is_string()) || !(i.is_null() || i.is_number()) ||
                        !(e.is_null() || e.is_number()))
                        return fail("Cannot index " + type_name(t) + " with object");
                    double size = t.is_array() ? t.size() : t.get_ref<const std::string&>().size();
                    auto clamp = [&](const Json& bound, double open) {
                        double b = bound.is_null() ? open : std::floor(bound.get<double>());
                        if (b < 0) b += size;
                        return static_cast<std::size_t>(std::clamp(b, 0.0, size));
                    };
                    std::size_t from = clamp(i, 0), to = std::max(from, clamp(e, size));
                    if (t.is_string()) {
                        out.push_back(t.get_ref<const std::string&>().substr(from, to - from));
                    } else {
                        out.push_back(Json(t.begin() + static_cast<std::ptrdiff_t>(from),
                                           t.begin() + static_cast<std::ptrdiff_t>(to)));
                    }
                }
                continue;
            }
            if (t.is_null() && (i.is_number() || i.is_string())) {
                out.push_back(nullptr);
            } else if (t.is_object() && i.is_string()) {
                auto it = t.find(i.get<std::string>());
                out.push_back(it == t.end() ? Json(nullptr) : *it);
            } else if (t.is_array() && i.is_number()) {
                double at = std::floor(i.get<double>());
                if (at < 0) at += static_cast<double>(t.size());
                out.push_back(at >= 0 && at < static_cast<double>(t.size()) ? t[static_cast<std::size_t>(at)]
                                                                            : Json(nullptr));
            } else if (i.is_string()) {
                return fail("Cannot index " + type_name(t) + " with string \"" + i.get<std::string>() + "\"");
            } else {
                return fail("Cannot index " + type_name(t) + " with " + type_name(i));
            }
        }
    }
    return true;
}

bool Evaluator::eval_binary(const Node& node, const Json& input, std::vector<Json>& out) {
    std::vector<Json> left;
    if (node.op == Op::Alternative) {
        bool ok = eval(node.kids[0], input, left);
        if (!ok && fatal_) return false;
        bool any = false;
        for (auto& v : left)
            if (truthy(v)) {
                out.push_back(std::move(v));
                any = true;
            }
        return any || (error_.clear(), eval(node.kids[1], input, out));
    }
    if (node.op == Op::Compare) {
        std::vector<Json> right;
        if (!eval(node.kids[1], input, right) || !eval(node.kids[0], input, left)) return false;
        for (const auto& r : right)
            for (const auto& l : left) {
                int c = compare(l, r);
                const std::string& o = node.name;
                out.push_back(o == "=="   ? c == 0
                              : o == "!=" ? c != 0
                              : o == "<"  ? c < 0
                              : o == "<=" ? c <= 0
                              : o == ">"  ? c > 0
                                          : c >= 0);
            }
        return true;
    }
    if (!eval(node.kids[0], input, left)) return false;
    bool is_and = node.op == Op::And;
    for (const auto& l : left) {
        if (truthy(l) != is_and) {
            out.push_back(!is_and);
            continue;
        }
        std::vector<Json> right;
        if (!eval(node.kids[1], input, right)) return false;
        for (const auto& r : right)
            out.push_back(truthy(r));
    }
    return true;
}

bool Evaluator::eval_object(const Node& node, std::size_t from, const Json& input, Json& partial,
                            std::vector<Json>& out) {
    if (from == node.kids.size()) {
        if (!charge(partial)) return false;
        out.push_back(partial);
        return true;
    }
    std::vector<Json> keys, values;
    if (!eval(node.kids[from], input, keys) || !eval(node.kids[from + 1], input, values)) return false;
    for (const auto& k : keys) {
        if (!k.is_string()) return fail("Object keys must be strings");
        for (const auto& v : values) {
            Json next = partial;
            next[k.get<std::string>()] = v;
            if (!eval_object(node, from + 2, input, next, out)) return false;
        }
    }
    return true;
}

bool Evaluator::eval_interpolate(const Node& node, std::size_t from, const Json& input,
                                 const std::string& partial, std::vector<Json>& out) {
    if (from == node.kids.size()) {
        Json text = partial;
        if (!charge(text)) return false;
        out.push_back(std::move(text));
        return true;
    }
    std::vector<Json> parts;
    if (!eval(node.kids[from], input, parts)) return false;
    for (const auto& p : parts)
        if (!eval_interpolate(node, from + 1, input, partial + to_text(p), out)) return false;
    return true;
}

}  // namespace evb::jq
