// The in-memory workspace and the files a fresh one ships with.
#include "evb/workspace.hpp"

namespace evb {
namespace {

constexpr std::string_view kLambdaFunction = R"PY(import json
import boto3


def lambda_handler(event, context):
    
    order_details = {
        "orderNumber": "123",
        "productId": "ISN123",
        "price": 100,
        "customer": {
            "name": "Jane Doe",
            "customerId": "1",
            "address": "galaxy far far away"
        }
    }
    
    event_bridge = boto3.client('events')
    
    response = event_bridge.put_events(
        Entries=[
            {
                'Source': 'Order Service',
                'DetailType': 'New Order',
                'Detail': json.dumps(order_details),
                'EventBusName': 'manual-order-bus'
            },
        ]
    )
    return {
        'statusCode': 200,
        'body': json.dumps('Hello from Lambda!')
    }
)PY";

}  // namespace

std::string_view tutorial_lambda_source() {
    return kLambdaFunction;
}

Workspace::Workspace() {
    files_["lambda_function.py"] = std::string(kLambdaFunction);
}

std::optional<std::string> Workspace::read(std::string_view path) const {
    auto it = files_.find(normalize(path));
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

void Workspace::write(std::string_view path, std::string bytes) {
    files_[normalize(path)] = std::move(bytes);
}

void Workspace::append(std::string_view path, std::string_view bytes) {
    files_[normalize(path)] += bytes;
}

bool Workspace::remove(std::string_view path) {
    return files_.erase(normalize(path)) > 0;
}

std::vector<std::string> Workspace::list() const {
    std::vector<std::string> names;
    for (const auto& entry : files_)
        names.push_back(entry.first);
    return names;
}

std::string Workspace::normalize(std::string_view path) {
    std::string p(path);
    for (std::string_view prefix : {"~/", "/home/user/", "./"}) {
        while (p.rfind(prefix, 0) == 0)
            p.erase(0, prefix.size());
    }
    return p;
}

}  // namespace evb
