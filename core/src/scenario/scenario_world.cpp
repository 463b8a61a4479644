// Applying scenario steps, and a world's resources as steps.
#include "evb/scenario/scenario_world.hpp"

#include "evb/scenario/world_requests.hpp"

namespace evb {
namespace {

// step_label shows a step briefly in messages.
std::string step_label(const Json& step) {
    if (step.is_string()) return step.get<std::string>();
    if (step.contains("advance_ms"))
        return "advance the clock " + to_json_text(step.at("advance_ms")) + " ms";
    return to_json_text(step.value("service", Json(""))) + " " +
           to_json_text(step.value("operation", Json("")));
}

std::optional<std::string> apply_call(World& world, const Json& step) {
    const Json service = step.value("service", Json()), operation = step.value("operation", Json());
    if (!service.is_string() || !operation.is_string())
        return "an API call needs \"service\" and \"operation\" strings";
    ApiResult result = world.call(service.get<std::string>(), operation.get<std::string>(),
                                  step.value("request", Json::object()));
    if (result.ok()) return std::nullopt;
    return result.error().code + ": " + result.error().message;
}

std::optional<std::string> apply_step(World& world, const Json& step, const CommandRunner& run_line) {
    if (step.is_string()) {
        if (!run_line)
            return "command lines need the shell (use evb::apply_scenario from "
                   "evb/export/scenario_shell.hpp)";
        return run_line(step.get<std::string>());
    }
    if (!step.is_object()) return "a step must be an aws command line or an object";
    if (step.contains("advance_ms")) {
        if (!step.at("advance_ms").is_number_integer()) return "advance_ms must be an integer";
        world.advance_ms(step.at("advance_ms").get<std::int64_t>());
        return std::nullopt;
    }
    return apply_call(world, step);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

}  // namespace

Json fill_placeholders(const Json& value, const World& world) {
    if (value.is_string()) {
        return replace_all(replace_all(value.get<std::string>(), "${AccountId}", world.account_id()),
                           "${Region}", world.region());
    }
    if (!value.is_object() && !value.is_array()) return value;
    Json out = value;
    for (auto& item : out)
        item = fill_placeholders(item, world);
    return out;
}

std::optional<StepFailure> apply_world_steps(World& world, const Json& steps, const CommandRunner& run_line) {
    if (!steps.is_array()) return StepFailure{0, "", "the world must be a list of steps"};
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Json step = fill_placeholders(steps[i], world);
        if (auto error = apply_step(world, step, run_line)) return StepFailure{i, step_label(step), *error};
    }
    return std::nullopt;
}

std::string describe_step_failure(const StepFailure& failure) {
    return "step " + std::to_string(failure.index + 1) + " (" + failure.step + "): " + failure.message;
}

Scenario scenario_from_world(const World& world, std::string_view title) {
    Scenario s;
    s.format = std::string(kExampleFormat);
    s.title = std::string(title);
    for (const auto& step : world_requests(world.account()))
        s.world.push_back(step);
    return s;
}

}  // namespace evb
