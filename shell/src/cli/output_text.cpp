// `--output text`: the AWS CLI's text.py rules, re-expressed. Scalars of a dict go on one tab-separated
// line (keys sorted); nested lists and dicts follow with their key upper-cased as the line's identifier.
#include "output.hpp"
#include "python/python_format.hpp"

#include <set>
#include <vector>

namespace evb::cli {
namespace {

bool is_container(const Json& v) {
    return v.is_object() || v.is_array();
}

void format_any(const Json& item, std::string& out, const std::string* identifier,
                const std::vector<std::string>* scalar_keys);

std::string upper(const std::string& text) {
    std::string out = text;
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

void format_scalar_list(const std::vector<Json>& elements, const std::string* identifier, std::string& out) {
    if (identifier) {
        for (const auto& e : elements)
            out += upper(*identifier) + "\t" + python_str(e) + "\n";
        return;
    }
    for (std::size_t i = 0; i < elements.size(); ++i)
        out += (i ? "\t" : "") + python_str(elements[i]);
    out += "\n";
}

std::vector<std::string> all_scalar_keys(const Json& list) {
    std::set<std::string> keys;
    for (const auto& element : list) {
        if (!element.is_object()) continue;
        for (const auto& item : element.items()) {
            if (!is_container(item.value())) keys.insert(item.key());
        }
    }
    return {keys.begin(), keys.end()};
}

void format_list(const Json& list, std::string& out, const std::string* identifier) {
    if (list.empty()) return;
    bool any_dict = false;
    bool any_list = false;
    for (const auto& e : list) {
        any_dict = any_dict || e.is_object();
        any_list = any_list || e.is_array();
    }
    if (any_dict) {
        auto keys = all_scalar_keys(list);
        for (const auto& e : list)
            format_any(e, out, identifier, &keys);
        return;
    }
    std::vector<Json> scalars;
    std::vector<Json> nested;
    for (const auto& e : list)
        (is_container(e) ? nested : scalars).push_back(e);
    if (!any_list || !scalars.empty()) format_scalar_list(scalars, identifier, out);
    for (const auto& e : nested)
        format_any(e, out, identifier, nullptr);
}

void format_dict(const Json& dict, std::string& out, const std::string* identifier,
                 const std::vector<std::string>* scalar_keys) {
    std::vector<std::string> scalars;
    std::vector<std::pair<std::string, Json>> nested;
    std::set<std::string> sorted_keys;
    for (const auto& item : dict.items())
        sorted_keys.insert(item.key());
    if (!scalar_keys) {
        for (const auto& key : sorted_keys) {
            const Json& v = dict.at(key);
            if (is_container(v))
                nested.emplace_back(key, v);
            else
                scalars.push_back(python_str(v));
        }
    } else {
        for (const auto& key : *scalar_keys)
            scalars.push_back(dict.contains(key) ? python_str(dict.at(key)) : "");
        std::set<std::string> listed(scalar_keys->begin(), scalar_keys->end());
        for (const auto& key : sorted_keys) {
            if (!listed.count(key)) nested.emplace_back(key, dict.at(key));
        }
    }
    if (!scalars.empty()) {
        if (identifier) scalars.insert(scalars.begin(), upper(*identifier));
        for (std::size_t i = 0; i < scalars.size(); ++i)
            out += (i ? "\t" : "") + scalars[i];
        out += "\n";
    }
    for (const auto& [key, value] : nested)
        format_any(value, out, &key, nullptr);
}

void format_any(const Json& item, std::string& out, const std::string* identifier,
                const std::vector<std::string>* scalar_keys) {
    if (item.is_object())
        format_dict(item, out, identifier, scalar_keys);
    else if (item.is_array())
        format_list(item, out, identifier);
    else
        out += python_str(item) + "\n";
}

}  // namespace

std::string format_text(const Json& response) {
    std::string out;
    format_any(response, out, nullptr, nullptr);
    return out;
}

}  // namespace evb::cli
