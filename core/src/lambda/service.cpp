// The lambda service's operation table for World::call.
#include "evb/lambda/service.hpp"

namespace evb {
namespace {

constexpr Operation kLambdaOperations[] = {
    {"CreateFunction", create_function, true},
    {"GetFunction", get_function, false},
    {"GetFunctionConfiguration", get_function_configuration, false},
    {"ListFunctions", list_functions, false},
    {"DeleteFunction", delete_function, true},
    {"UpdateFunctionCode", update_function_code, true},
    {"Invoke", invoke, true},
};

}  // namespace

std::span<const Operation> lambda_operations() {
    return kLambdaOperations;
}

}  // namespace evb
