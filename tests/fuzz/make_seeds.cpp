// evb_fuzz_seeds CASES.jsonl OUT_DIR: writes seed inputs for the pattern fuzz targets from the conformance
// cases: OUT_DIR/fuzz_event_pattern/<n> holds a pattern, OUT_DIR/fuzz_pattern_match/<n> a pattern, a NUL byte
// and an event. Patterns and events given as JSON values are written compactly. The other readers' targets
// get a few hand-written seeds each (kReaderSeeds), so a short run starts from well-formed input.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

namespace {

using Json = nlohmann::ordered_json;

std::string as_text(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_null()) return "";
    return value.dump();
}

void write_file(const std::filesystem::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

// kReaderSeeds: a target's name and a well-formed input for it (NUL separates the parts of two-part inputs).
const std::pair<const char*, std::string_view> kReaderSeeds[] = {
    {"fuzz_yaml", "a: 1\nb:\n  - x\n  - {c: [1, 'two', \"three\"]}\nd: |\n  text\ne: !Sub '${x}'\n"},
    {"fuzz_cfn_import",
     "Resources:\n  Bus:\n    Type: AWS::Events::EventBus\n    Properties:\n      Name: !Sub "
     "'b-${AWS::Region}'\n"
     "  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventBusName: !Ref Bus\n"
     "      EventPattern: {source: [shop]}\n      Targets:\n        - Id: t\n          Arn: !GetAtt "
     "Logs.Arn\n"
     "  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: !Join ['/', [a, b]]\n"},
    {"fuzz_cfn_import",
     R"({"Resources":{"B":{"Type":"AWS::Events::EventBus","Properties":{"Name":{"Fn::Sub":"x"}}}}})"},
    {"fuzz_jmespath", "Rules[?State=='ENABLED'].{n: Name, t: length(Targets)} | sort_by(@, &n)[0]"},
    {"fuzz_jmespath", std::string_view("a[*].b[] | [0]\0{\"a\":[{\"b\":[1,2]},{\"b\":[3]}]}", 44)},
    {"fuzz_log_filter", "{ ($.level = \"ERROR\") && ($.latency > 100 || $.user.id = u-*) }"},
    {"fuzz_log_filter", "ERROR ?disk -timeout \"full text\""},
    {"fuzz_cron", "cron(0/15 8-17 ? * MON-FRI *)"},
    {"fuzz_cron", "cron(0 12 L * ? 2030)"},
    {"fuzz_cron", "rate(5 minutes)"},
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: evb_fuzz_seeds CASES.jsonl OUT_DIR\n";
        return 2;
    }
    const std::filesystem::path out_dir = argv[2];
    std::filesystem::create_directories(out_dir / "fuzz_event_pattern");
    std::filesystem::create_directories(out_dir / "fuzz_pattern_match");
    std::ifstream in(argv[1]);
    int count = 0;
    for (std::string line; std::getline(in, line);) {
        const Json c = Json::parse(line, nullptr, false);
        if (c.is_discarded() || !c.is_object()) continue;
        const std::string pattern = as_text(c.value("pattern", Json()));
        const std::string event = as_text(c.value("event", Json()));
        const std::string name = std::to_string(count++);
        write_file(out_dir / "fuzz_event_pattern" / name, pattern);
        write_file(out_dir / "fuzz_pattern_match" / name, pattern + std::string(1, '\0') + event);
    }
    int reader_seeds = 0;
    for (const auto& [target, seed] : kReaderSeeds) {
        std::filesystem::create_directories(out_dir / target);
        write_file(out_dir / target / std::to_string(reader_seeds++), std::string(seed));
    }
    std::cout << "wrote " << count << " seeds per pattern target and " << reader_seeds
              << " for the other readers into " << out_dir.string() << "\n";
    return count > 0 ? 0 : 1;
}
