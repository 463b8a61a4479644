"""The cases compare_with_aws_cli.py runs: command lines whose error the CLI answers before any call, and
canned responses (members in the order of AWS's model, as botocore parses them) with the queries to print
them through."""

# Usage errors that do not depend on which services and operations exist.
USAGE_CASES = [
    [],
    ["events"],
    ["events", "create-event-bus"],
    ["events", "create-event-bus", "--name"],
    ["events", "create-event-bus", "--name", "a", "--bogus", "x"],
    ["events", "create-event-bus", "--name", "a", "--bogus"],
    ["events", "list-rules", "--output", "xml"],
    ["events", "delete-rule", "--name", "r", "--force=yes"],
    ["events", "list-rules", "--limit", "ten", "--no-paginate"],
    ["events", "list-rules", "--query", "Rules[?"],
    ["events", "list-rules", "--query", "Rules[0"],
    ["events", "list-rules", "--query", "Rules[?Name==]"],
    ["events", "list-rules", "--query", "a b"],
    ["lambda", "invoke", "--function-name", "f"],
    # Both read the same directory (the native evb's workspace is the current directory).
    ["events", "put-rule", "--name", "r", "--event-pattern", "file://absent-pattern.json"],
    ["events", "put-rule", "--name", "r", "--event-pattern", "file://"],
    ["lambda", "create-function", "--function-name", "f", "--runtime", "python3.9", "--handler", "h",
     "--role", "arn:aws:iam::123456789012:role/r", "--zip-file", "fileb://absent-function.zip"],
    ["events", "put-targets", "--rule", "r", "--targets", '[{"Id": }]'],
    ["events", "put-targets", "--rule", "r", "--targets", "[{"],
    ["events", "put-targets", "--rule", "r", "--targets", '[\n  {"Id": "a"},\n  {"Id" "b"}\n]'],
    ["events", "put-targets", "--rule", "r", "--targets", '[{"Id": "caf\u00e9", x}]'],
]

# Strings that YAML would read as another type, or that need quotes or escapes.
TRICKY_STRINGS = [
    "2012-10-17", "2012-10-17T01:02:03Z", "2001-12-14 21:59:43.10 -5", "012", "0x1F", "0o17", "0b101", "NULL",
    "Null", "null", "~", "", "true", "False", "yes", "on", "off", "Y", "n", "01", "0755", "1:20", ".5", "+1",
    "-1", "1e3", "1_000", "1.0", ".inf", "-.Inf", ".NaN", "=", "<<", "abc:", "a: b", "a #b", "#a", "-a", "- a",
    "?a", "? a", ":a", "@x", "`x", "!x", "%x", "&x", "*x", "|x", ">x", "'x", '"x', "x'y", "{x", "[x", ",x",
    "a\rb", "a\x01b", "a\tb", "a\nb", "a\n", " lead", "trail ", "a \nb", "---", "...", "\x7f", "\ufeffx",
    "a\x85b", "a\u2028b", "\u00a0", "\u00e9t\u00e9", "\u65e5\u672c", "\U0001F600", "a\\b",
    "long words " * 12, "it's quoted " * 10, "x" * 100, "tab\t " * 20,
]

FORMAT_CASES = [
    {
        "name": "list-rules",
        "command": ["events", "list-rules"],
        "operation": "ListRules",
        "body": {"Rules": [
            {"Name": "orders", "Arn": "arn:aws:events:us-east-1:123456789012:rule/orders",
             "EventPattern": "{\"source\":[\"shop\"],\"detail\":{\"price\":[{\"numeric\":[\">\",10]}]}}",
             "State": "ENABLED", "Description": "Orders over ten dollars, sent to the log group",
             "EventBusName": "default"},
            {"Name": "nightly", "Arn": "arn:aws:events:us-east-1:123456789012:rule/nightly",
             "State": "DISABLED", "ScheduleExpression": "cron(0 3 * * ? *)",
             "RoleArn": "arn:aws:iam::123456789012:role/nightly", "EventBusName": "default"},
        ]},
        "queries": ["Rules[*].[Name, State]", "Rules[0].Name", "Rules[?State=='DISABLED'] | [0]",
                    "length(Rules)", "Rules[*].Description", "{names: Rules[*].Name, none: `[]`, empty: `{}`}",
                    "Rules[0].Nope", "`[[1, [2, 3]], [], [{}], [{\"b\": 1, \"a\": [[true, null, 1.5]]}]]`",
                    "`{\"yes\": 1, \"a b\": 2, \"\": 3, \"a: b\": 4, \"2012-10-17\": 5, \"#\": 6, \"Z\": 7,"
                    " \"\\u00e9\": 8, \"a\\nb\": 9}`",
                    "length(`1`)"],
    },
    {
        "name": "tricky-strings",
        "command": ["events", "list-rule-names-by-target", "--target-arn", "arn:aws:sqs:us-east-1:1:q"],
        "operation": "ListRuleNamesByTarget",
        "body": {"RuleNames": TRICKY_STRINGS},
        "queries": ["RuleNames[0]", "RuleNames[17]", "RuleNames[56]"],
    },
    {
        "name": "put-events",
        "command": ["events", "put-events", "--entries", "Source=a,DetailType=b,Detail=x"],
        "operation": "PutEvents",
        "body": {"FailedEntryCount": 1, "Entries": [
            {"EventId": "11710aed-b79e-4468-a20b-bb3c0c3b4860"},
            {"ErrorCode": "InternalFailure", "ErrorMessage": "The event could not be delivered."},
            {"EventId": "d804d26a-88db-4b66-9eaf-9a11c708ae82"},
        ]},
        "queries": ["Entries[*].EventId", "Entries"],
    },
    {
        "name": "targets",
        "command": ["events", "list-targets-by-rule", "--rule", "orders"],
        "operation": "ListTargetsByRule",
        "body": {"Targets": [
            {"Id": "log", "Arn": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/orders",
             "InputTransformer": {
                 "InputPathsMap": {"yes": "$.detail.yes", "zone": "$.detail.zone", "Account": "$.account",
                                   "on": "$.detail.on", "012": "$.detail.n"},
                 "InputTemplate": "{\"account\": <Account>, \"zone\": <zone>}"},
             "RetryPolicy": {"MaximumRetryAttempts": 185, "MaximumEventAgeInSeconds": 86400}},
            {"Id": "fn", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:f", "Input": "{\"a\": 1}"},
        ]},
    },
    {
        "name": "wide-characters",
        "command": ["events", "list-event-buses"],
        "operation": "ListEventBuses",
        "body": {"EventBuses": [
            {"Name": "\u6ce8\u6587", "Arn": "arn:aws:events:us-east-1:123456789012:event-bus/\u6ce8\u6587"},
            {"Name": "\u0437\u0430\u043a\u0430\u0437\u044b", "Arn": "\u00b0\u00b1\u00d7\u2192\u2500"},
            {"Name": "caf\u00e9", "Arn": "\uff21\uff22\uff23 \ud55c\uad6d\uc5b4 \U0001F600"},
        ]},
    },
    {
        "name": "log-groups",
        "command": ["logs", "describe-log-groups"],
        "operation": "DescribeLogGroups",
        "body": {"logGroups": [
            {"logGroupName": "/aws/events/orders", "creationTime": 1700000000000, "retentionInDays": 7,
             "metricFilterCount": 0, "arn": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/orders:*",
             "storedBytes": 1056},
            {"logGroupName": "/aws/lambda/f", "creationTime": 1700000000001, "metricFilterCount": 0,
             "arn": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*", "storedBytes": 0},
        ]},
    },
    {
        "name": "test-event-pattern",
        "command": ["events", "test-event-pattern", "--event-pattern", "{}", "--event", "{}"],
        "operation": "TestEventPattern",
        "body": {"Result": True},
    },
    {
        "name": "empty",
        "command": ["events", "delete-rule", "--name", "orders"],
        "operation": "DeleteRule",
        "body": {},
    },
]
