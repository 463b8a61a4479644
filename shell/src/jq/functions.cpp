// jq's builtins in the subset: select, map, length, keys, has, to_entries, first, last, tostring,
// tonumber, ascii_downcase, ascii_upcase, join, split, type, empty, not, add, sort, sort_by, values, tojson.
#include "functions.hpp"
#include "evaluate.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace evb::jq {
namespace {

const std::set<std::string>& builtins() {
    static const std::set<std::string> kBuiltins = {
        "empty/0",          "not/0",          "length/0", "keys/0",  "keys_unsorted/0", "has/1",
        "to_entries/0",     "first/0",        "last/0",   "first/1", "tostring/0",      "tonumber/0",
        "ascii_downcase/0", "ascii_upcase/0", "join/1",   "split/1", "type/0",          "add/0",
        "sort/0",           "sort_by/1",      "select/1", "map/1",   "values/0",        "tojson/0"};
    return kBuiltins;
}

std::size_t code_points(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool add_values(Evaluator& ev, Json& sum, const Json& v);

}  // namespace

bool is_builtin(const std::string& name, std::size_t arity) {
    return builtins().count(name + "/" + std::to_string(arity)) > 0;
}

namespace {

// add_values adds v to sum as jq's `+` does (null is the identity).
bool add_values(Evaluator& ev, Json& sum, const Json& v) {
    if (sum.is_null()) {
        sum = v;
    } else if (v.is_null()) {
    } else if (sum.is_number() && v.is_number()) {
        if (sum.is_number_integer() && v.is_number_integer())
            sum = sum.get<std::int64_t>() + v.get<std::int64_t>();
        else
            sum = sum.get<double>() + v.get<double>();
    } else if (sum.is_string() && v.is_string()) {
        sum = sum.get<std::string>() + v.get<std::string>();
    } else if (sum.is_array() && v.is_array()) {
        for (const auto& item : v)
            sum.push_back(item);
    } else if (sum.is_object() && v.is_object()) {
        for (const auto& item : v.items())
            sum[item.key()] = item.value();
    } else {
        return ev.fail(describe(sum) + " and " + describe(v) + " cannot be added");
    }
    return ev.charge(sum);
}

}  // namespace

bool Evaluator::call(const Node& node, const Json& in, std::vector<Json>& out) {
    const std::string& f = node.name;
    auto each_arg = [&](std::vector<Json>& values) { return eval(node.kids[0], in, values); };
    if (f == "empty") return true;
    if (f == "not") return out.push_back(!truthy(in)), true;
    if (f == "type") return out.push_back(type_name(in)), true;
    if (f == "select") {
        std::vector<Json> conditions;
        if (!each_arg(conditions)) return false;
        for (const auto& c : conditions)
            if (truthy(c)) out.push_back(in);
        return true;
    }
    if (f == "first" && !node.kids.empty()) {
        std::vector<Json> values;
        bool ok = each_arg(values);
        if (!values.empty()) return out.push_back(values.front()), true;
        return ok;
    }
    if (f == "values") {
        if (!in.is_null()) out.push_back(in);
        return true;
    }
    if (f == "length") {
        if (in.is_null()) return out.push_back(0), true;
        if (in.is_boolean()) return fail(describe(in) + " has no length");
        if (in.is_number()) return out.push_back(std::fabs(in.get<double>())), true;
        if (in.is_string()) return out.push_back(code_points(in.get<std::string>())), true;
        return out.push_back(in.size()), true;
    }
    if (f == "keys" || f == "keys_unsorted" || f == "to_entries") {
        if (!in.is_object() && !in.is_array()) return fail(describe(in) + " has no keys");
        Json keys = Json::array();
        if (in.is_array()) {
            for (std::size_t i = 0; i < in.size(); ++i)
                keys.push_back(i);
        } else {
            for (const auto& item : in.items())
                keys.push_back(item.key());
            if (f == "keys")
                std::sort(keys.begin(), keys.end(),
                          [](const Json& a, const Json& b) { return compare(a, b) < 0; });
        }
        if (f != "to_entries") return out.push_back(std::move(keys)), true;
        Json entries = Json::array();
        for (const auto& k : keys)
            entries.push_back(Json{
                {"key", k}, {"value", k.is_string() ? in[k.get<std::string>()] : in[k.get<std::size_t>()]}});
        return charge(entries) && (out.push_back(std::move(entries)), true);
    }
    if (f == "has") {
        std::vector<Json> keys;
        if (!each_arg(keys)) return false;
        for (const auto& k : keys) {
            if (in.is_object() && k.is_string()) {
                out.push_back(in.contains(k.get<std::string>()));
            } else if (in.is_array() && k.is_number()) {
                out.push_back(k.get<double>() >= 0 && k.get<double>() < static_cast<double>(in.size()));
            } else {
                return fail("Cannot check whether " + type_name(in) + " has a " + type_name(k) + " key");
            }
        }
        return true;
    }
    if (f == "first" || f == "last") {
        if (in.is_null()) return out.push_back(nullptr), true;
        if (!in.is_array()) return fail("Cannot index " + type_name(in) + " with number");
        if (in.empty()) return out.push_back(nullptr), true;
        return out.push_back(f == "first" ? in.front() : in.back()), true;
    }
    if (f == "tostring" || f == "tojson") {
        Json text = f == "tostring" ? to_text(in) : to_json_text(in);
        return charge(text) && (out.push_back(std::move(text)), true);
    }
    if (f == "tonumber") {
        if (in.is_number()) return out.push_back(in), true;
        if (!in.is_string()) return fail(describe(in) + " cannot be parsed as a number");
        auto n = parse_json(in.get<std::string>());
        if (!n || !n->is_number()) return fail("Cannot parse '" + in.get<std::string>() + "' as a number");
        return out.push_back(*n), true;
    }
    if (f == "ascii_downcase" || f == "ascii_upcase") {
        if (!in.is_string()) return fail("explode input must be a string");
        std::string s = in.get<std::string>();
        for (auto& c : s)
            if (f == "ascii_downcase" ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z')) c ^= 0x20;
        return out.push_back(std::move(s)), true;
    }
    if (f == "split") {
        std::vector<Json> seps;
        if (!each_arg(seps)) return false;
        for (const auto& sep : seps) {
            if (!in.is_string() || !sep.is_string()) return fail("split input and separator must be strings");
            const std::string& s = in.get_ref<const std::string&>();
            const std::string& by = sep.get_ref<const std::string&>();
            Json parts = Json::array();
            if (by.empty()) {
                for (std::size_t i = 0; i < s.size();) {
                    std::size_t n = 1;
                    while (i + n < s.size() && (s[i + n] & 0xC0) == 0x80)
                        ++n;
                    parts.push_back(s.substr(i, n));
                    i += n;
                }
            } else if (!s.empty()) {
                std::size_t start = 0, at;
                while ((at = s.find(by, start)) != std::string::npos) {
                    parts.push_back(s.substr(start, at - start));
                    start = at + by.size();
                }
                parts.push_back(s.substr(start));
            }
            if (!charge(parts)) return false;
            out.push_back(std::move(parts));
        }
        return true;
    }
    if (f == "join") {
        std::vector<Json> seps;
        if (!each_arg(seps)) return false;
        for (const auto& sep : seps) {
            if (!in.is_array() && !in.is_object()) return fail("Cannot iterate over " + describe(in));
            Json text = nullptr;
            for (const auto& item : in) {
                Json piece = item.is_null() ? Json("") : item.is_string() ? item : Json(nullptr);
                if (item.is_number() || item.is_boolean()) piece = to_json_text(item);
                if (!add_values(*this, text, text.is_null() ? Json("") : sep)) return false;
                if (piece.is_null())
                    return fail(describe(text) + " and " + describe(item) + " cannot be added");
                if (!add_values(*this, text, piece)) return false;
            }
            out.push_back(text.is_null() ? Json("") : text);
        }
        return true;
    }
    if (f == "add") {
        if (!in.is_array() && !in.is_object()) return fail("Cannot iterate over " + describe(in));
        Json sum = nullptr;
        for (const auto& item : in)
            if (!add_values(*this, sum, item)) return false;
        return out.push_back(std::move(sum)), true;
    }
    if (f == "map") {
        if (!in.is_array() && !in.is_object()) return fail("Cannot iterate over " + describe(in));
        Json mapped = Json::array();
        for (const auto& item : in) {
            std::vector<Json> values;
            if (!eval(node.kids[0], item, values)) return false;
            for (auto& v : values)
                mapped.push_back(std::move(v));
        }
        return charge(mapped) && (out.push_back(std::move(mapped)), true);
    }
    // sort and sort_by
    if (!in.is_array()) return fail(describe(in) + " cannot be sorted, as it is not an array");
    std::vector<std::pair<Json, Json>> keyed;
    for (const auto& item : in) {
        Json key = Json::array();
        if (f == "sort_by") {
            std::vector<Json> values;
            if (!eval(node.kids[0], item, values)) return false;
            for (auto& v : values)
                key.push_back(std::move(v));
        }
        keyed.emplace_back(f == "sort_by" ? std::move(key) : item, item);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return compare(a.first, b.first) < 0; });
    Json sorted = Json::array();
    for (auto& entry : keyed)
        sorted.push_back(std::move(entry.second));
    return charge(sorted) && (out.push_back(std::move(sorted)), true);
}

}  // namespace evb::jq
