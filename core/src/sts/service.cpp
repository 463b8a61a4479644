// The sts service: the caller's identity and the operation table for World::call.
#include "evb/sts/service.hpp"

namespace evb {
namespace {

constexpr Operation kStsOperations[] = {
    {"GetCallerIdentity", get_caller_identity, false},
};

}  // namespace

ApiResult get_caller_identity(Account& account, const Json&) {
    const std::string& id = account.config.account_id;
    return Json{{"UserId", id}, {"Account", id}, {"Arn", "arn:aws:iam::" + id + ":root"}};
}

std::span<const Operation> sts_operations() {
    return kStsOperations;
}

}  // namespace evb
