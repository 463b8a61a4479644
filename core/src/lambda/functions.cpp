// Functions: CreateFunction, GetFunction, ListFunctions, DeleteFunction, UpdateFunctionCode.
#include "evb/lambda/service.hpp"

#include "common/pagination.hpp"
#include "evb/common/arn.hpp"
#include "evb/common/base64.hpp"
#include "evb/common/ids.hpp"
#include "evb/common/sha256.hpp"
#include "evb/iam/policy_evaluator.hpp"
#include "evb/lambda/function_behavior.hpp"
#include "support.hpp"

#include <algorithm>
#include <string_view>

namespace evb {
namespace {

constexpr std::string_view kRuntimes[] = {
    "nodejs",       "nodejs4.3",      "nodejs6.10",    "nodejs8.10",    "nodejs10.x", "nodejs12.x",
    "nodejs14.x",   "nodejs16.x",     "nodejs18.x",    "nodejs20.x",    "nodejs22.x", "java8",
    "java8.al2",    "java11",         "java17",        "java21",        "python2.7",  "python3.6",
    "python3.7",    "python3.8",      "python3.9",     "python3.10",    "python3.11", "python3.12",
    "python3.13",   "dotnetcore1.0",  "dotnetcore2.1", "dotnetcore3.1", "dotnet6",    "dotnet8",
    "go1.x",        "ruby2.5",        "ruby2.7",       "ruby3.2",       "ruby3.3",    "provided",
    "provided.al2", "provided.al2023"};

// known_runtime tells whether Runtime is one Lambda has offered.
bool known_runtime(const std::string& runtime) {
    return std::find(std::begin(kRuntimes), std::end(kRuntimes), runtime) != std::end(kRuntimes);
}

// runtime_set prints the runtime enum as AWS's validation message does.
std::string runtime_set() {
    std::string out = "[";
    for (auto r : kRuntimes)
        out += std::string(out.size() > 1 ? ", " : "") + std::string(r);
    return out + "]";
}

// validate_create checks CreateFunction's members.
std::optional<ApiError> validate_create(const Json& request) {
    if (auto e = check_shape(request, {{"FunctionName", FieldKind::kString},
                                       {"Runtime", FieldKind::kString},
                                       {"Role", FieldKind::kString},
                                       {"Handler", FieldKind::kString},
                                       {"Code", FieldKind::kObject},
                                       {"Description", FieldKind::kString},
                                       {"Timeout", FieldKind::kNumber},
                                       {"MemorySize", FieldKind::kNumber},
                                       {"Environment", FieldKind::kObject},
                                       {"Behavior", FieldKind::kObject}})) {
        return e;
    }
    Validation v;
    validate_function_name(v, request);
    if (auto r = string_field(request, "Runtime"))
        v.enum_value(*r, "Runtime", known_runtime(*r), runtime_set());
    auto role = string_field(request, "Role");
    if (!role)
        v.not_null("Role");
    else
        v.pattern(*role, "Role",
                  role->find(":iam::") != std::string::npos && role->find(":role/") != std::string::npos,
                  "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    if (!request.contains("Code")) v.not_null("Code");
    if (auto h = string_field(request, "Handler")) v.length(*h, "Handler", 0, 128);
    if (auto d = string_field(request, "Description")) v.length(*d, "Description", 0, 256);
    if (auto t = int_field(request, "Timeout")) v.range(*t, "Timeout", 1, 900);
    if (auto m = int_field(request, "MemorySize")) v.range(*m, "MemorySize", 128, 10240);
    if (!v.ok()) return v.error();
    return std::nullopt;
}

// invalid_value is InvalidParameterValueException with a message.
ApiError invalid_value(std::string message) {
    return ApiError{"InvalidParameterValueException", std::move(message)};
}

// check_role requires a role that exists and trusts lambda.amazonaws.com.
std::optional<ApiError> check_role(const Account& account, const std::string& role_arn) {
    const Role* role = find_role_by_arn(account, role_arn);
    if (!role || to_json_text(role->assume_role_policy).find("lambda.amazonaws.com") == std::string::npos) {
        return invalid_value("The role defined for the function cannot be assumed by Lambda.");
    }
    return std::nullopt;
}

// zip_bytes decodes the code package (Code.ZipFile or ZipFile), or says why it cannot be read.
std::optional<ApiError> zip_bytes(const Json& code, std::string& bytes) {
    if (code.contains("S3Bucket")) {
        return invalid_value(
            "Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified "
            "bucket does not exist");
    }
    auto zip = string_field(code, "ZipFile");
    auto decoded = zip ? base64_decode(*zip) : std::nullopt;
    if (!decoded || decoded->empty())
        return invalid_value(
            "Could not unzip uploaded file. Please check your file, then try to upload again.");
    bytes = std::move(*decoded);
    return std::nullopt;
}

// set_code stores a package's size and hash and derives the behaviour (explicit Behavior wins,
// then a package that is itself a behaviour document, else a function that returns null).
std::optional<ApiError> set_code(Account& account, LambdaFunction& f, const Json& code, const Json& request) {
    std::string bytes;
    if (auto error = zip_bytes(code, bytes)) return error;
    const auto digest = sha256(bytes);
    f.code_size = static_cast<std::int64_t>(bytes.size());
    f.code_sha256 =
        base64_encode(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
    auto packaged = parse_json(bytes);
    f.behavior = request.contains("Behavior")        ? request.at("Behavior")
                 : packaged && packaged->is_object() ? *packaged
                                                     : Json::object();
    if (auto why = check_behavior(f.behavior))
        return invalid_value("The function behavior is not valid: " + *why);
    f.last_modified_ms = account.now_ms;
    f.revision_id = account.ids.uuid();
    f.warm_until_ms = -1;
    return std::nullopt;
}

// build_function makes the function a validated CreateFunction request describes.
std::optional<ApiError> build_function(Account& account, const Json& request, LambdaFunction& f) {
    f.name = function_name_of(*string_field(request, "FunctionName"));
    f.runtime = string_field(request, "Runtime").value_or("");
    f.role = *string_field(request, "Role");
    f.handler = string_field(request, "Handler").value_or("");
    if (f.runtime.empty() || f.handler.empty())
        return invalid_value(
            "Runtime and Handler are mandatory parameters for functions created with deployment packages.");
    if (auto error = check_role(account, f.role)) return error;
    f.description = string_field(request, "Description").value_or("");
    f.timeout = int_field(request, "Timeout").value_or(3);
    f.memory_size = int_field(request, "MemorySize").value_or(128);
    if (request.contains("Environment")) f.environment = request.at("Environment");
    return set_code(account, f, request.at("Code"), request);
}

// validate_name_only checks a {FunctionName} request.
std::optional<ApiError> validate_name_only(const Json& request) {
    if (auto e =
            check_shape(request, {{"FunctionName", FieldKind::kString}, {"Qualifier", FieldKind::kString}}))
        return e;
    Validation v;
    validate_function_name(v, request);
    if (!v.ok()) return v.error();
    return std::nullopt;
}

}  // namespace

ApiResult create_function(Account& account, const Json& request) {
    if (auto error = validate_create(request)) return *error;
    const std::string name = function_name_of(*string_field(request, "FunctionName"));
    if (account.lambda.functions.count(name))
        return ApiError{"ResourceConflictException", "Function already exist: " + name, 409};
    LambdaFunction f;
    if (auto error = build_function(account, request, f)) return *error;
    Json out = configuration_json(account, f, true);
    account.lambda.functions[name] = std::move(f);
    return out;
}

ApiResult get_function(Account& account, const Json& request) {
    if (auto error = validate_name_only(request)) return *error;
    LambdaFunction* f = nullptr;
    if (auto error = lookup_function(account, request, f)) return *error;
    const std::string& region = account.config.region;
    const std::string location = "https://awslambda-" + region + "-tasks.s3." + region +
                                 ".amazonaws.com/snapshots/" + account.config.account_id + "/" + f->name +
                                 "-" + name_uuid(f->code_sha256);
    return Json{{"Configuration", configuration_json(account, *f, true)},
                {"Code", Json{{"RepositoryType", "S3"}, {"Location", location}}}};
}

ApiResult get_function_configuration(Account& account, const Json& request) {
    if (auto error = validate_name_only(request)) return *error;
    LambdaFunction* f = nullptr;
    if (auto error = lookup_function(account, request, f)) return *error;
    return configuration_json(account, *f, true);
}

ApiResult list_functions(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"Marker", FieldKind::kString}, {"MaxItems", FieldKind::kNumber}}))
        return *e;
    Validation v;
    if (auto m = int_field(request, "MaxItems")) v.range(*m, "MaxItems", 1, 10000);
    if (!v.ok()) return v.error();
    Json functions = Json::array();
    for (const auto& [name, f] : account.lambda.functions)
        functions.push_back(configuration_json(account, f, false));
    auto page =
        paginate(functions.size(), string_field(request, "Marker"), int_field(request, "MaxItems"), 50);
    if (!page) return invalid_value("Invalid marker.");
    Json out = {{"Functions", Json(functions.begin() + page->begin, functions.begin() + page->end)}};
    if (page->next_token) out["NextMarker"] = *page->next_token;
    return out;
}

ApiResult delete_function(Account& account, const Json& request) {
    if (auto error = validate_name_only(request)) return *error;
    LambdaFunction* f = nullptr;
    if (auto error = lookup_function(account, request, f)) return *error;
    account.lambda.functions.erase(f->name);
    return Json::object();
}

ApiResult update_function_code(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"FunctionName", FieldKind::kString},
                                       {"ZipFile", FieldKind::kString},
                                       {"Behavior", FieldKind::kObject},
                                       {"Publish", FieldKind::kBool}})) {
        return *e;
    }
    Validation v;
    validate_function_name(v, request);
    if (!v.ok()) return v.error();
    LambdaFunction* f = nullptr;
    if (auto error = lookup_function(account, request, f)) return *error;
    LambdaFunction updated = *f;
    if (auto error = set_code(account, updated, request, request)) return *error;
    *f = std::move(updated);
    return configuration_json(account, *f, true);
}

}  // namespace evb
