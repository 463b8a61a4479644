#include "evb/export/cli_script.hpp"

#include "../../core/iam/iam_test_support.hpp"
#include "../../core/scenario/scenario_fixtures.hpp"
#include "export_support.hpp"

using evb::Json;
using evb::test::call_ok;

namespace {

// small_world's pattern names the account, which a portable script must not hard-code.
evb::World small_world() {
    return evb::test::orders_world(
        R"({"account":["123456789012"],"detail":{"price":[{"numeric":[">",100]}]}})");
}

}  // namespace

TEST_CASE("export script: a small world becomes a commented, portable bash script") {
    CHECK(
        evb::export_cli_script(small_world()) ==
        "#!/usr/bin/env bash\n"
        "# Recreates an EventBridge Playground world on real AWS with the AWS CLI v2.\n"
        "# Exported from the playground's account 123456789012 in us-east-1.\n"
        "# Review it before running it: it creates real resources in the account your credentials belong "
        "to.\n"
        "# Python functions get the Python equivalent of their simulated behaviour; others a placeholder to "
        "replace.\n"
        "set -euo pipefail\n"
        "\n"
        "ACCOUNT_ID=\"$(aws sts get-caller-identity --query Account --output text)\"\n"
        "REGION=\"${AWS_REGION:-${AWS_DEFAULT_REGION:-us-east-1}}\"\n"
        "export AWS_REGION=\"$REGION\"\n"
        "\n"
        "# Event buses\n"
        "aws events create-event-bus --name orders\n"
        "\n"
        "# CloudWatch Logs log groups\n"
        "aws logs create-log-group --log-group-name /aws/events/orders\n"
        "\n"
        "# EventBridge rules\n"
        "aws events put-rule --name big --event-pattern "
        "'{\"account\":[\"'\"${ACCOUNT_ID}\"'\"],\"detail\":{\"price\":[{\"numeric\":[\">\",100]}]}}' "
        "--state ENABLED --event-bus-name orders\n"
        "\n"
        "# Rule targets\n"
        "# Let EventBridge write to the log groups it targets (the console does this for you).\n"
        "aws logs put-resource-policy --policy-name EventBridgeToCloudWatchLogs --policy-document "
        "'{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"EventBridgeToCloudWatchLogs\",\"Effect\":"
        "\"Allow\",\"Principal\":{\"Service\":"
        "[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},\"Action\":[\"logs:CreateLogStream\","
        "\"logs:PutLogEvents\"],"
        "\"Resource\":[\"arn:aws:logs:'\"${REGION}\"':'\"${ACCOUNT_ID}\"':log-group:/aws/events/"
        "orders:*\"]}]}'\n"
        "aws events put-targets --rule big --event-bus-name orders --targets "
        "'[{\"Id\":\"logs\",\"Arn\":\"arn:aws:logs:'\"${REGION}\"':'\"${ACCOUNT_ID}\"':log-group:/aws/"
        "events/orders\"}]'\n"
        "\n"
        "echo \"Done: the playground's resources exist in your account.\"\n");
}

TEST_CASE("export script: a Python function gets the Python equivalent of its behaviour, and permissions") {
    const std::string script = evb::export_cli_script(evb::test::rich_world());
    CHECK(script.find("# Its code is the Python equivalent of the behaviour the playground simulated:\n"
                      "echo 'import json\nimport boto3\n\n\n"
                      "def lambda_handler(event, context):\n") != std::string::npos);
    CHECK(script.find("                '\\''EventBusName'\\'': '\\''manual-order-bus'\\''\n") !=
          std::string::npos);
    CHECK(script.find("    }' > lambda_function.py\nzip -q manual-order-function.zip lambda_function.py\n") !=
          std::string::npos);
    CHECK(script.find(
              "--handler lambda_function.lambda_handler --zip-file fileb://manual-order-function.zip\n") !=
          std::string::npos);
    CHECK(script.find("sleep 10\n") < script.find("aws lambda create-function"));
    CHECK(script.find("aws iam create-role") < script.find("aws lambda create-function"));
    CHECK(script.find("aws lambda create-function") < script.find("aws events put-rule"));
    CHECK(script.find("aws lambda add-permission --function-name manual-order-function --statement-id "
                      "events-default-invoke-function-fn "
                      "--action lambda:InvokeFunction --principal events.amazonaws.com --source-arn "
                      "arn:aws:events:\"${REGION}\":\"${ACCOUNT_ID}\":rule/invoke-function\n") !=
          std::string::npos);
}

TEST_CASE("export script: a portable script names the playground's account only in its header") {
    const std::string script = evb::export_cli_script(evb::test::rich_world());
    const std::string body = script.substr(script.find("set -euo pipefail"));
    CHECK(body.find("123456789012") == std::string::npos);
    CHECK(body.find("us-east-1") == body.find("us-east-1}}"));
}

TEST_CASE("export script: a non-portable script replayed in the playground's shell rebuilds the world") {
    const evb::World original = evb::test::rich_world();
    const std::string script = evb::export_cli_script(original, evb::CliScriptOptions{false});
    CHECK(script.find("ACCOUNT_ID") == std::string::npos);
    evb::World rebuilt;
    evb::test::replay_script(rebuilt, script);
    CHECK(evb::test::resources_without_code(rebuilt).dump(1) ==
          evb::test::resources_without_code(original).dump(1));
}

TEST_CASE("export script: an empty world gives a script that says there is nothing to create") {
    const std::string script = evb::export_cli_script(evb::World{});
    CHECK(script.find("# The world holds no resources beyond the default event bus.\n") != std::string::npos);
    CHECK(script.find("aws events") == std::string::npos);
}

TEST_CASE("export script: a function without a behaviour gets a placeholder that refuses to run") {
    evb::World w;
    const std::string role = evb::test::make_role(w, "r", {});
    call_ok(w, "lambda", "CreateFunction",
            {{"FunctionName", "node-fn"},
             {"Runtime", "nodejs20.x"},
             {"Role", role},
             {"Handler", "index.handler"},
             {"Code", {{"ZipFile", "e30="}}}});
    const std::string script = evb::export_cli_script(w);
    CHECK(script.find(
              "# This packages a placeholder that refuses to run: replace index.js with the real code.\n"
              "echo 'exports.handler = async () => { throw new Error(\"replace the placeholder code of "
              "node-fn\"); };' > index.js\nzip -q node-fn.zip index.js\n") != std::string::npos);
    CHECK(script.find("Python equivalent of the behaviour") == std::string::npos);
}
