// format_command: an API request back into the `aws ...` line that makes it. Scalars print as flags,
// structures and lists as JSON, text blobs as raw text under --cli-binary-format raw-in-base64-out,
// and anything the table does not know goes into --cli-input-json, so parsing the line gives back the
// request.
#include "evb/shell.hpp"

#include "cli/base64.hpp"
#include "cli/operation_model.hpp"
#include "interpreter/tokenizer.hpp"

namespace evb {
namespace {

using cli::ShapeKind;

std::string compact(const Json& value) {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool is_paramfile(const std::string& s) {
    return s.rfind("file://", 0) == 0 || s.rfind("fileb://", 0) == 0;
}

bool is_printable_text(const std::string& bytes) {
    for (unsigned char c : bytes) {
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') return false;
    }
    Json probe = bytes;
    return probe.dump(-1, ' ', false, Json::error_handler_t::replace) ==
           probe.dump(-1, ' ', false, Json::error_handler_t::ignore);
}

// flag_word writes `--flag value`, or `--flag=value` when the value could be mistaken for a flag.
std::string flag_word(const std::string& flag, const std::string& value) {
    if (!value.empty() && value[0] == '-') return " " + cli::shell_quote(flag + "=" + value);
    return " " + flag + " " + cli::shell_quote(value);
}

bool strings_are_plain(const Json& list) {
    for (const auto& e : list) {
        if (!e.is_string()) return false;
        const std::string& s = e.get_ref<const std::string&>();
        if (s.empty() || s[0] == '-' || s[0] == '[' || s[0] == '{' || s[0] == ' ' || is_paramfile(s))
            return false;
    }
    return !list.empty();
}

// Decides, member by member, how to print a request.
struct Printer {
    const cli::OperationSpec& op;
    bool raw_blobs = false;
    std::string line;
    Json leftovers = Json::object();

    // blob_bytes returns a blob member's bytes: raw payloads are stored as they are, others as base64.
    static std::optional<std::string> blob_bytes(const cli::ParamSpec& p, const Json& value) {
        if (!value.is_string()) return std::nullopt;
        if (p.shape->raw_payload) return value.get<std::string>();
        auto bytes = cli::decode_base64(value.get<std::string>());
        if (bytes && cli::encode_base64(*bytes) != value.get<std::string>()) return std::nullopt;
        return bytes;
    }

    bool blob_is_text(const cli::ParamSpec& p, const Json& value) const {
        auto bytes = blob_bytes(p, value);
        return bytes && is_printable_text(*bytes) && !bytes->empty() && (*bytes)[0] != '-' &&
               !is_paramfile(*bytes);
    }

    bool printable(const cli::ParamSpec& p, const Json& value) const {
        ShapeKind kind = p.shape->kind;
        if (kind == ShapeKind::String) return value.is_string() && !is_paramfile(value.get<std::string>());
        if (kind == ShapeKind::Integer || kind == ShapeKind::Long) return value.is_number_integer();
        if (kind == ShapeKind::Boolean) return value.is_boolean();
        if (kind == ShapeKind::Blob) return blob_bytes(p, value).has_value();
        if (kind == ShapeKind::List) return value.is_array() && !value.empty();
        if (kind == ShapeKind::Structure || kind == ShapeKind::Map) return value.is_object();
        return false;
    }

    void print(const cli::ParamSpec& p, const Json& value) {
        ShapeKind kind = p.shape->kind;
        if (kind == ShapeKind::Boolean) {
            line += value.get<bool>() ? " " + p.flag : " --no-" + p.flag.substr(2);
        } else if (kind == ShapeKind::String) {
            line += flag_word(p.flag, value.get<std::string>());
        } else if (kind == ShapeKind::Integer || kind == ShapeKind::Long) {
            line += flag_word(p.flag, value.dump());
        } else if (kind == ShapeKind::Blob) {
            std::string bytes = *blob_bytes(p, value);
            std::string text = raw_blobs ? bytes : cli::encode_base64(bytes);
            line += flag_word(p.flag, text);
        } else if (kind == ShapeKind::List && cli::is_scalar(p.shape->element->kind) &&
                   p.shape->element->kind == ShapeKind::String && strings_are_plain(value)) {
            line += " " + p.flag;
            for (const auto& e : value)
                line += " " + cli::shell_quote(e.get<std::string>());
        } else {
            line += " " + p.flag + " " + cli::shell_quote(compact(value));
        }
    }

    void decide_blob_format(const Json& request) {
        bool any_blob = false;
        bool all_text = true;
        for (const auto& item : request.items()) {
            const cli::ParamSpec* p = op.param_by_member(item.key());
            if (!p || p->shape->kind != ShapeKind::Blob) continue;
            any_blob = true;
            all_text = all_text && blob_is_text(*p, item.value());
        }
        raw_blobs = any_blob && all_text;
    }

    std::string run(const Json& request) {
        decide_blob_format(request);
        line = "aws " + op.service + " " + op.command;
        if (raw_blobs) line += " --cli-binary-format raw-in-base64-out";
        for (const auto& item : request.items()) {
            const cli::ParamSpec* p = op.param_by_member(item.key());
            if (p && !p->positional && printable(*p, item.value()))
                print(*p, item.value());
            else
                leftovers[item.key()] = item.value();
        }
        if (!leftovers.empty()) line += " --cli-input-json " + cli::shell_quote(compact(leftovers));
        for (const auto& p : op.params) {
            if (p.positional) line += " " + cli::shell_quote(p.flag == "outfile" ? "response.json" : p.flag);
        }
        return line;
    }
};

}  // namespace

std::string format_command(std::string_view service, std::string_view operation, const Json& request) {
    const cli::OperationSpec* op = cli::find_operation(service, operation);
    if (!op) {
        return "# no CLI command for " + std::string(service) + " " + std::string(operation);
    }
    if (!request.is_object()) return "aws " + op->service + " " + op->command;
    Printer printer{*op, false, "", Json::object()};
    return printer.run(request);
}

}  // namespace evb

namespace evb {

std::string quote_word(std::string_view word) {
    return cli::shell_quote(word);
}

}  // namespace evb
