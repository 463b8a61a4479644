// event_text (see evb/pattern/event_text.hpp). Json::dump may throw; no exception leaves core.
#include "evb/pattern/event_text.hpp"

namespace evb {

std::optional<std::string> event_text(const Json& event) {
    try {
        return event.dump(-1, ' ', false, Json::error_handler_t::replace);
    } catch (...) {
        return std::nullopt;
    }
}

}  // namespace evb
