// The emulated AWS account: one region, one account id, and every resource in it, behind one entry point
// (call) that answers exactly as AWS would. Time and ids come from a virtual clock and a seeded id source,
// so the same seed and the same calls give the same bytes. Must not depend on UI, files, the wall clock
// or global state; no exception leaves it.
#pragma once

#include "evb/common/json.hpp"
#include "evb/events/metrics.hpp"
#include "evb/world/account.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

struct WorldLoad;

class World {
  public:
    explicit World(WorldConfig config = {});

    // call performs one API operation, e.g. call("events", "PutRule", {...}), as AWS would answer it.
    ApiResult call(std::string_view service, std::string_view operation, const Json& request);

    // set_read_only makes call refuse, with AccessDeniedException, every operation that would change a
    // resource (read_only_allows in evb/world/operation.hpp names those it lets through).
    void set_read_only(bool read_only) { read_only_ = read_only; }
    bool read_only() const { return read_only_; }

    const std::string& region() const { return account_.config.region; }
    const std::string& account_id() const { return account_.config.account_id; }

    // now_ms returns the virtual clock, in epoch milliseconds.
    std::int64_t now_ms() const { return account_.now_ms; }

    // set_time_ms moves the clock to t; moving forward fires the scheduled rules that come due.
    void set_time_ms(std::int64_t t);

    // advance_ms moves the clock forward by delta milliseconds, firing scheduled rules on the way.
    void advance_ms(std::int64_t delta);

    // revision counts changes to the world; the UI redraws when it moves.
    std::uint64_t revision() const { return account_.revision; }

    // budgets returns how much each store that grows with traffic may keep.
    const Budgets& budgets() const { return account_.budgets; }

    // set_budgets changes the budgets and drops, counting them, the oldest entries beyond them now; a
    // value out of bounds is refused (InvalidParameterException) and nothing changes.
    std::optional<ApiError> set_budgets(const Budgets& budgets);

    // load_note says what loading the last document could not keep (unusable budgets), or is empty.
    const std::string& load_note() const { return load_note_; }

    // metrics returns the per-rule, per-bus and per-target counters.
    const Metrics& metrics() const { return account_.metrics; }

    // account gives typed read access to everything the world holds.
    const Account& account() const { return account_; }

    // state returns a read-only JSON snapshot for the UI: buses, rules, targets, logs, functions, roles,
    // metrics.
    Json state() const;

    // save returns the whole world as a versioned JSON document (load(save()) then save() gives the same
    // bytes).
    std::string save() const;

    // from_save builds a world from a save() document, or says why the document is not acceptable.
    static WorldLoad from_save(std::string_view text);

    // load replaces this world with a saved one; on error the current world is left untouched.
    std::optional<ApiError> load(std::string_view text);

  private:
    explicit World(Account account) : account_(std::move(account)) {}

    void begin_call();

    Account account_;
    bool read_only_ = false;
    std::string load_note_;
};

// WorldLoad is a loaded world, or the reason the document was refused.
struct WorldLoad {
    std::optional<World> world;
    std::optional<ApiError> error;
};

}  // namespace evb
