#include "evb/logs/shapes.hpp"

#include "evb/common/arn.hpp"

namespace evb {

Json group_json(const Account& account, const LogGroup& group) {
    const std::string arn = log_group_arn(account.config.region, account.config.account_id, group.name);
    Json out = {{"logGroupName", group.name}, {"creationTime", group.creation_ms}};
    if (group.retention_days) out["retentionInDays"] = *group.retention_days;
    out["metricFilterCount"] = 0;
    out["arn"] = arn + ":*";
    out["storedBytes"] = group.stored_bytes;
    out["logGroupClass"] = "STANDARD";
    out["logGroupArn"] = arn;
    return out;
}

Json stream_json(const Account& account, const LogGroup& group, const LogStream& stream) {
    Json out = {{"logStreamName", stream.name}, {"creationTime", stream.creation_ms}};
    if (stream.first_event_timestamp) out["firstEventTimestamp"] = *stream.first_event_timestamp;
    if (stream.last_event_timestamp) out["lastEventTimestamp"] = *stream.last_event_timestamp;
    if (stream.last_ingestion_time) out["lastIngestionTime"] = *stream.last_ingestion_time;
    if (!stream.upload_sequence_token.empty()) out["uploadSequenceToken"] = stream.upload_sequence_token;
    out["arn"] = log_stream_arn(account.config.region, account.config.account_id, group.name, stream.name);
    out["storedBytes"] = 0;
    return out;
}

}  // namespace evb
