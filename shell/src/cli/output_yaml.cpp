// `--output yaml`: the AWS CLI v2's YAMLDumper. A JSON scalar at the top prints as JSON, an empty response
// prints nothing; anything else goes through ruamel.yaml's safe dumper: keys sorted, block style, lists in a
// mapping not indented, empty lists and mappings in flow style, scalars styled by libyaml (yaml_emitter).
#include "code_points.hpp"
#include "output.hpp"
#include "python/python_format.hpp"
#include "yaml_emitter.hpp"

#include <algorithm>

namespace evb::cli {
namespace {

constexpr std::size_t kMaxSimpleKeyBytes = 128;

void emit_node(YamlEmitter& e, const Json& v, bool mapping_context, bool simple_key_context);

void emit_empty(YamlEmitter& e, const Json& v) {
    e.write_indicator(v.is_array() ? "[" : "{", true, true, false);
    e.write_indicator(v.is_array() ? "]" : "}", false, false, false);
}

void emit_sequence(YamlEmitter& e, const Json& list) {
    e.increase_indent(false, e.mapping_context && !e.indention);
    for (const auto& item : list) {
        e.write_indent();
        e.write_indicator("-", true, false, true);
        emit_node(e, item, false, false);
    }
    e.pop_indent();
}

// sorted_keys orders a mapping's keys as Python's sorted() orders str: by code point, which is UTF-8 order.
std::vector<std::string> sorted_keys(const Json& mapping) {
    std::vector<std::string> keys;
    for (const auto& item : mapping.items())
        keys.push_back(item.key());
    std::sort(keys.begin(), keys.end());
    return keys;
}

void emit_mapping(YamlEmitter& e, const Json& mapping) {
    e.increase_indent(false, false);
    for (const auto& key : sorted_keys(mapping)) {
        e.write_indent();
        bool simple = key.size() <= kMaxSimpleKeyBytes && !yaml_multiline(utf8_decode(key));
        if (simple) {
            emit_node(e, Json(key), true, true);
            e.write_indicator(":", false, false, false);
        } else {
            e.write_indicator("?", true, false, true);
            emit_node(e, Json(key), true, false);
            e.write_indent();
            e.write_indicator(":", true, false, true);
        }
        emit_node(e, mapping.at(key), true, false);
    }
    e.pop_indent();
}

// json_scalar prints a scalar as Python's json.dumps(ensure_ascii=False) does.
std::string json_scalar(const Json& v) {
    if (v.is_number_float()) return python_float(v.get<double>());
    return v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string scalar_text(const Json& v) {
    if (v.is_null()) return "null";
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_number_float()) return python_float(v.get<double>());
    return python_str(v);
}

void emit_node(YamlEmitter& e, const Json& v, bool mapping_context, bool simple_key_context) {
    e.mapping_context = mapping_context;
    e.simple_key_context = simple_key_context;
    if ((v.is_array() || v.is_object()) && v.empty())
        emit_empty(e, v);
    else if (v.is_array())
        emit_sequence(e, v);
    else if (v.is_object())
        emit_mapping(e, v);
    else
        e.scalar(scalar_text(v), v.is_string());
}

}  // namespace

std::string format_yaml(const Json& response) {
    if (response.is_object() && response.empty()) return "";
    if (!response.is_array() && !response.is_object()) return json_scalar(response) + "\n";
    YamlEmitter e;
    emit_node(e, response, false, false);
    e.write_indent();
    return e.out;
}

}  // namespace evb::cli
