#include "evb/scenario/cfn_intrinsics.hpp"
#include "evb/scenario/cfn_template.hpp"

#include <doctest/doctest.h>

#include <vector>

using evb::Json;

namespace {

evb::CfnScope scope() {
    evb::CfnScope s{"eu-west-1",
                    "111122223333",
                    "stack",
                    {{"Env", "prod"}, {"Names", Json::array({"a", "b"})}},
                    Json::parse(R"({"Sizes": {"prod": {"Memory": 512}}})"),
                    {}};
    s.resources["Bus"] =
        evb::CfnAttributes{"orders", {{"Arn", "arn:aws:events:eu-west-1:111122223333:event-bus/orders"}}};
    return s;
}

Json resolved(const Json& value) {
    const evb::CfnScope s = scope();
    evb::CfnResolver r(s);
    auto out = r.resolve(value, "");
    INFO(r.error());
    REQUIRE(r.error().empty());
    return out.value_or(Json("<no value>"));
}

std::string error_of(const Json& value) {
    const evb::CfnScope s = scope();
    evb::CfnResolver r(s);
    r.resolve(value, "Top");
    return r.error_path() + ": " + r.error();
}

}  // namespace

TEST_CASE("scenario: Ref answers resources, parameters and pseudo parameters") {
    CHECK(resolved(evb::cfn_ref("Bus")) == "orders");
    CHECK(resolved(evb::cfn_ref("Env")) == "prod");
    CHECK(resolved(evb::cfn_ref("AWS::Region")) == "eu-west-1");
    CHECK(resolved(evb::cfn_ref("AWS::AccountId")) == "111122223333");
    CHECK(resolved(evb::cfn_ref("AWS::Partition")) == "aws");
    CHECK(resolved(evb::cfn_ref("AWS::StackName")) == "stack");
}

TEST_CASE("scenario: AWS::NoValue removes the member or element") {
    CHECK(resolved(Json{{"a", 1}, {"b", evb::cfn_ref("AWS::NoValue")}}) == Json{{"a", 1}});
    CHECK(resolved(Json::array({1, evb::cfn_ref("AWS::NoValue"), 2})) == Json::array({1, 2}));
}

TEST_CASE("scenario: Fn::Sub fills variables, attributes and escapes") {
    CHECK(resolved(evb::cfn_sub("${Bus}/${Bus.Arn}/${AWS::Region}/${!Literal}")) ==
          "orders/arn:aws:events:eu-west-1:111122223333:event-bus/orders/eu-west-1/${Literal}");
    CHECK(resolved(Json{{"Fn::Sub", Json::array({"${x}-${Env}", {{"x", evb::cfn_ref("Bus")}}})}}) ==
          "orders-prod");
    CHECK(resolved(evb::cfn_sub("no ${ closing")) == "no ${ closing");
}

TEST_CASE("scenario: Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap and Fn::Base64") {
    CHECK(resolved(Json{{"Fn::Join", Json::array({"-", Json::array({"a", evb::cfn_ref("Env"), 3})})}}) ==
          "a-prod-3");
    CHECK(resolved(Json{{"Fn::Select", Json::array({1, evb::cfn_ref("Names")})}}) == "b");
    CHECK(resolved(Json{{"Fn::Select", Json::array({"0", Json::array({"x"})})}}) == "x");
    CHECK(resolved(Json{{"Fn::Split", Json::array({",", "a,,b"})}}) == Json::array({"a", "", "b"}));
    CHECK(resolved(Json{{"Fn::FindInMap", Json::array({"Sizes", evb::cfn_ref("Env"), "Memory"})}}) == 512);
    CHECK(resolved(Json{{"Fn::Base64", "hi"}}) == "aGk=");
}

TEST_CASE("scenario: intrinsic errors name the property path") {
    CHECK(error_of(Json{{"A", Json::array({1, Json{{"Fn::If", Json::array()}}})}})
              .rfind("Top.A[1]: Fn::If is not supported", 0) == 0);
    CHECK(error_of(evb::cfn_get_att("Bus", "Nope")) ==
          "Top: Fn::GetAtt Bus.Nope: the playground does not know this attribute");
    CHECK(error_of(evb::cfn_get_att("Ghost", "Arn")) ==
          "Top: Fn::GetAtt Ghost.Arn: no such resource in the template");
    CHECK(error_of(Json{{"Fn::Select", Json::array({5, Json::array({1})})}}) ==
          "Top: Fn::Select index 5 is out of range");
    CHECK(error_of(evb::cfn_sub("${Ghost}")) ==
          "Top: Ref Ghost: no such resource or parameter in the template");
}

TEST_CASE("scenario: references are found through Ref, GetAtt and Sub, pseudo parameters left out") {
    const Json value = Json{{"a", evb::cfn_ref("A")},
                            {"b", Json::array({evb::cfn_get_att("B", "Arn")})},
                            {"c", evb::cfn_sub("${C.Arn}-${AWS::Region}-${!D}")},
                            {"d", Json{{"Fn::Sub", Json::array({"${x}${E}", {{"x", evb::cfn_ref("F")}}})}}},
                            {"e", evb::cfn_ref("AWS::AccountId")}};
    CHECK(evb::cfn_references(value) == std::set<std::string>{"A", "B", "C", "E", "F"});
}

TEST_CASE("scenario: CloudFormation YAML short forms read as the long forms") {
    const evb::CfnText t =
        evb::parse_cfn_text("a: !Ref X\nb: !GetAtt Y.Arn\nc: !Sub s\nd: !Join [',', [a]]\ne: !Condition C\n");
    REQUIRE(t.value);
    CHECK(
        *t.value ==
        Json::parse(
            R"({"a":{"Ref":"X"},"b":{"Fn::GetAtt":["Y","Arn"]},"c":{"Fn::Sub":"s"},"d":{"Fn::Join":[",",["a"]]},"e":{"Condition":"C"}})"));
    CHECK(evb::parse_cfn_text("b: !GetAtt NoDot\n").error.find("!GetAtt needs \"Resource.Attribute\"") !=
          std::string::npos);
    CHECK(evb::parse_cfn_text("{ not json")
              .error.rfind("the template starts with '{' but is neither JSON nor YAML: line 1", 0) == 0);
    CHECK(evb::parse_cfn_text("{Resources: {B: {Type: AWS::Events::EventBus}}}").value ==
          Json::parse(R"({"Resources":{"B":{"Type":"AWS::Events::EventBus"}}})"));
}

TEST_CASE("scenario: nested Fn::Sub that doubles its text at every level stops at CloudFormation's 1 MB") {
    Json value = "0123456789";
    for (int i = 0; i < 30; ++i)
        value = Json{{"Fn::Sub", Json::array({"${a}${a}", Json{{"a", value}}})}};
    const std::string error = error_of(value);
    CHECK(error.rfind("Top.a.a.", 0) == 0);  // the innermost Fn::Sub that passes the budget
    CHECK(error.find(": Fn::Sub would produce more than 1048576 bytes of text in this template, the size of "
                     "the largest template CloudFormation accepts") != std::string::npos);
}

TEST_CASE("scenario: nested Fn::Base64 and Fn::Join stop at CloudFormation's 1 MB") {
    Json base64 = std::string(1000, 'x');
    for (int i = 0; i < 40; ++i)
        base64 = Json{{"Fn::Base64", base64}};
    CHECK(error_of(base64).find("Top: Fn::Base64 would produce more than 1048576 bytes") == 0);
    const Json pieces(std::vector<Json>(1100, Json(std::string(1000, 'x'))));
    const Json join = Json{{"Fn::Join", Json::array({"", pieces})}};
    CHECK(error_of(join).find("Top: Fn::Join would produce more than 1048576 bytes") == 0);
}

TEST_CASE("scenario: intrinsic functions produce text up to the budget") {
    Json value = std::string(1000, 'x');
    for (int i = 0; i < 5; ++i)
        value = Json{{"Fn::Sub", Json::array({"${a}${a}", Json{{"a", value}}})}};
    CHECK(resolved(value).get<std::string>().size() == 32000);
}
