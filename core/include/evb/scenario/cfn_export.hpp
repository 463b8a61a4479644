// The world as a CloudFormation template that recreates it on real AWS: AWS::Events::EventBus,
// AWS::Events::Rule (EventPattern as an object, ScheduleExpression, State, EventBusName, Targets with
// Id/Arn/RoleArn/Input/InputPath/InputTransformer), AWS::Logs::LogGroup, AWS::IAM::ManagedPolicy,
// AWS::IAM::Role (managed and inline policies), AWS::Lambda::Function (placeholder code: simulated code
// cannot be exported; the behaviour rides along in Metadata.EvbPlayground so the playground can import it
// back), plus the AWS::Logs::ResourcePolicy and AWS::Lambda::Permission that real AWS needs for rules to
// reach log groups and functions. Logical ids come from names; a resource that names another one of the
// template uses Ref or Fn::GetAtt, and the account id and region become ${AWS::AccountId} and
// ${AWS::Region}. A world with nothing to export gets a no-op AWS::CloudFormation::WaitConditionHandle, as
// a template needs one resource. Deterministic: the same world gives the same bytes. Depends only on the
// account model.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <string>

namespace evb {

// kCfnMetadataKey is the Metadata member that carries what only the playground understands.
inline constexpr const char* kCfnMetadataKey = "EvbPlayground";

// export_cloudformation builds the template of an account's resources.
Json export_cloudformation(const Account& account);

// export_cloudformation_json writes that template as JSON.
std::string export_cloudformation_json(const Account& account);

// export_cloudformation_yaml writes that template as YAML with !Ref, !GetAtt and !Sub short forms.
std::string export_cloudformation_yaml(const Account& account);

}  // namespace evb
