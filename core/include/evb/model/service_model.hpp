// AWS's service models, as the AWS CLI and SDKs read them (botocore's service-2.json, paginators-1.json,
// waiters-2.json): operations, shapes with their constraints, paginators and waiters, documentation cut to
// one-line summaries. The build generates them from a pinned copy (tools/gen_models.py); a service's model
// is parsed on first use. Depends only on evb/common/json.hpp and the standard library.
#pragma once

#include "evb/common/json.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::model {

enum class ShapeType { String, Integer, Long, Float, Double, Boolean, Timestamp, Blob, List, Map, Structure };

// A structure's member: its name, the shape it refers to, and how it travels (a URI label, a header...).
struct Member {
    std::string name;
    std::string shape;
    std::string summary;
    std::string location;       // "uri", "querystring", "header", "headers"; empty for the body
    std::string location_name;  // the name on the wire when it differs
    bool idempotency_token = false;
    bool deprecated = false;
    bool json_value = false;  // a string that carries JSON (headers)
};

struct Shape {
    std::string name;
    ShapeType type = ShapeType::String;
    std::optional<double> min;  // length for strings, lists, maps and blobs; value for numbers
    std::optional<double> max;
    std::string pattern;
    std::vector<std::string> enum_values;
    std::vector<Member> members;  // a structure's members, in AWS's order
    std::vector<std::string> required;
    std::string member;   // a list's element shape
    std::string key;      // a map's key shape
    std::string value;    // a map's value shape
    std::string payload;  // the member that is the whole HTTP body
    bool streaming = false;
    bool is_union = false;  // exactly one member may be set
    bool document = false;  // any JSON value
    bool sensitive = false;
    bool exception = false;

    // find_member finds a structure member by name, or returns null.
    const Member* find_member(std::string_view name) const;

    // is_required tells whether a structure requires a member.
    bool is_required(std::string_view name) const;
};

// How an operation's results are paged (botocore's paginators-1.json).
struct Paginator {
    std::vector<std::string> input_token;
    std::vector<std::string> output_token;  // JMESPath-like paths, mostly plain member names
    std::vector<std::string> result_key;
    std::string limit_key;
    std::string more_results;
};

struct Waiter {
    std::string name;
    std::string operation;
    int delay = 0;
    int max_attempts = 0;
    Json acceptors;  // botocore's acceptor objects, as in waiters-2.json
};

struct Operation {
    std::string name;    // "PutRule"
    std::string input;   // shape name; empty when the operation takes nothing
    std::string output;  // shape name; empty when it returns nothing
    std::string summary;
    std::string http_method;
    std::string request_uri;
    bool deprecated = false;
};

struct ServiceModel {
    std::string name;                                          // "events", as the CLI names it
    std::string title;                                         // "Amazon EventBridge"
    std::string version;                                       // "2015-10-07"
    std::string protocol;                                      // "json", "rest-json", "query"
    std::map<std::string, Operation, std::less<>> operations;  // by name, sorted
    std::map<std::string, Shape, std::less<>> shapes;
    std::map<std::string, Paginator, std::less<>> paginators;  // by operation name
    std::map<std::string, Waiter, std::less<>> waiters;        // by waiter name

    // operation finds an operation by API name ("PutRule"), or returns null.
    const Operation* operation(std::string_view name) const;

    // shape finds a shape by name, or returns null.
    const Shape* shape(std::string_view name) const;

    // paginator returns how an operation pages, or null when it does not.
    const Paginator* paginator(std::string_view operation) const;
};

// parse_service_model reads a compact model (tools/gen_models.py's form); nothing when malformed.
std::optional<ServiceModel> parse_service_model(std::string_view text);

// service_model returns a service's model ("events"), parsed on first use, or null for an unknown service.
const ServiceModel* service_model(std::string_view service);

// model_services lists the services whose models are built in, in the order the build names them.
const std::vector<std::string_view>& model_services();

// shape_type_name names a type as the models do ("string", "structure").
std::string_view shape_type_name(ShapeType type);

}  // namespace evb::model
