// compile_branches (see compiled_pattern.hpp): assigns each distinct path an id and rewrites branches over
// ids.
#include "evb/pattern/compiled_pattern.hpp"

#include <algorithm>
#include <map>

namespace evb {
namespace {

bool has_absent(const std::vector<Matcher>& matchers) {
    return std::any_of(matchers.begin(), matchers.end(),
                       [](const Matcher& m) { return m.kind == MatchKind::kAbsent; });
}

}  // namespace

CompiledPattern compile_branches(const std::vector<PatternBranch>& branches) {
    CompiledPattern compiled;
    std::map<std::string, std::uint32_t> ids;
    for (const auto& branch : branches) {
        CompiledBranch out;
        for (const auto& field : branch) {
            const auto [it, added] =
                ids.emplace(field.path, static_cast<std::uint32_t>(compiled.paths.size()));
            if (added) {
                compiled.paths.push_back(field.path);
                compiled.index.add(field.path, it->second);
            }
            out.tests.push_back(FieldTest{it->second, field.matchers, has_absent(*field.matchers)});
        }
        compiled.branches.push_back(std::move(out));
    }
    return compiled;
}

}  // namespace evb
