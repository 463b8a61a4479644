#include "evb/world/activity.hpp"

namespace evb {

void record_activity(Account& account, Json entry) {
    account.activity.push_back(std::move(entry));
    trim_activity(account);
}

void trim_activity(Account& account) {
    while (account.activity.size() > account.budgets.activity_entries) {
        account.activity_dropped.count(1, account.now_ms);
        account.activity.pop_front();
    }
}

}  // namespace evb
