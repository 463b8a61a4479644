// Building each service's operation tables from its AWS model, the CLI's overlay applied; lookups.
#include "operation_model.hpp"

#include "cli_overlay.hpp"
#include "evb/model/service_model.hpp"
#include "model_shapes.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>

namespace evb::cli {
namespace {

ShapePtr empty_structure() {
    auto shape = std::make_shared<Shape>();
    shape->kind = ShapeKind::Structure;
    return shape;
}

ShapePtr structure_of(const model::ServiceModel& model, const std::string& name) {
    ShapePtr shape = name.empty() ? nullptr : shape_from_model(model, name);
    return shape ? shape : empty_structure();
}

// without_member copies a structure without one member (the CLI's --code once --zip-file holds ZipFile).
ShapePtr without_member(const Shape& shape, std::string_view name) {
    auto copy = std::make_shared<Shape>(shape);
    copy->members.erase(std::remove_if(copy->members.begin(), copy->members.end(),
                                       [&](const ShapeMember& m) { return m.name == name; }),
                        copy->members.end());
    return copy;
}

Paginator paginator_of(const model::ServiceModel& model, const std::string& api) {
    const model::Paginator* p = model.paginator(api);
    if (!p || p->input_token.empty() || p->output_token.empty()) return {};
    return Paginator{p->input_token.front(), p->output_token.front(), p->limit_key, p->more_results,
                     p->result_key};
}

bool is_paging_member(const model::Paginator* p, const std::string& member) {
    if (!p) return false;
    return member == p->limit_key ||
           std::find(p->input_token.begin(), p->input_token.end(), member) != p->input_token.end();
}

ParamSpec model_param(const model::ServiceModel& model, const OperationSpec& op, const ShapeMember& m) {
    ParamSpec param;
    param.member = m.name;
    param.flag = "--" + cli_name(m.name);
    std::string_view renamed = renamed_flag(op.service, op.command, param.flag);
    if (!renamed.empty()) param.flag = std::string(renamed);
    param.shape = m.shape;
    param.required = m.required;
    param.undocumented = is_paging_member(model.paginator(op.api), m.name);
    param.resource = resource_of(op.service, op.api, m.name);
    param.help = m.summary;
    return param;
}

// add_zip_file hoists Code.ZipFile into --zip-file as the AWS CLI does for lambda's code uploads.
void add_zip_file(OperationSpec& op, std::string_view structure) {
    for (auto& p : op.params) {
        if (p.member != structure) continue;
        p.required = false;
        p.shape = without_member(*p.shape, "ZipFile");
    }
    ParamSpec zip;
    zip.member = std::string(structure) + ".ZipFile";
    zip.flag = "--zip-file";
    zip.shape = parse_shape("blob");
    zip.help = "The path to the zip file of the " + std::string(structure == "Code" ? "code" : "content") +
               " you are uploading. Specify --zip-file or --" +
               (structure == "Code" ? std::string("code") : std::string("content")) + ", but not both.";
    op.params.push_back(std::move(zip));
}

// add_outfile gives an operation whose response body is a blob the CLI's outfile positional.
void add_outfile(OperationSpec& op, const model::ServiceModel& model, const model::Operation& source) {
    const model::Shape* output = model.shape(source.output);
    if (!output || output->payload.empty()) return;
    const model::Member* payload = output->find_member(output->payload);
    const model::Shape* payload_shape = payload ? model.shape(payload->shape) : nullptr;
    if (!payload_shape || payload_shape->type != model::ShapeType::Blob) return;
    ParamSpec outfile;
    outfile.flag = "outfile";
    outfile.shape = parse_shape("string");
    outfile.required = true;
    outfile.positional = true;
    outfile.help = "Filename where the content will be saved";
    op.params.push_back(std::move(outfile));
    op.output_payload = output->payload;
}

// raw_payload marks an input blob that is the whole HTTP body (Invoke's Payload): sent as raw bytes.
void mark_raw_payload(OperationSpec& op, const model::ServiceModel& model, const model::Operation& source) {
    const model::Shape* input = model.shape(source.input);
    if (!input || input->payload.empty()) return;
    for (auto& p : op.params) {
        if (p.member != input->payload || p.shape->kind != ShapeKind::Blob) continue;
        auto raw = std::make_shared<Shape>(*p.shape);
        raw->raw_payload = true;
        p.shape = raw;
    }
}

// with_newer_members adds the members AWS added after the pinned model (cli_overlay.hpp) to an input.
ShapePtr with_newer_members(const ShapePtr& input, std::string_view service, std::string_view api) {
    auto extra = newer_members(service, api);
    if (extra.empty()) return input;
    auto shape = std::make_shared<Shape>(*input);
    for (const auto& m : extra) {
        auto at = std::find_if(shape->members.begin(), shape->members.end(),
                               [&](const ShapeMember& known) { return known.name == m.after; });
        at = at == shape->members.end() ? shape->members.end() : at + 1;
        shape->members.insert(
            at, ShapeMember{std::string(m.member), parse_shape(m.notation), false, std::string(m.summary)});
    }
    return shape;
}

OperationSpec build_operation(const model::ServiceModel& model, const model::Operation& source) {
    OperationSpec op;
    op.service = model.name;
    op.api = source.name;
    op.command = cli_name(source.name);
    op.summary = source.summary;
    op.input = with_newer_members(structure_of(model, source.input), op.service, op.api);
    op.output = structure_of(model, source.output);
    op.paginator = paginator_of(model, source.name);
    for (const auto& m : op.input->members)
        op.params.push_back(model_param(model, op, m));
    mark_raw_payload(op, model, source);
    add_outfile(op, model, source);
    std::string_view zip = zip_file_member(op.service, op.command);
    if (!zip.empty()) add_zip_file(op, zip);
    return op;
}

std::unique_ptr<ServiceSpec> build_service(const model::ServiceModel& model) {
    auto service = std::make_unique<ServiceSpec>();
    service->name = model.name;
    service->title = model.title;
    for (const auto& [name, source] : model.operations) {
        OperationSpec op = build_operation(model, source);
        if (!command_removed(op.service, op.command)) service->operations.push_back(std::move(op));
    }
    std::sort(service->operations.begin(), service->operations.end(),
              [](const OperationSpec& a, const OperationSpec& b) { return a.command < b.command; });
    return service;
}

// first_caps applies botocore's (.)([A-Z][a-z]+) -> \1-\2, left to right without overlaps.
std::string first_caps(const std::string& s) {
    std::string out;
    std::size_t i = 0;
    auto upper = [&](std::size_t k) {
        return k < s.size() && std::isupper(static_cast<unsigned char>(s[k]));
    };
    auto lower = [&](std::size_t k) {
        return k < s.size() && std::islower(static_cast<unsigned char>(s[k]));
    };
    while (i < s.size()) {
        if (upper(i + 1) && lower(i + 2)) {
            out += s[i];
            out += '-';
            std::size_t j = i + 1;
            out += s[j++];
            while (lower(j))
                out += s[j++];
            i = j;
        } else {
            out += s[i++];
        }
    }
    return out;
}

// end_caps applies botocore's ([a-z0-9])([A-Z]) -> \1-\2, left to right without overlaps.
std::string end_caps(const std::string& s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        bool low = std::islower(c) || std::isdigit(c);
        if (low && i + 1 < s.size() && std::isupper(static_cast<unsigned char>(s[i + 1]))) {
            out += s[i];
            out += '-';
            out += s[i + 1];
            i += 2;
        } else {
            out += s[i++];
        }
    }
    return out;
}

// special_plural splits a trailing run of capitals ending in s ("ARNs" -> "-arns"), as botocore does.
std::string special_plural(std::string s) {
    if (s.size() < 3 || s.back() != 's') return s;
    std::size_t start = s.size() - 1;
    while (start > 0 && std::isupper(static_cast<unsigned char>(s[start - 1])))
        --start;
    if (s.size() - 1 - start < 2) return s;
    std::string tail = s.substr(start);
    for (char& c : tail)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s.substr(0, start) + "-" + tail;
}

}  // namespace

const ParamSpec* OperationSpec::param_by_flag(std::string_view flag) const {
    for (const auto& p : params) {
        if (p.flag == flag) return &p;
    }
    return nullptr;
}

const ParamSpec* OperationSpec::param_by_member(std::string_view member) const {
    for (const auto& p : params) {
        if (p.member == member) return &p;
    }
    return nullptr;
}

const OperationSpec* ServiceSpec::find_command(std::string_view command) const {
    auto it = std::lower_bound(operations.begin(), operations.end(), command,
                               [](const OperationSpec& op, std::string_view c) { return op.command < c; });
    return it != operations.end() && it->command == command ? &*it : nullptr;
}

const std::vector<std::string>& service_names() {
    static const std::vector<std::string> kNames = [] {
        std::vector<std::string> names;
        for (auto name : model::model_services())
            names.emplace_back(name);
        std::sort(names.begin(), names.end());
        return names;
    }();
    return kNames;
}

const ServiceSpec* find_service(std::string_view name) {
    static std::mutex lock;
    static std::map<std::string, std::unique_ptr<ServiceSpec>, std::less<>> built;
    std::lock_guard<std::mutex> guard(lock);
    if (auto it = built.find(name); it != built.end()) return it->second.get();
    const model::ServiceModel* model = model::service_model(name);
    if (!model) return nullptr;
    auto& slot = built[std::string(name)];
    slot = build_service(*model);
    return slot.get();
}

const OperationSpec* find_operation(std::string_view service, std::string_view api) {
    const ServiceSpec* spec = find_service(service);
    if (!spec) return nullptr;
    for (const auto& op : spec->operations) {
        if (op.api == api) return &op;
    }
    return nullptr;
}

std::string cli_name(std::string_view api_name) {
    std::string name(api_name);
    if (name.find('-') != std::string::npos) return name;
    std::string out = end_caps(first_caps(special_plural(name)));
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace evb::cli
