#include "evb/lambda_runtime.hpp"
namespace evb {
std::optional<ApiError> invoke_async(Account&, const std::string& name, const Json&) {
    return ApiError{"ResourceNotFoundException", "Function not found: " + name, 404};
}
}  // namespace evb
