// Tests for shell/src/interpreter/format_command.cpp: every operation's request prints as an aws line that
// parses back to the same request.
#include "../../../shell/src/cli/aws_command.hpp"
#include "../../../shell/src/cli/base64.hpp"
#include "../../../shell/src/cli/operation_model.hpp"
#include "../../../shell/src/interpreter/tokenizer.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using evb::Json;
using evb::cli::Shape;
using evb::cli::ShapeKind;

namespace {

// at_least lengthens a sample string to a shape's minimum length.
std::string at_least(std::string text, const Shape& shape) {
    while (shape.min && static_cast<double>(text.size()) < *shape.min)
        text += text;
    return text;
}

// sample builds a value for a shape that botocore's validation accepts (minimums met, one member of a
// tagged union); variant picks alternative spellings (booleans, awkward strings).
Json sample(const Shape& shape, int variant) {
    static const char* const kStrings[] = {"plain",
                                           "it's a \"quoted\" value",
                                           "-starts-with-dash",
                                           "{\"account\":[\"1\"]}",
                                           "file://not-a-file",
                                           "[x]",
                                           "tab\tand\nnewline",
                                           "$LATEST"};
    switch (shape.kind) {
        case ShapeKind::String:
            return at_least(kStrings[variant % 8], shape);
        case ShapeKind::Integer:
        case ShapeKind::Long:
            return std::max<long long>(5 + variant, shape.min ? static_cast<long long>(*shape.min) : 0);
        case ShapeKind::Double:
            return std::max(1.5, shape.min.value_or(0.0));
        case ShapeKind::Boolean:
            return variant % 2 == 0;
        case ShapeKind::Timestamp:
            return 1597568951 + variant;
        case ShapeKind::Blob:
            return evb::cli::encode_base64(variant % 2 ? std::string("\x00\x01zip", 5)
                                                       : std::string("{\"k\": 1}"));
        case ShapeKind::List: {
            Json out = Json::array({sample(*shape.element, variant), sample(*shape.element, variant + 1)});
            while (shape.min && static_cast<double>(out.size()) < *shape.min)
                out.push_back(sample(*shape.element, variant));
            return out;
        }
        case ShapeKind::Map:
            return Json{{"k1", sample(*shape.element, variant)}};
        case ShapeKind::Structure: {
            Json out = Json::object();
            for (const auto& m : shape.members) {
                out[m.name] = sample(*m.shape, variant);
                if (shape.is_union) break;
            }
            return out;
        }
    }
    return nullptr;
}

Json parse_line(const std::string& line, const evb::Workspace& workspace) {
    auto parsed = evb::cli::parse_command_line(line);
    REQUIRE_MESSAGE(parsed.error.empty(), parsed.error);
    auto words = parsed.items.at(0).pipeline.commands.at(0).words;
    REQUIRE(words.size() >= 3);
    auto request = evb::cli::build_request(words[1], words[2], {words.begin() + 3, words.end()}, workspace);
    if (auto* error = std::get_if<evb::ShellResult>(&request)) FAIL(error->err);
    return std::get<Json>(request);
}

// same_members compares two requests as JSON objects (member order is not part of a request's meaning).
bool same_members(const Json& a, const Json& b) {
    return nlohmann::json::parse(a.dump()) == nlohmann::json::parse(b.dump());
}

}  // namespace

TEST_CASE("format_command prints the tutorial's put-rule") {
    Json request = {{"Name", "manual-order-rule"},
                    {"EventPattern", "{\"account\":[\"803943555226\"]}"},
                    {"State", "ENABLED"},
                    {"EventBusName", "manual-order-bus"}};
    CHECK(evb::format_command("events", "PutRule", request) ==
          "aws events put-rule --name manual-order-rule --event-pattern '{\"account\":[\"803943555226\"]}' "
          "--state ENABLED --event-bus-name manual-order-bus");
}

TEST_CASE("format_command prints text payloads raw and structures as JSON") {
    Json request = {{"FunctionName", "f"}, {"Payload", "{\"a\":1}"}};
    CHECK(evb::format_command("lambda", "Invoke", request) ==
          "aws lambda invoke --cli-binary-format raw-in-base64-out --function-name f --payload '{\"a\":1}' "
          "response.json");
    Json targets = {{"Rule", "r"}, {"Targets", Json::array({{{"Id", "1"}, {"Arn", "arn:x"}}})}};
    CHECK(evb::format_command("events", "PutTargets", targets) ==
          "aws events put-targets --rule r --targets '[{\"Id\":\"1\",\"Arn\":\"arn:x\"}]'");
}

TEST_CASE("format_command output parses back to the same request for every operation") {
    evb::Workspace workspace;
    for (const auto& name : evb::cli::service_names()) {
        const auto* service = evb::cli::find_service(name);
        REQUIRE(service != nullptr);
        for (const auto& op : service->operations) {
            for (int variant = 0; variant < 8; ++variant) {
                Json request = sample(*op.request_shape(), variant);
                std::string line = evb::format_command(op.service, op.api, request);
                CAPTURE(line);
                CHECK(same_members(parse_line(line, workspace), request));
            }
            Json minimal = Json::object();
            for (const auto& m : op.input->members) {
                if (m.required) minimal[m.name] = sample(*m.shape, 0);
            }
            std::string line = evb::format_command(op.service, op.api, minimal);
            CAPTURE(line);
            CHECK(same_members(parse_line(line, workspace), minimal));
        }
    }
}

TEST_CASE("every operation of the models has a valid shape and a unique flag per parameter") {
    for (const auto& name : evb::cli::service_names()) {
        const auto* service = evb::cli::find_service(name);
        REQUIRE(service != nullptr);
        for (const auto& op : service->operations) {
            std::set<std::string> flags;
            for (const auto& p : op.params) {
                CAPTURE(op.command);
                CAPTURE(p.flag);
                CHECK(p.shape != nullptr);
                CHECK(flags.insert(p.flag).second);
            }
        }
    }
}

TEST_CASE("cli names derive from API names as botocore's xform_name does") {
    CHECK(evb::cli::cli_name("PutRule") == "put-rule");
    CHECK(evb::cli::cli_name("ListRuleNamesByTarget") == "list-rule-names-by-target");
    CHECK(evb::cli::cli_name("logGroupName") == "log-group-name");
    CHECK(evb::cli::cli_name("TargetArn") == "target-arn");
    CHECK(evb::cli::cli_name("NotificationARNs") == "notification-arns");
    CHECK(evb::cli::cli_name("GetSAMLProvider") == "get-saml-provider");
    CHECK(evb::cli::cli_name("ListMFADevices") == "list-mfa-devices");
    CHECK(evb::cli::cli_name("DBInstanceIdentifier") == "db-instance-identifier");
}
