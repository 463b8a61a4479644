// flatten_event (see flatten.hpp): one pass over the event text with JsonScanner; subtrees whose path no
// pattern field starts with are skipped (still checked for syntax). Arrays add no path segment: every element
// flattens at the array's path. An object or array element remembers its position for array-consistent
// matching; a scalar element does not (event-ruler's rule: `"p": [{"q": "z"}, 1]` gives p.q and p no common
// array position, so a pattern on both matches).
#include "evb/pattern/flatten.hpp"

#include "evb/pattern/json_scanner.hpp"
#include "evb/pattern/numeric.hpp"

#include <functional>

namespace evb {
namespace {

class Flattener {
  public:
    Flattener(std::string_view json, const PathIndex& index, FlatEvent& out)
        : json_(json), scanner_(json), index_(index), out_(out) {}

    bool run() {
        if (scanner_.next() != JsonToken::kStartObject) return fail_not_object();
        if (!walk_object(0)) return fail_syntax();
        if (!scanner_.at_root_end()) {
            out_.error = "Unexpected content after the event object";
            return false;
        }
        return true;
    }

  private:
    bool fail_not_object() {
        out_.error = scanner_.failed() ? scanner_.error() : "The event is not a JSON object";
        return false;
    }

    bool fail_syntax() {
        out_.error = scanner_.error();
        return false;
    }

    bool walk_object(std::size_t path_length) {
        for (;;) {
            const JsonToken token = scanner_.next();
            if (token == JsonToken::kEndObject) return true;
            if (token != JsonToken::kFieldName) return false;
            path_.resize(path_length);
            if (path_length != 0) path_.push_back('.');
            path_ += scanner_.name();
            const PathEntry* entry = index_.find(path_);
            if (!walk_value(scanner_.next(), entry, path_.size())) return false;
        }
    }

    bool walk_array(const PathEntry* entry, std::size_t path_length) {
        const std::uint32_t array = next_array_++;
        std::uint32_t position = 0;
        for (;;) {
            const JsonToken token = scanner_.next();
            if (token == JsonToken::kEndArray) return true;
            const bool nested = token == JsonToken::kStartObject || token == JsonToken::kStartArray;
            if (nested) open_steps_.push_back(ArrayStep{array, position});
            ++position;
            const bool ok = walk_value(token, entry, path_length);
            if (nested) open_steps_.pop_back();
            if (!ok) return false;
        }
    }

    bool walk_value(JsonToken token, const PathEntry* entry, std::size_t path_length) {
        switch (token) {
            case JsonToken::kStartObject:
                if (entry && entry->is_prefix) return walk_object(path_length);
                return scanner_.skip_children();
            case JsonToken::kStartArray:
                if (entry) return walk_array(entry, path_length);
                return scanner_.skip_children();
            case JsonToken::kString:
            case JsonToken::kNumber:
            case JsonToken::kTrue:
            case JsonToken::kFalse:
            case JsonToken::kNull:
                return !entry || entry->id < 0 || add_leaf(token, static_cast<std::uint32_t>(entry->id));
            default:
                return false;
        }
    }

    bool add_leaf(JsonToken token, std::uint32_t path) {
        FlatField field;
        field.path = path;
        if (!leaf_value(token, field.value)) return false;
        field.steps_begin = static_cast<std::uint32_t>(out_.steps.size());
        out_.steps.insert(out_.steps.end(), open_steps_.begin(), open_steps_.end());
        field.steps_end = static_cast<std::uint32_t>(out_.steps.size());
        out_.fields.push_back(field);
        return true;
    }

    bool leaf_value(JsonToken token, EventValue& value) {
        if (token == JsonToken::kString) {
            value.type = ValueType::kString;
            std::string_view text;
            if (!scanner_.string_value(text)) return false;
            value.text = views_input(text) ? text : std::string_view(out_.owned.emplace_front(text));
        } else if (token == JsonToken::kNumber) {
            value.type = ValueType::kNumber;
            value.text = scanner_.number_text();
            value.number = precise_number(value.text);
        } else {
            value.type = token == JsonToken::kTrue    ? ValueType::kTrue
                         : token == JsonToken::kFalse ? ValueType::kFalse
                                                      : ValueType::kNull;
            value.text = token == JsonToken::kTrue ? "true" : token == JsonToken::kFalse ? "false" : "null";
        }
        return true;
    }

    bool views_input(std::string_view text) const {
        const std::less_equal<const char*> not_after;
        return not_after(json_.data(), text.data()) &&
               not_after(text.data() + text.size(), json_.data() + json_.size());
    }

    std::string_view json_;
    JsonScanner scanner_;
    const PathIndex& index_;
    FlatEvent& out_;
    std::string path_;
    std::vector<ArrayStep> open_steps_;
    std::uint32_t next_array_ = 0;
};

}  // namespace

bool flatten_event(std::string_view json, const PathIndex& index, FlatEvent& out) {
    return Flattener(json, index, out).run();
}

}  // namespace evb
