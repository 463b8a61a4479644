// `--output json`: Python's json.dumps(indent=4, ensure_ascii=False), which nlohmann's dump matches.
#include "output.hpp"

namespace evb::cli {

std::string format_json(const Json& response) {
    if (response.is_object() && response.empty()) return "";
    return response.dump(4, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace evb::cli
