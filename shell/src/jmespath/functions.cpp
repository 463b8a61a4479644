// JMESPath built-in functions (abs ... values), with jmespath.py's arity and type error texts.
#include "ast.hpp"
#include "python/python_format.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace evb::cli {
namespace {

struct Call {
    const std::string& name;
    const std::vector<Json>& args;
    const std::vector<const JmesNode*>& refs;
    JmesRun& run;
    std::string& error;

    Json fail_type(const Json& value, const std::string& expected) {
        if (error.empty()) {
            error = "In function " + name + "(), invalid type for value: " + python_repr(value) +
                    ", expected one of: " + expected + ", received: \"" + jmes_type(value) + "\"";
        }
        return nullptr;
    }

    bool is(const Json& value, std::initializer_list<const char*> types) const {
        std::string type = jmes_type(value);
        return std::any_of(types.begin(), types.end(), [&](const char* t) { return type == t; });
    }

    Json eval_ref(std::size_t i, const Json& element) {
        return refs[i] ? jmes_eval(*refs[i], element, run) : Json();
    }
};

using Function = std::function<Json(Call&)>;

struct Signature {
    std::size_t min_args;
    std::size_t max_args;  // SIZE_MAX for variadic
    Function body;
};

bool all_of_type(const Json& array, const char* type) {
    return std::all_of(array.begin(), array.end(), [&](const Json& v) { return jmes_type(v) == type; });
}

Json number_array_reduce(Call& c, bool average) {
    const Json& list = c.args[0];
    if (!list.is_array() || !all_of_type(list, "number")) return c.fail_type(list, "['array-number']");
    if (list.empty()) return average ? Json() : Json(0);
    double total = 0;
    bool all_ints = true;
    for (const auto& v : list) {
        total += v.get<double>();
        all_ints = all_ints && v.is_number_integer();
    }
    if (average) return total / static_cast<double>(list.size());
    return all_ints && std::fabs(total) < 9e18 ? Json(static_cast<long long>(total)) : Json(total);
}

Json min_max(Call& c, bool want_max) {
    const Json& list = c.args[0];
    if (!list.is_array() || !(all_of_type(list, "number") || all_of_type(list, "string"))) {
        return c.fail_type(list, "['array-number', 'array-string']");
    }
    if (list.empty()) return nullptr;
    auto it =
        want_max ? std::max_element(list.begin(), list.end()) : std::min_element(list.begin(), list.end());
    return *it;
}

Json by_key(Call& c, bool want_max) {
    const Json& list = c.args[0];
    if (!list.is_array()) return c.fail_type(list, "['array']");
    Json best;
    Json best_key;
    for (const auto& element : list) {
        Json key = c.eval_ref(1, element);
        if (!c.is(key, {"number", "string"})) return c.fail_type(key, "['number', 'string']");
        if (best.is_null() || (want_max ? best_key < key : key < best_key)) {
            best = element;
            best_key = key;
        }
    }
    return best;
}

Json sort_by(Call& c) {
    const Json& list = c.args[0];
    if (!list.is_array()) return c.fail_type(list, "['array']");
    std::vector<std::pair<Json, Json>> keyed;
    for (const auto& element : list) {
        Json key = c.eval_ref(1, element);
        if (!c.is(key, {"number", "string"})) return c.fail_type(key, "['number', 'string']");
        keyed.emplace_back(key, element);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    Json out = Json::array();
    for (auto& [key, element] : keyed)
        out.push_back(std::move(element));
    return out;
}

Json to_string_fn(Call& c) {
    const Json& v = c.args[0];
    if (v.is_string()) return v;
    return v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json to_number_fn(Call& c) {
    const Json& v = c.args[0];
    if (v.is_number()) return v;
    if (!v.is_string()) return nullptr;
    auto parsed = parse_json(v.get<std::string>());
    return parsed && parsed->is_number() ? *parsed : Json();
}

Json length_fn(Call& c) {
    const Json& v = c.args[0];
    if (v.is_string()) {
        std::size_t count = 0;
        for (unsigned char ch : v.get_ref<const std::string&>())
            count += (ch & 0xC0) != 0x80;
        return count;
    }
    if (v.is_array() || v.is_object()) return v.size();
    return c.fail_type(v, "['string', 'array', 'object']");
}

Json string_test(Call& c, int mode) {
    if (!c.args[0].is_string()) return c.fail_type(c.args[0], "['string']");
    if (!c.args[1].is_string()) return c.fail_type(c.args[1], "['string']");
    const std::string& s = c.args[0].get_ref<const std::string&>();
    const std::string& t = c.args[1].get_ref<const std::string&>();
    if (mode == 0) return s.size() >= t.size() && s.compare(0, t.size(), t) == 0;
    return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

Json contains_fn(Call& c) {
    const Json& subject = c.args[0];
    if (subject.is_string()) {
        if (!c.args[1].is_string()) return false;
        return subject.get<std::string>().find(c.args[1].get<std::string>()) != std::string::npos;
    }
    if (!subject.is_array()) return c.fail_type(subject, "['array', 'string']");
    return std::find(subject.begin(), subject.end(), c.args[1]) != subject.end();
}

Json join_fn(Call& c) {
    if (!c.args[0].is_string()) return c.fail_type(c.args[0], "['string']");
    const Json& list = c.args[1];
    if (!list.is_array() || !all_of_type(list, "string")) return c.fail_type(list, "['array-string']");
    std::string out;
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? c.args[0].get<std::string>() : "") + list[i].get<std::string>();
    return out;
}

Json keys_values(Call& c, bool keys) {
    const Json& obj = c.args[0];
    if (!obj.is_object()) return c.fail_type(obj, "['object']");
    Json out = Json::array();
    for (const auto& item : obj.items())
        out.push_back(keys ? Json(item.key()) : item.value());
    return out;
}

Json rounding(Call& c, double (*op)(double)) {
    const Json& v = c.args[0];
    if (!v.is_number()) return c.fail_type(v, "['number']");
    if (v.is_number_integer()) return v;
    double r = op(v.get<double>());
    if (std::fabs(r) < 9e18) return static_cast<long long>(r);
    return r;
}

Json abs_fn(Call& c) {
    const Json& v = c.args[0];
    if (!v.is_number()) return c.fail_type(v, "['number']");
    if (v.is_number_float()) return std::fabs(v.get<double>());
    long long n = v.get<long long>();
    if (n == std::numeric_limits<long long>::min()) return -static_cast<double>(n);
    return n < 0 ? -n : n;
}

Json reverse_fn(Call& c) {
    Json v = c.args[0];
    if (v.is_string()) {
        std::string s = v.get<std::string>();
        std::reverse(s.begin(), s.end());
        return s;
    }
    if (!v.is_array()) return c.fail_type(v, "['string', 'array']");
    Json out = Json::array();
    for (auto it = v.rbegin(); it != v.rend(); ++it)
        out.push_back(*it);
    return out;
}

Json sort_fn(Call& c) {
    Json v = c.args[0];
    if (!v.is_array() || !(all_of_type(v, "number") || all_of_type(v, "string"))) {
        return c.fail_type(v, "['array-number', 'array-string']");
    }
    std::vector<Json> items(v.begin(), v.end());
    std::stable_sort(items.begin(), items.end());
    return Json(items);
}

Json merge_fn(Call& c) {
    Json out = Json::object();
    for (const auto& arg : c.args) {
        if (!arg.is_object()) return c.fail_type(arg, "['object']");
        for (const auto& item : arg.items())
            out[item.key()] = item.value();
    }
    return out;
}

Json map_fn(Call& c) {
    const Json& list = c.args[1];
    if (!list.is_array()) return c.fail_type(list, "['array']");
    Json out = Json::array();
    for (const auto& element : list)
        out.push_back(c.refs[0] ? jmes_eval(*c.refs[0], element, c.run) : Json());
    return out;
}

Json not_null_fn(Call& c) {
    for (const auto& arg : c.args) {
        if (!arg.is_null()) return arg;
    }
    return nullptr;
}

const std::map<std::string, Signature>& functions() {
    static const std::map<std::string, Signature> kFunctions = {
        {"abs", {1, 1, abs_fn}},
        {"avg", {1, 1, [](Call& c) { return number_array_reduce(c, true); }}},
        {"ceil", {1, 1, [](Call& c) { return rounding(c, std::ceil); }}},
        {"contains", {2, 2, contains_fn}},
        {"ends_with", {2, 2, [](Call& c) { return string_test(c, 1); }}},
        {"floor", {1, 1, [](Call& c) { return rounding(c, std::floor); }}},
        {"join", {2, 2, join_fn}},
        {"keys", {1, 1, [](Call& c) { return keys_values(c, true); }}},
        {"length", {1, 1, length_fn}},
        {"map", {2, 2, map_fn}},
        {"max", {1, 1, [](Call& c) { return min_max(c, true); }}},
        {"max_by", {2, 2, [](Call& c) { return by_key(c, true); }}},
        {"merge", {1, SIZE_MAX, merge_fn}},
        {"min", {1, 1, [](Call& c) { return min_max(c, false); }}},
        {"min_by", {2, 2, [](Call& c) { return by_key(c, false); }}},
        {"not_null", {1, SIZE_MAX, not_null_fn}},
        {"reverse", {1, 1, reverse_fn}},
        {"sort", {1, 1, sort_fn}},
        {"sort_by", {2, 2, sort_by}},
        {"starts_with", {2, 2, [](Call& c) { return string_test(c, 0); }}},
        {"sum", {1, 1, [](Call& c) { return number_array_reduce(c, false); }}},
        {"to_array",
         {1, 1, [](Call& c) { return c.args[0].is_array() ? c.args[0] : Json::array({c.args[0]}); }}},
        {"to_number", {1, 1, to_number_fn}},
        {"to_string", {1, 1, to_string_fn}},
        {"type", {1, 1, [](Call& c) { return Json(jmes_type(c.args[0])); }}},
        {"values", {1, 1, [](Call& c) { return keys_values(c, false); }}},
    };
    return kFunctions;
}

std::string arity_error(const std::string& name, const Signature& sig, std::size_t received) {
    bool variadic = sig.max_args == SIZE_MAX;
    std::size_t expected = sig.min_args;
    std::string word = expected == 1 ? "argument" : "arguments";
    std::string qualifier = variadic ? "at least " : "";
    return "Expected " + qualifier + std::to_string(expected) + " " + word + " for function " + name +
           "(), received " + std::to_string(received);
}

}  // namespace

Json jmes_call_function(const std::string& name, const std::vector<Json>& args,
                        const std::vector<const JmesNode*>& refs, JmesRun& run) {
    std::string& error = run.error;
    auto it = functions().find(name);
    if (it == functions().end()) {
        if (error.empty()) error = "Unknown function: " + name + "()";
        return nullptr;
    }
    const Signature& sig = it->second;
    if (args.size() < sig.min_args || args.size() > sig.max_args) {
        if (error.empty()) error = arity_error(name, sig, args.size());
        return nullptr;
    }
    Call call{name, args, refs, run, error};
    return sig.body(call);
}

}  // namespace evb::cli
