// The operation catalogue: builds each table row into an OperationSpec and looks operations up.
#include "operation_model.hpp"

#include <algorithm>
#include <cctype>

namespace evb::cli {
namespace {

ParamSpec make_param(const ParamRow& row) {
    ParamSpec param;
    std::string name = row.name;
    if (!name.empty() && name.back() == '!') {
        param.required = true;
        name.pop_back();
    }
    if (name.size() > 2 && name.front() == '<' && name.back() == '>') {
        param.positional = true;
        param.flag = name.substr(1, name.size() - 2);
    } else if (auto arrow = name.find('>'); arrow != std::string::npos) {
        param.member = name.substr(0, arrow);
        param.flag = name.substr(arrow + 1);
    } else {
        param.member = name;
        param.flag = "--" + cli_name(name);
    }
    param.shape = parse_shape(row.shape);
    param.resource = row.resource;
    param.help = row.help;
    return param;
}

ServiceSpec make_service(const char* name, const char* title, std::vector<OperationSpec> operations) {
    std::sort(operations.begin(), operations.end(),
              [](const OperationSpec& a, const OperationSpec& b) { return a.command < b.command; });
    return ServiceSpec{name, title, std::move(operations)};
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

ShapePtr OperationSpec::request_shape() const {
    auto shape = std::make_shared<Shape>();
    shape->kind = ShapeKind::Structure;
    for (const auto& p : params) {
        if (p.positional || p.member.empty() || p.member.find('.') != std::string::npos) continue;
        shape->members.push_back(ShapeMember{p.member, p.shape, p.required});
    }
    return shape;
}

const OperationSpec* ServiceSpec::find_command(std::string_view command) const {
    for (const auto& op : operations) {
        if (op.command == command) return &op;
    }
    return nullptr;
}

OperationSpec make_operation(const char* service, const char* api, const char* summary,
                             std::initializer_list<ParamRow> rows, Paginator paginator) {
    OperationSpec op;
    op.service = service;
    op.api = api;
    op.command = cli_name(api);
    op.summary = summary;
    for (const auto& row : rows)
        op.params.push_back(make_param(row));
    op.paginator = std::move(paginator);
    return op;
}

const std::vector<ServiceSpec>& services() {
    static const std::vector<ServiceSpec> kServices = {
        make_service("events", "Amazon EventBridge", events_operations()),
        make_service("iam", "AWS Identity and Access Management", iam_operations()),
        make_service("lambda", "AWS Lambda", lambda_operations()),
        make_service("logs", "Amazon CloudWatch Logs", logs_operations()),
    };
    return kServices;
}

const ServiceSpec* find_service(std::string_view name) {
    for (const auto& service : services()) {
        if (service.name == name) return &service;
    }
    return nullptr;
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
    std::string out;
    for (std::size_t i = 0; i < api_name.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(api_name[i]);
        if (std::isupper(c) && i > 0) {
            unsigned char prev = static_cast<unsigned char>(api_name[i - 1]);
            bool next_lower =
                i + 1 < api_name.size() && std::islower(static_cast<unsigned char>(api_name[i + 1]));
            if (std::islower(prev) || std::isdigit(prev) || (std::isupper(prev) && next_lower)) out += '-';
        }
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

}  // namespace evb::cli
