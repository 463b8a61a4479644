// Request templates for --generate-cli-skeleton.
#include "skeleton.hpp"

namespace evb::cli {

Json skeleton_for(const Shape& shape) {
    switch (shape.kind) {
        case ShapeKind::String:
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
            return Json::array({skeleton_for(*shape.element)});
        case ShapeKind::Map:
            return Json{{"KeyName", skeleton_for(*shape.element)}};
        case ShapeKind::Structure: {
            Json out = Json::object();
            for (const auto& m : shape.members)
                out[m.name] = skeleton_for(*m.shape);
            return out;
        }
    }
    return nullptr;
}

}  // namespace evb::cli
