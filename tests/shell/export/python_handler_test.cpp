// Tests for shell/src/export/python_handler.cpp: the Python handler a behaviour document stands for.
#include "evb/export/python_handler.hpp"
#include "evb/scenario/tutorial_example.hpp"
#include "evb/workspace.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

using evb::Json;

namespace {

bool has(const std::string& code, const std::string& text) {
    return code.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("the tutorial's behaviour reads as the tutorial's handler") {
    const Json behavior = Json::parse(R"({
        "putEvents": [{"Source": "Order Service", "DetailType": "New Order", "EventBusName": "manual-order-bus",
                       "Detail": {"customer": {"name": "Ada"}, "price": 100, "express": true, "note": null}}],
        "returns": {"statusCode": 200, "body": "\"Hello from Lambda!\""}})");
    const std::string code = evb::python_handler(behavior);
    CHECK(code.rfind("import json\nimport boto3\n\n\ndef lambda_handler(event, context):\n", 0) == 0);
    for (const char* fragment :
         {"    order_details = {\n        \"customer\": {\n            \"name\": \"Ada\"\n        },\n",
          "\"express\": True", "\"note\": None", "'Source': 'Order Service',",
          "'Detail': json.dumps(order_details),", "'EventBusName': 'manual-order-bus'\n",
          "'body': json.dumps('Hello from Lambda!')"})
        CHECK(has(code, fragment));
    CHECK_FALSE(has(code, "invocations"));
}

TEST_CASE("a placeholder that is the whole value becomes a Python expression of its type") {
    const Json behavior = Json::parse(R"({"putEvents": [{"Source": "shop", "DetailType": "Order",
        "Detail": {"price": "${random:10:99}", "id": "${uuid}", "customer": "${event.detail.customer}",
                   "at": "${time}"}}]})");
    const std::string code = evb::python_handler(behavior);
    for (const char* fragment :
         {"\"price\": random.randint(10, 99)", "\"id\": str(uuid.uuid4())",
          "\"customer\": event['detail']['customer']", "\"at\": datetime.now(timezone.utc)",
          "import random\n", "import uuid\n", "from datetime import datetime, timezone\n"})
        CHECK(has(code, fragment));
}

TEST_CASE("placeholders inside text are joined with str(), and unknown ones stay as written") {
    const Json behavior = Json::parse(
        R"({"logs": ["Processing order ${seq} for ${requestId}", "cost ${nope} it's", {"a": 1}, "a\tb\rc"]})");
    const std::string code = evb::python_handler(behavior);
    CHECK(has(code,
              "    print('Processing order ' + str(invocations) + ' for ' + str(context.aws_request_id))\n"));
    for (const char* fragment :
         {"    print('cost ${nope} it\\'s')\n", "invocations = 0",
          "    global invocations\n    invocations += 1\n",
          "    print(json.dumps({\n        'a': 1\n    }))\n", "    print('a\\x09b\\x0dc')\n"})
        CHECK(has(code, fragment));
}

TEST_CASE("a failing behaviour raises its error type, every N-th time when it says so") {
    const std::string always = evb::python_handler(Json::parse(
        R"({"failure": {"errorType": "OrderRejected", "errorMessage": "no stock for ${event.id}"}})"));
    CHECK(has(always, "class OrderRejected(Exception):\n    pass\n"));
    CHECK(has(always, "    raise OrderRejected('no stock for ' + str(event['id']))\n"));

    const std::string third = evb::python_handler(
        Json::parse(R"({"failure": {"errorType": "ValueError", "every": 3}, "returns": 1})"));
    CHECK_FALSE(has(third, "class ValueError"));
    CHECK(has(third, "    if invocations % 3 == 0:\n        raise ValueError('')\n"));
    CHECK(has(third, "    return 1\n"));

    const std::string odd = evb::python_handler(Json::parse(R"({"failure": {"errorType": "not a name"}})"));
    CHECK(has(odd, "raise Exception("));
}

TEST_CASE("the tutorial function's behaviour reads byte for byte as the seed tutorial's lambda_function.py") {
    std::ifstream seed(EVB_SHARED_DIR "/seed/000_c5d207bcf99b08dd.txt");
    REQUIRE(seed);
    const std::string text((std::istreambuf_iterator<char>(seed)), std::istreambuf_iterator<char>());
    const std::string opening = "```python{% raw %}\n";
    const std::size_t begin = text.find(opening);
    REQUIRE(begin != std::string::npos);
    const std::size_t end = text.find("```", begin + opening.size());
    REQUIRE(end != std::string::npos);
    const std::string shown = text.substr(begin + opening.size(), end - begin - opening.size());
    CHECK(evb::python_handler(evb::manual_order_behavior()) == shown);
    CHECK(evb::tutorial_lambda_source() == shown);
}
