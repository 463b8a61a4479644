// Request and response templates for --generate-cli-skeleton, in JSON and commented YAML.
#include "skeleton.hpp"

namespace evb::cli {
namespace {

constexpr int kMaxDepth = 32;  // a recursive shape stops here, as botocore's stack check does

Json template_of(const Shape& shape, const std::string& name, bool member_names, int depth) {
    switch (shape.kind) {
        case ShapeKind::String:
            if (member_names) return name;
            return shape.choices.empty() ? Json("") : Json(shape.choices.front());
        case ShapeKind::Integer:
        case ShapeKind::Long:
            return 0;
        case ShapeKind::Double:
            return 0.0;
        case ShapeKind::Boolean:
            return true;
        case ShapeKind::Timestamp:
            return "1970-01-01T00:00:00";
        case ShapeKind::Blob:
            return nullptr;
        case ShapeKind::List:
            return Json::array({template_of(*shape.element, member_names ? shape.element->name : "",
                                            member_names, depth + 1)});
        case ShapeKind::Map:
            return Json{{"KeyName", template_of(*shape.element, "", member_names, depth + 1)}};
        case ShapeKind::Structure: {
            Json out = Json::object();
            if (depth > kMaxDepth) return out;
            for (const auto& m : shape.members)
                out[m.name] = template_of(*m.shape, m.name, member_names, depth + 1);
            return out;
        }
    }
    return nullptr;
}

std::string yaml_scalar(const Shape& shape) {
    switch (shape.kind) {
        case ShapeKind::String:
            return shape.choices.empty() ? "''" : shape.choices.front();
        case ShapeKind::Integer:
        case ShapeKind::Long:
            return "0";
        case ShapeKind::Double:
            return "0.0";
        case ShapeKind::Boolean:
            return "true";
        case ShapeKind::Timestamp:
            return "1970-01-01 00:00:00";
        case ShapeKind::Blob:
            return "!!binary ''";
        default:
            return "{}";
    }
}

std::string member_comment(const ShapeMember& m) {
    std::string comment;
    if (m.required) comment = "[REQUIRED]";
    if (!m.summary.empty()) comment += (comment.empty() ? "" : " ") + m.summary;
    if (!m.shape->choices.empty()) {
        std::string values;
        for (const auto& c : m.shape->choices)
            values += (values.empty() ? "" : ", ") + c;
        comment += (comment.empty() ? "" : " ") + std::string("Valid values are: ") + values + ".";
    }
    return comment;
}

struct YamlWriter {
    std::string out;

    static bool is_collection(const Shape& shape) {
        return (shape.kind == ShapeKind::Structure && !shape.members.empty()) ||
               shape.kind == ShapeKind::List || shape.kind == ShapeKind::Map;
    }

    // value writes a value after "key:" (the key indented by indent), then its children.
    void value(const Shape& shape, const std::string& indent, const std::string& comment, int depth) {
        if (!is_collection(shape) || depth > kMaxDepth) {
            out += " " + yaml_scalar(shape) + comment + "\n";
            return;
        }
        out += comment + "\n";
        if (shape.kind == ShapeKind::Structure) mapping(shape, indent + "  ", indent + "  ", depth);
        if (shape.kind == ShapeKind::Map) {
            out += indent + "  KeyName:";
            value(*shape.element, indent + "  ", "", depth + 1);
        }
        if (shape.kind == ShapeKind::List) list_item(*shape.element, indent, depth);
    }

    // list_item writes a list's one element, at its key's indentation as the CLI's YAML printer does.
    void list_item(const Shape& element, const std::string& indent, int depth) {
        if (element.kind == ShapeKind::Structure && !element.members.empty()) {
            mapping(element, indent + "- ", indent + "  ", depth + 1);
        } else if (is_collection(element)) {
            out += indent + "-";
            value(element, indent, "", depth + 1);
        } else {
            out += indent + "- " + yaml_scalar(element) + "\n";
        }
    }

    // mapping writes a structure's members; the first line starts with first, the others with rest.
    void mapping(const Shape& shape, const std::string& first, const std::string& rest, int depth) {
        bool is_first = true;
        for (const auto& m : shape.members) {
            std::string comment = member_comment(m);
            if (!comment.empty()) comment = std::string(is_first ? "  # " : " # ") + comment;
            out += (is_first ? first : rest) + m.name + ":";
            value(*m.shape, rest, comment, depth + 1);
            is_first = false;
        }
    }
};

}  // namespace

Json skeleton_for(const Shape& shape) {
    return template_of(shape, "", false, 0);
}

Json output_skeleton(const Shape& shape) {
    return template_of(shape, "", true, 0);
}

std::string yaml_input_skeleton(const Shape& shape) {
    if (shape.kind != ShapeKind::Structure || shape.members.empty()) return "{}\n";
    YamlWriter writer;
    writer.mapping(shape, "", "", 0);
    return writer.out;
}

}  // namespace evb::cli
