// evb_render_response: prints a canned API response (JSON on standard input) as the shell would print it
// after a call, so tests/aws_cli/compare_with_aws_cli.py can set it beside the real AWS CLI's output for the
// same response. Usage: evb_render_response OPERATION OUTPUT [QUERY]
#include "../../shell/src/cli/render.hpp"

#include <iostream>
#include <iterator>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: evb_render_response OPERATION OUTPUT [QUERY] < response.json\n";
        return 2;
    }
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    evb::Json body = evb::Json::parse(text, nullptr, false);
    if (body.is_discarded()) {
        std::cerr << "evb_render_response: the response is not JSON\n";
        return 2;
    }
    std::optional<evb::cli::JmesPath> query;
    if (argc > 3) {
        auto compiled = evb::cli::compile_query(argv[3]);
        if (auto* error = std::get_if<evb::ShellResult>(&compiled)) {
            std::cerr << error->err;
            return error->exit_code;
        }
        query = std::get<evb::cli::JmesPath>(std::move(compiled));
    }
    evb::ShellResult result = evb::cli::render_response(argv[1], body, argv[2], query ? &*query : nullptr);
    std::cout << result.out;
    std::cerr << result.err;
    return result.exit_code;
}
