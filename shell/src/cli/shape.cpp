// Parser for the shape notation of shape.hpp.
#include "shape.hpp"

#include <cctype>

namespace evb::cli {
namespace {

struct NotationParser {
    std::string_view text;
    std::size_t pos = 0;

    bool eat(char c) {
        if (pos < text.size() && text[pos] == c) {
            ++pos;
            return true;
        }
        return false;
    }

    bool eat_word(std::string_view word) {
        if (text.substr(pos, word.size()) != word) return false;
        pos += word.size();
        return true;
    }

    std::string name() {
        std::size_t start = pos;
        while (pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '_'))
            ++pos;
        return std::string(text.substr(start, pos - start));
    }

    ShapePtr container(ShapeKind kind) {
        auto shape = std::make_shared<Shape>();
        shape->kind = kind;
        shape->element = parse();
        if (!shape->element || !eat('>')) return nullptr;
        return shape;
    }

    ShapePtr structure() {
        auto shape = std::make_shared<Shape>();
        shape->kind = ShapeKind::Structure;
        do {
            ShapeMember member;
            member.name = name();
            member.required = eat('!');
            if (member.name.empty() || !eat(':')) return nullptr;
            member.shape = parse();
            if (!member.shape) return nullptr;
            shape->members.push_back(std::move(member));
        } while (eat(','));
        return eat('}') ? shape : nullptr;
    }

    ShapePtr string_shape() {
        auto shape = std::make_shared<Shape>();
        if (eat('(')) {
            do {
                std::size_t start = pos;
                while (pos < text.size() && text[pos] != '|' && text[pos] != ')')
                    ++pos;
                shape->choices.emplace_back(text.substr(start, pos - start));
            } while (eat('|'));
            if (!eat(')')) return nullptr;
        }
        return shape;
    }

    ShapePtr scalar(ShapeKind kind) {
        auto shape = std::make_shared<Shape>();
        shape->kind = kind;
        return shape;
    }

    ShapePtr parse() {
        if (eat_word("list<")) return container(ShapeKind::List);
        if (eat_word("map<")) return container(ShapeKind::Map);
        if (eat('{')) return structure();
        if (eat_word("string")) return string_shape();
        if (eat_word("integer")) return scalar(ShapeKind::Integer);
        if (eat_word("long")) return scalar(ShapeKind::Long);
        if (eat_word("double")) return scalar(ShapeKind::Double);
        if (eat_word("boolean")) return scalar(ShapeKind::Boolean);
        if (eat_word("timestamp")) return scalar(ShapeKind::Timestamp);
        if (eat_word("blob")) return scalar(ShapeKind::Blob);
        if (eat_word("payload")) {
            auto shape = std::make_shared<Shape>();
            shape->kind = ShapeKind::Blob;
            shape->raw_payload = true;
            return shape;
        }
        return nullptr;
    }
};

}  // namespace

const ShapeMember* Shape::member(std::string_view name) const {
    for (const auto& m : members) {
        if (m.name == name) return &m;
    }
    return nullptr;
}

ShapePtr parse_shape(std::string_view notation) {
    NotationParser parser{notation, 0};
    ShapePtr shape = parser.parse();
    return parser.pos == notation.size() ? shape : nullptr;
}

bool is_scalar(ShapeKind kind) {
    return kind != ShapeKind::List && kind != ShapeKind::Map && kind != ShapeKind::Structure;
}

std::string shape_type_name(ShapeKind kind) {
    switch (kind) {
        case ShapeKind::String:
            return "string";
        case ShapeKind::Integer:
            return "integer";
        case ShapeKind::Long:
            return "long";
        case ShapeKind::Double:
            return "double";
        case ShapeKind::Boolean:
            return "boolean";
        case ShapeKind::Timestamp:
            return "timestamp";
        case ShapeKind::Blob:
            return "blob";
        case ShapeKind::List:
            return "list";
        case ShapeKind::Map:
            return "map";
        case ShapeKind::Structure:
            return "structure";
    }
    return "string";
}

}  // namespace evb::cli
