// Help pages generated from the operation tables.
#include "help.hpp"

#include "arguments.hpp"

namespace evb::cli {
namespace {

std::string upper(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string banner(const std::string& name) {
    std::string title = upper(name) + "()";
    std::size_t gap = title.size() * 2 < 78 ? 78 - title.size() * 2 : 1;
    return title + std::string(gap, ' ') + title + "\n\n";
}

std::string synopsis_entry(const ParamSpec& p) {
    if (p.positional) return "<" + p.flag + ">";
    if (p.shape->kind == ShapeKind::Boolean) return "[" + p.flag + " | --no-" + p.flag.substr(2) + "]";
    std::string entry = p.flag + " <value>";
    return p.required ? entry : "[" + entry + "]";
}

std::string option_entry(const ParamSpec& p) {
    std::string out =
        "       " + p.flag + " (" + shape_type_name(p.shape->kind) + ")\n          " + p.help + "\n";
    if (!p.shape->choices.empty()) {
        out += "\n          Possible values:\n\n";
        for (const auto& c : p.shape->choices)
            out += "          o " + c + "\n";
    }
    if (p.shape->kind == ShapeKind::Structure || p.shape->kind == ShapeKind::List ||
        p.shape->kind == ShapeKind::Map) {
        out += "\n          Shorthand syntax or JSON; file://path reads the value from the workspace.\n";
    }
    if (p.shape->kind == ShapeKind::Blob)
        out += "\n          Use fileb://path to read binary data from the workspace.\n";
    return out + "\n";
}

}  // namespace

std::string top_help() {
    std::string out = banner("aws");
    out +=
        "NAME\n       aws -\n\nDESCRIPTION\n"
        "       The  AWS  Command  Line  Interface is a unified tool to manage your AWS\n"
        "       services. This playground emulates it over an in-memory AWS account.\n\n"
        "SYNOPSIS\n          aws [options] <command> <subcommand> [parameters]\n\n"
        "       Use aws command help for information on a specific command.\n\n"
        "OPTIONS\n";
    for (const auto& flag : global_flag_names())
        out += "       " + flag + "\n";
    out += "\nAVAILABLE SERVICES\n";
    for (const auto& name : service_names())
        out += "       o " + name + "\n\n";
    return out;
}

std::string service_help(const ServiceSpec& service) {
    std::string out = banner(service.name);
    out += "NAME\n       " + service.name + " -\n\nDESCRIPTION\n       " + service.title + ".\n\n";
    out += "AVAILABLE COMMANDS\n";
    for (const auto& op : service.operations)
        out += "       o " + op.command + "\n\n";
    return out;
}

std::string operation_help(const OperationSpec& op) {
    std::string out = banner(op.command);
    out += "NAME\n       " + op.command + " -\n\nDESCRIPTION\n       " + op.summary + "\n\n";
    if (op.paginated()) {
        out += "       " + op.command +
               " is a paginated operation. Multiple API calls may be issued in\n"
               "       order to retrieve the entire data set of results. You can disable pagination\n"
               "       by providing the --no-paginate argument.\n\n";
    }
    out += "SYNOPSIS\n            " + op.command + "\n";
    for (const auto& p : op.params) {
        if (!p.undocumented) out += "          " + synopsis_entry(p) + "\n";
    }
    out += "          [--cli-input-json <value>]\n";
    if (op.paginated()) {
        out += "          [--starting-token <value>]\n";
        if (!op.paginator.limit_key.empty()) out += "          [--page-size <value>]\n";
        out += "          [--max-items <value>]\n";
    }
    out += "          [--generate-cli-skeleton <value>]\n\nOPTIONS\n";
    for (const auto& p : op.params) {
        if (!p.undocumented) out += option_entry(p);
    }
    return out;
}

std::string shell_help() {
    return "EventBridge Playground shell\n\n"
           "  aws <service> <command> [--flag value ...]   the AWS CLI (the leading aws is optional)\n"
           "      services: aws help lists them              try: aws events help, aws events put-rule help\n"
           "      --output json|text|table  --query JMESPATH  --cli-input-json  --generate-cli-skeleton\n\n"
           "  ls [-l]                  list the workspace files\n"
           "  cat FILE...              print files\n"
           "  echo [-n] WORD...        print words\n"
           "  base64 [-d] [FILE]       encode or decode (standard input when no file)\n"
           "  zip [-r] [-q] OUT.zip FILE...   archive files (fileb://OUT.zip gives Lambda its code)\n"
           "  jq [-r] [-c] [-e] [-n] FILTER [FILE]   filter JSON (standard input when no file): paths .a.b "
           ".[0]\n"
           "      .[] .[1:] ?, | , // == != < <= > >= and or not, [..] {..} \"\\(.a)\", select map length "
           "keys\n"
           "      has to_entries first last tostring tonumber ascii_downcase join split type empty add sort "
           "sort_by\n"
           "  rm FILE...               delete files\n"
           "  head|tail [-n N] [-c N] [FILE...]   the first or last lines (tail -n +N: from line N)\n"
           "  wc [-l] [-w] [-c] [FILE...]         count lines, words and bytes\n"
           "  grep [-i -v -c -q -n -o -E -F] PATTERN [FILE...]   the lines that match\n"
           "  history                  the commands run so far\n"
           "  budgets [--log-events-per-group N] [--log-bytes N] [--activity-entries N]\n"
           "                           what the world keeps at most, and what it dropped to stay within\n"
           "  sleep SECONDS[smhd]      move the virtual clock forward at once (scheduled rules fire)\n"
           "  date [+FORMAT] [-d WHEN] the virtual time, in UTC\n\n"
           "  Quoting and escapes as in sh; pipes (|), lists (; && ||), redirections (> >> <) and\n"
           "  here-documents (cat > f.py <<'EOF' ... EOF); if/elif/else, for, while and until with [ ].\n"
           "  Variables as in bash: NAME=value, export NAME=value, $NAME, ${NAME}, \"$NAME\", $?,\n"
           "  ${NAME:-default}, and $(command) to capture what a command prints:\n"
           "      ARN=$(aws events put-rule --name r --schedule-expression 'rate(1 hour)' --query RuleArn "
           "--output text)\n";
}

}  // namespace evb::cli
