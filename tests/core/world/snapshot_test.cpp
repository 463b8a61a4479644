#include "evb/world/snapshot.hpp"
#include "evb/scenario/tutorial_example.hpp"
#include "evb/world/world.hpp"

#include "../lambda/lambda_test_support.hpp"

using evb::Json;
using evb::test::ok_call;

namespace {

// busy_world exercises every service: the tutorial, an invocation, a schedule, a transformer, inline policy.
evb::World busy_world(std::uint64_t seed) {
    evb::World world(evb::WorldConfig{"us-east-1", "803943555226", seed, 1597568000000});
    REQUIRE_FALSE(evb::install_tutorial_example(world).has_value());
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "manual-order-function"}, {"LogType", "Tail"}});
    ok_call(world, "events", "PutRule",
            {{"Name", "tick"}, {"ScheduleExpression", "rate(1 minute)"}, {"Description", "ticks"}});
    ok_call(
        world, "events", "PutTargets",
        {{"Rule", "tick"},
         {"Targets",
          Json::array({{{"Id", "t"},
                        {"Arn", "arn:aws:logs:us-east-1:803943555226:log-group:/aws/events/manual-order-cw"},
                        {"InputTransformer",
                         {{"InputPathsMap", {{"t", "$.time"}}}, {"InputTemplate", "\"tick <t>\""}}}}})}});
    ok_call(world, "iam", "PutRolePolicy",
            {{"RoleName", "myManualOrder-role-hcqiducd"},
             {"PolicyName", "extra"},
             {"PolicyDocument", R"({"Statement":{"Effect":"Deny","Action":"s3:*","Resource":"*"}})"}});
    world.advance_ms(3 * 60000 + 5);
    ok_call(world, "logs", "CreateLogStream",
            {{"logGroupName", "/aws/events/manual-order-cw"}, {"logStreamName", "manual"}});
    return world;
}

}  // namespace

TEST_CASE("two worlds with the same seed and the same calls save byte-identical documents") {
    CHECK(busy_world(7).save() == busy_world(7).save());
    CHECK(busy_world(7).save() != busy_world(8).save());
}

TEST_CASE("save, load and save again gives the same bytes") {
    const std::string saved = busy_world(7).save();
    evb::WorldLoad loaded = evb::World::from_save(saved);
    REQUIRE(loaded.world.has_value());
    CHECK(loaded.world->save() == saved);
}

TEST_CASE("a loaded world carries on exactly as the original") {
    evb::World original = busy_world(7);
    evb::WorldLoad loaded = evb::World::from_save(original.save());
    REQUIRE(loaded.world.has_value());
    for (evb::World* w : {&original, &*loaded.world}) {
        ok_call(*w, "lambda", "Invoke", {{"FunctionName", "manual-order-function"}});
        w->advance_ms(120000);
    }
    CHECK(loaded.world->save() == original.save());
    CHECK(loaded.world->state()["buses"] == original.state()["buses"]);
}

TEST_CASE("load refuses bad documents with a clear error and keeps the current world") {
    evb::World world = busy_world(7);
    const std::string before = world.save();
    const auto refuse = [&](const std::string& text, const std::string& start) {
        auto error = world.load(text);
        REQUIRE(error.has_value());
        CHECK(error->code == "InvalidSaveDocument");
        CHECK(error->message.rfind(start, 0) == 0);
        CHECK(world.save() == before);
    };
    refuse("{not json", "The saved world is not valid JSON.");
    refuse("[]", "This is not a saved EventBridge Playground world.");
    refuse(R"({"format":"evb-world"})", "The saved world has no valid format version.");
    Json newer = Json::parse(before);
    newer["version"] = evb::kSaveFormatVersion + 1;
    refuse(newer.dump(), "This world was saved by a newer version of the playground (format version 2)");
    Json broken = Json::parse(before);
    broken["events"]["buses"][0].erase("rules");
    refuse(broken.dump(), "The saved world is corrupted: ");
    Json bad_pattern = Json::parse(before);
    bad_pattern["events"]["buses"][1]["rules"][0]["eventPattern"] = "{\"source\": 1}";
    refuse(bad_pattern.dump(),
           "The saved world is corrupted: rule manual-order-rule has an invalid event pattern");
    Json no_default = Json::parse(before);
    no_default["events"]["buses"].erase(0);
    refuse(no_default.dump(), "The saved world is corrupted: the default event bus is missing");
    Json bad_ids = Json::parse(before);
    bad_ids["idState"] = "xyz";
    refuse(bad_ids.dump(), "The saved world is corrupted: ");
}

TEST_CASE("load replaces the world and moves the revision forward") {
    evb::World world;
    const std::string saved = busy_world(7).save();
    const auto before = world.revision();
    REQUIRE_FALSE(world.load(saved).has_value());
    CHECK(world.revision() > before);
    CHECK(world.account_id() == "803943555226");
    CHECK(world.save() == saved);
}

TEST_CASE("the save document names its format and version") {
    const Json doc = Json::parse(evb::World().save());
    CHECK(doc["format"] == "evb-world");
    CHECK(doc["version"] == evb::kSaveFormatVersion);
    CHECK(doc["iam"]["policies"].empty());
}

TEST_CASE("load survives truncated and mutated documents, refusing them or loading a sound world") {
    const std::string saved = busy_world(7).save();
    evb::World world;
    for (std::size_t cut = 0; cut < saved.size(); cut += 97)
        CHECK(world.load(saved.substr(0, cut)).has_value());
    evb::IdSource random(11);
    const char replacements[] = {'0', '9', '"', '{', ']', ',', '-', 'x', ' '};
    for (int round = 0; round < 300; ++round) {
        std::string mutated = saved;
        const auto at =
            static_cast<std::size_t>(random.uniform(0, static_cast<std::int64_t>(saved.size()) - 1));
        mutated[at] = replacements[random.uniform(0, 8)];
        evb::World target;
        if (!target.load(mutated)) {
            evb::test::ok_call(target, "events", "PutEvents",
                               {{"Entries", Json::array({evb::test::order_entry("default")})}});
            target.advance_ms(60000);
            CHECK(evb::World::from_save(target.save()).world.has_value());
        }
    }
}

TEST_CASE("log counters that disagree with the stored events are refused as corruption") {
    Json doc = Json::parse(busy_world(7).save());
    doc["logs"]["groups"][0]["storedEvents"] = 999999;
    const auto error = evb::World().load(doc.dump());
    REQUIRE(error.has_value());
    CHECK(error->message.find("counts do not match its events") != std::string::npos);
}
