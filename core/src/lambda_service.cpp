#include "evb/lambda_service.hpp"
namespace evb {
std::span<const Operation> lambda_operations() { return {}; }
}  // namespace evb
