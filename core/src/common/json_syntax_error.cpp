// find_json_syntax_error (see evb/common/json_syntax_error.hpp): a SAX pass that accepts every value, so only
// the place where parsing fails is recorded and no document is built.
#include "evb/common/json_syntax_error.hpp"

namespace evb {
namespace {

struct SyntaxErrorFinder : Json::json_sax_t {
    std::optional<JsonSyntaxError> error;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    // nlohmann counts the offending byte itself, so its position is one past the offset.
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) override {
        error = JsonSyntaxError{position > 0 ? position - 1 : 0, e.what()};
        return false;
    }
};

}  // namespace

std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view text) {
    SyntaxErrorFinder finder;
    (void)Json::sax_parse(text.begin(), text.end(), &finder);
    return finder.error;
}

}  // namespace evb
