// Saving and restoring a whole account as a versioned JSON document (format "evb-world"). Loading never
// touches a live world: it builds a fresh Account or returns why the document is refused (not JSON,
// corrupted, or written by a newer format version). save(load(save(x))) is byte-identical to save(x).
// Depends on the account model and the pattern engine (patterns are recompiled on load).
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace evb {

inline constexpr std::string_view kSaveFormat = "evb-world";
inline constexpr int kSaveFormatVersion = 1;

// AccountLoad is a restored account, or the reason the document was refused. A document whose budgets
// are unusable still loads, with the default budgets and a note saying why (nothing else is lost).
struct AccountLoad {
    std::optional<Account> account;
    std::optional<ApiError> error;
    std::optional<std::string> note;
};

// save_account writes an account as compact JSON text.
std::string save_account(const Account& account);

// load_account reads save_account's text back.
AccountLoad load_account(std::string_view text);

}  // namespace evb
