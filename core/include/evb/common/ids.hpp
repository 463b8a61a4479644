// The seeded id source: every "random" value in the world (event ids, request ids, role ids, tokens,
// simulated durations) comes from here, so the same seed and the same calls give the same bytes.
// Depends only on the standard library; must never read the wall clock or a system random device.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace evb {

class IdSource {
  public:
    explicit IdSource(std::uint64_t seed = 1) : state_(seed) {}

    // next returns the next 64 pseudo-random bits (splitmix64).
    std::uint64_t next();

    // uniform returns an integer in [lo, hi], both included.
    std::int64_t uniform(std::int64_t lo, std::int64_t hi);

    // uuid returns a random version-4 UUID in lowercase hex ("7f175dc7-2157-4e26-995c-a1bfd262e198").
    std::string uuid();

    // hex returns n random lowercase hex digits.
    std::string hex(std::size_t n);

    // digits returns n random decimal digits, the first one non-zero.
    std::string digits(std::size_t n);

    // upper_alnum returns n random characters from A-Z and 0-9 (IAM unique ids).
    std::string upper_alnum(std::size_t n);

    // state returns the generator state, for save().
    std::uint64_t state() const { return state_; }

    // set_state restores a state returned by state().
    void set_state(std::uint64_t state) { state_ = state; }

  private:
    std::uint64_t state_;
};

// name_uuid returns a UUID derived from a name (version-3 layout), the same for the same name.
std::string name_uuid(std::string_view name);

}  // namespace evb
