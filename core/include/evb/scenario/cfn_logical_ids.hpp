// CloudFormation logical ids derived from resource names, deterministically: a kind prefix and the
// name in UpperCamelCase ("EventBus" + "manual-order-bus" -> "EventBusManualOrderBus"), alphanumeric,
// at most 255 characters, made unique with 2, 3, ... in the order names are assigned.
// Depends only on the standard library.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace evb {

// kMaxLogicalIdLength is CloudFormation's limit on a logical id.
inline constexpr std::size_t kMaxLogicalIdLength = 255;

// upper_camel joins the alphanumeric runs of a name, each with its first letter upper-cased.
std::string upper_camel(std::string_view name);

class LogicalIds {
  public:
    // assign returns the logical id of (kind, name), creating a unique one on first use.
    std::string assign(std::string_view kind, std::string_view name);

    // find returns the logical id already assigned to (kind, name), or nothing.
    std::optional<std::string> find(std::string_view kind, std::string_view name) const;

  private:
    std::map<std::string, std::string> by_key_;
    std::set<std::string> used_;
};

}  // namespace evb
