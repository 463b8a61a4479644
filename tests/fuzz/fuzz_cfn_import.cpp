// libFuzzer target: any bytes as a CloudFormation template (JSON or YAML), planned against a fresh world and
// imported into one. It must never crash, hang or run past its budgets, and an import that fails must
// leave the world as it was.
#include "evb/scenario/cfn_import.hpp"
#include "evb/world/world.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    evb::World world;
    const evb::CfnPlan plan = evb::plan_cloudformation(world, text);
    const std::string before = world.save();
    const evb::CfnImport imported = evb::import_cloudformation(world, text);
    if (!imported.ok() && world.save() != before) __builtin_trap();
    if (plan.error && imported.ok()) __builtin_trap();  // what the plan refuses, the import refuses too
    (void)evb::import_result_json(imported);
    return 0;
}
