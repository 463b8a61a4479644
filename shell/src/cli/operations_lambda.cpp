// AWS Lambda's operations as the AWS CLI presents them (aws lambda ...), including the CLI's own
// --zip-file (Code.ZipFile) and invoke's outfile positional.
#include "operation_model.hpp"

namespace evb::cli {
namespace {

constexpr const char* kRuntime =
    "string(nodejs20.x|nodejs18.x|python3.12|python3.11|python3.10|python3.9|python3.8|python3.6|java21|"
    "java17|"
    "ruby3.3|provided.al2023|provided.al2)";
constexpr const char* kCode =
    "{ZipFile:blob,S3Bucket:string,S3Key:string,S3ObjectVersion:string,ImageUri:string}";

}  // namespace

std::vector<OperationSpec> lambda_operations() {
    return {
        make_operation(
            "lambda", "CreateFunction", "Creates a Lambda function from a deployment package.",
            {
                {"FunctionName!", "string", "The name or ARN of the Lambda function.", Resource::Function},
                {"Runtime", kRuntime, "The identifier of the function's runtime."},
                {"Role!", "string", "The ARN of the function's execution role.", Resource::RoleArn},
                {"Handler", "string",
                 "The name of the method that Lambda calls to run your function (file.function)."},
                {"Code!", kCode, "The code for the function (or use --zip-file)."},
                {"Description", "string", "A description of the function."},
                {"Timeout", "integer",
                 "The amount of time (in seconds) that Lambda allows a function to run."},
                {"MemorySize", "integer", "The amount of memory available to the function at runtime (MB)."},
                {"Publish", "boolean", "Set to true to publish the first version of the function."},
                {"PackageType", "string(Zip|Image)", "The type of deployment package."},
                {"DeadLetterConfig", "{TargetArn:string}",
                 "Where to send asynchronous events that fail processing."},
                {"Environment", "{Variables:map<string>}",
                 "Environment variables available to the function."},
                {"TracingConfig", "{Mode:string(Active|PassThrough)}", "X-Ray tracing mode."},
                {"Tags", "map<string>", "Tags to apply to the function."},
                {"Architectures", "list<string(x86_64|arm64)>", "The instruction set architecture."},
                {"Code.ZipFile>--zip-file", "blob", "The path to the zip file of the code (fileb://...)."},
            }),
        make_operation(
            "lambda", "GetFunction", "Returns information about the function or function version.",
            {
                {"FunctionName!", "string", "The name or ARN of the Lambda function.", Resource::Function},
                {"Qualifier", "string", "A version or alias."},
            }),
        make_operation(
            "lambda", "ListFunctions",
            "Returns a list of Lambda functions, with the version-specific configuration of each.",
            {
                {"MasterRegion", "string", "For Lambda@Edge functions, the Region of the master function."},
                {"FunctionVersion", "string(ALL)",
                 "Set to ALL to include entries for all published versions."},
                {"Marker", "string", "The pagination token returned by a previous request."},
                {"MaxItems", "integer", "The maximum number of functions to return in the response."},
            },
            Paginator{"Marker", "NextMarker", "MaxItems", "", {"Functions"}}),
        make_operation(
            "lambda", "DeleteFunction", "Deletes a Lambda function.",
            {
                {"FunctionName!", "string", "The name or ARN of the Lambda function.", Resource::Function},
                {"Qualifier", "string", "A version to delete."},
            }),
        make_operation(
            "lambda", "UpdateFunctionCode", "Updates a Lambda function's code.",
            {
                {"FunctionName!", "string", "The name or ARN of the Lambda function.", Resource::Function},
                {"ZipFile", "blob", "The path to the zip file of the code (fileb://...)."},
                {"S3Bucket", "string", "An Amazon S3 bucket holding the deployment package."},
                {"S3Key", "string", "The Amazon S3 key of the deployment package."},
                {"S3ObjectVersion", "string", "The version of the deployment package object."},
                {"ImageUri", "string", "URI of a container image."},
                {"Publish", "boolean", "Publish a new version after updating the code."},
                {"DryRun", "boolean", "Validate the request without updating the code."},
                {"RevisionId", "string", "Update only if the revision ID matches."},
                {"Architectures", "list<string(x86_64|arm64)>", "The instruction set architecture."},
            }),
        make_operation(
            "lambda", "Invoke", "Invokes a Lambda function; the response payload is written to outfile.",
            {
                {"FunctionName!", "string", "The name or ARN of the Lambda function.", Resource::Function},
                {"InvocationType", "string(Event|RequestResponse|DryRun)",
                 "RequestResponse (default), Event or DryRun."},
                {"LogType", "string(None|Tail)", "Set to Tail to include the execution log in the response."},
                {"ClientContext", "string", "Up to 3,583 bytes of base64-encoded client context."},
                {"Payload", "payload", "The JSON that you want to provide to your Lambda function as input."},
                {"Qualifier", "string", "A version or alias."},
                {"<outfile>!", "string", "Filename where the response payload will be saved."},
            }),
    };
}

}  // namespace evb::cli
