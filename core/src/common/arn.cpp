#include "evb/common/arn.hpp"

#include <vector>

namespace evb {
namespace {

// join concatenates pieces.
std::string join(std::initializer_list<std::string_view> pieces) {
    std::string out;
    for (auto piece : pieces)
        out += piece;
    return out;
}

}  // namespace

std::optional<Arn> parse_arn(std::string_view text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (int i = 0; i < 5; ++i) {
        const std::size_t colon = text.find(':', start);
        if (colon == std::string_view::npos) return std::nullopt;
        parts.emplace_back(text.substr(start, colon - start));
        start = colon + 1;
    }
    if (parts[0] != "arn" || parts[1].empty() || parts[2].empty() || start >= text.size())
        return std::nullopt;
    return Arn{parts[1], parts[2], parts[3], parts[4], std::string(text.substr(start))};
}

std::string bus_arn(std::string_view region, std::string_view account, std::string_view bus) {
    return join({"arn:aws:events:", region, ":", account, ":event-bus/", bus});
}

std::string rule_arn(std::string_view region, std::string_view account, std::string_view bus,
                     std::string_view rule) {
    if (bus == "default") return join({"arn:aws:events:", region, ":", account, ":rule/", rule});
    return join({"arn:aws:events:", region, ":", account, ":rule/", bus, "/", rule});
}

std::string log_group_arn(std::string_view region, std::string_view account, std::string_view group) {
    return join({"arn:aws:logs:", region, ":", account, ":log-group:", group});
}

std::string log_stream_arn(std::string_view region, std::string_view account, std::string_view group,
                           std::string_view stream) {
    return log_group_arn(region, account, group) + join({":log-stream:", stream});
}

std::string function_arn(std::string_view region, std::string_view account, std::string_view function) {
    return join({"arn:aws:lambda:", region, ":", account, ":function:", function});
}

std::string iam_arn(std::string_view account, std::string_view kind, std::string_view path,
                    std::string_view name) {
    std::string_view inner = path.empty() ? "/" : path;
    return join({"arn:aws:iam::", account, ":", kind, inner, name});
}

std::string assumed_role_arn(std::string_view account, std::string_view role, std::string_view session) {
    return join({"arn:aws:sts::", account, ":assumed-role/", role, "/", session});
}

std::string bus_name_of(std::string_view name_or_arn) {
    auto arn = parse_arn(name_or_arn);
    if (!arn || arn->resource.rfind("event-bus/", 0) != 0) return std::string(name_or_arn);
    return arn->resource.substr(10);
}

std::string function_name_of(std::string_view name_or_arn) {
    std::string_view rest = name_or_arn;
    const std::size_t function_at = rest.find("function:");
    if (function_at != std::string_view::npos) rest = rest.substr(function_at + 9);
    const std::size_t qualifier = rest.find(':');
    return std::string(qualifier == std::string_view::npos ? rest : rest.substr(0, qualifier));
}

}  // namespace evb
