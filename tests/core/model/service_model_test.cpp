// AWS's service models as the build embeds them: every service parses, shapes keep AWS's constraints and
// member order, every reference resolves, paginators and waiters come along, summaries are one line.
#include "evb/model/service_model.hpp"

#include <doctest/doctest.h>

#include <string>

using evb::model::ShapeType;

TEST_CASE("the twelve services of the pinned models are built in and parse") {
    const auto& names = evb::model::model_services();
    CHECK(names.size() == 12);
    for (auto name : names) {
        CAPTURE(name);
        const auto* model = evb::model::service_model(name);
        REQUIRE(model != nullptr);
        CHECK(model->name == name);
        CHECK(!model->operations.empty());
        CHECK(!model->title.empty());
    }
}

TEST_CASE("a service model is parsed once and the same tables are returned after") {
    CHECK(evb::model::service_model("events") == evb::model::service_model("events"));
    CHECK(evb::model::service_model("route53") == nullptr);
}

TEST_CASE("PutRule keeps AWS's members, order, required names and constraints") {
    const auto* events = evb::model::service_model("events");
    REQUIRE(events != nullptr);
    CHECK(events->version == "2015-10-07");
    CHECK(events->protocol == "json");
    const auto* op = events->operation("PutRule");
    REQUIRE(op != nullptr);
    CHECK(op->summary == "Creates or updates the specified rule.");
    const auto* input = events->shape(op->input);
    REQUIRE(input != nullptr);
    REQUIRE(input->members.size() >= 8);
    CHECK(input->members[0].name == "Name");
    CHECK(input->members[1].name == "ScheduleExpression");
    CHECK(input->is_required("Name"));
    CHECK(!input->is_required("State"));
    const auto* name = events->shape(input->find_member("Name")->shape);
    REQUIRE(name != nullptr);
    CHECK(name->type == ShapeType::String);
    CHECK(name->min == 1);
    CHECK(name->max == 64);
    CHECK(name->pattern == "[\\.\\-_A-Za-z0-9]+");
    const auto* state = events->shape(input->find_member("State")->shape);
    REQUIRE(state != nullptr);
    CHECK(state->enum_values.size() >= 2);
    CHECK(state->enum_values[0] == "ENABLED");
}

TEST_CASE("every shape a model names exists in that model") {
    for (auto service : evb::model::model_services()) {
        const auto* model = evb::model::service_model(service);
        REQUIRE(model != nullptr);
        for (const auto& [name, op] : model->operations) {
            CAPTURE(name);
            if (!op.input.empty()) CHECK(model->shape(op.input) != nullptr);
            if (!op.output.empty()) CHECK(model->shape(op.output) != nullptr);
        }
        for (const auto& [name, shape] : model->shapes) {
            CAPTURE(name);
            for (const auto& m : shape.members)
                CHECK(model->shape(m.shape) != nullptr);
            if (shape.type == ShapeType::List) CHECK(model->shape(shape.member) != nullptr);
            if (shape.type == ShapeType::Map) {
                CHECK(model->shape(shape.key) != nullptr);
                CHECK(model->shape(shape.value) != nullptr);
            }
        }
    }
}

TEST_CASE("summaries are one line of plain text") {
    for (auto service : evb::model::model_services()) {
        const auto* model = evb::model::service_model(service);
        REQUIRE(model != nullptr);
        for (const auto& [name, op] : model->operations) {
            CAPTURE(name);
            CHECK(op.summary.find('\n') == std::string::npos);
            CHECK(op.summary.find('<') == std::string::npos);
        }
    }
}

TEST_CASE("paginators and waiters come with the models") {
    const auto* events = evb::model::service_model("events");
    REQUIRE(events != nullptr);
    const auto* rules = events->paginator("ListRules");
    REQUIRE(rules != nullptr);
    CHECK(rules->input_token == std::vector<std::string>{"NextToken"});
    CHECK(rules->result_key == std::vector<std::string>{"Rules"});
    CHECK(rules->limit_key == "Limit");
    CHECK(events->paginator("PutRule") == nullptr);
    const auto* iam = evb::model::service_model("iam");
    REQUIRE(iam != nullptr);
    REQUIRE(iam->paginator("ListRoles") != nullptr);
    CHECK(iam->paginator("ListRoles")->more_results == "IsTruncated");
    const auto* lambda = evb::model::service_model("lambda");
    REQUIRE(lambda != nullptr);
    auto waiter = lambda->waiters.find("FunctionExists");
    REQUIRE(waiter != lambda->waiters.end());
    CHECK(waiter->second.operation == "GetFunction");
    CHECK(waiter->second.max_attempts > 0);
    CHECK(waiter->second.acceptors.is_array());
}

TEST_CASE("Invoke's output keeps its payload member and lambda its URI labels") {
    const auto* lambda = evb::model::service_model("lambda");
    REQUIRE(lambda != nullptr);
    const auto* invoke = lambda->operation("Invoke");
    REQUIRE(invoke != nullptr);
    CHECK(invoke->http_method == "POST");
    const auto* output = lambda->shape(invoke->output);
    REQUIRE(output != nullptr);
    CHECK(output->payload == "Payload");
    const auto* input = lambda->shape(invoke->input);
    REQUIRE(input != nullptr);
    CHECK(input->find_member("FunctionName")->location == "uri");
    CHECK(input->find_member("LogType")->location == "header");
}

TEST_CASE("a malformed compact model is refused without throwing") {
    CHECK(!evb::model::parse_service_model("{"));
    CHECK(!evb::model::parse_service_model("[]"));
    CHECK(!evb::model::parse_service_model(R"({"operations":{},"shapes":{"X":{"type":"quaternion"}}})"));
    auto minimal = evb::model::parse_service_model(
        R"({"name":"x","operations":{"Go":{"input":"In"}},"shapes":{"In":{"type":"structure",)"
        R"("members":[["A","S","The a."]],"required":["A"]},"S":{"type":"string","min":1}}})");
    REQUIRE(minimal);
    CHECK(minimal->shape("In")->is_required("A"));
    CHECK(minimal->shape("S")->min == 1);
}
