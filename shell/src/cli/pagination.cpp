// Pagination as botocore's PageIterator.build_full_result does it, for the list operations.
#include "pagination.hpp"

#include "base64.hpp"

#include <algorithm>

namespace evb::cli {
namespace {

constexpr int kMaxPages = 10000;

std::string encode_token(const Json& token_fields) {
    return encode_base64(token_fields.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// decode_token reads a CLI starting token: base64 JSON {"NextToken": ..., "boto_truncate_amount": n} or a raw
// one.
std::pair<std::string, long long> decode_token(const std::string& token, const std::string& input_token) {
    auto decoded = decode_base64(token);
    if (decoded) {
        Json j = parse_json(*decoded).value_or(Json());
        if (j.is_object() && (j.contains(input_token) || j.contains("boto_truncate_amount"))) {
            auto amount = j.find("boto_truncate_amount");
            long long skip = amount != j.end() && amount->is_number_integer() ? amount->get<long long>() : 0;
            auto token_it = j.find(input_token);
            std::string token =
                token_it != j.end() && token_it->is_string() ? token_it->get<std::string>() : "";
            return {token, skip < 0 ? 0 : skip};
        }
    }
    return {token, 0};
}

std::string next_token_of(const OperationSpec& op, const Json& page) {
    const Paginator& p = op.paginator;
    if (!p.more_results.empty() && !page.value(p.more_results, false)) return "";
    auto it = page.find(p.output_token);
    if (it == page.end() || !it->is_string()) return "";
    return it->get<std::string>();
}

struct Merger {
    const OperationSpec& op;
    Json result = Json::object();
    Json other = Json::object();
    long long items = 0;

    void add(const Json& page, long long skip) {
        const Paginator& p = op.paginator;
        for (const auto& key : p.result_keys) {
            if (!result.contains(key)) result[key] = Json::array();
            auto it = page.find(key);
            if (it == page.end() || !it->is_array()) continue;
            for (std::size_t i = static_cast<std::size_t>(skip); i < it->size(); ++i)
                result[key].push_back((*it)[i]);
        }
        for (const auto& item : page.items()) {
            bool is_result =
                std::find(p.result_keys.begin(), p.result_keys.end(), item.key()) != p.result_keys.end();
            bool is_token = item.key() == p.output_token || item.key() == p.more_results;
            if (!is_result && !is_token && !other.contains(item.key())) other[item.key()] = item.value();
        }
        items = static_cast<long long>(result[p.result_keys[0]].size());
    }

    // truncate keeps max_items results and returns how many of the last page were kept.
    void truncate(long long max_items) {
        for (const auto& key : op.paginator.result_keys) {
            Json& list = result[key];
            while (static_cast<long long>(list.size()) > max_items)
                list.erase(list.size() - 1);
        }
    }

    Json finish() const {
        Json out = result;
        for (const auto& item : other.items())
            out[item.key()] = item.value();
        return out;
    }
};

}  // namespace

ApiResult paginate_call(World& world, const OperationSpec& op, Json request, const PageOptions& options) {
    const Paginator& p = op.paginator;
    long long skip = 0;
    std::string page_token;
    if (options.starting_token) {
        auto [token, amount] = decode_token(*options.starting_token, p.input_token);
        page_token = token;
        skip = amount;
        if (!token.empty()) request[p.input_token] = token;
    }
    if (options.page_size && !p.limit_key.empty()) request[p.limit_key] = *options.page_size;
    Merger merger{op, Json::object(), Json::object(), 0};
    for (int page_number = 0; page_number < kMaxPages; ++page_number) {
        ApiResult page = world.call(op.service, op.api, request);
        if (!page.ok()) return page;
        long long before = merger.items;
        merger.add(page.body(), skip);
        std::string next = next_token_of(op, page.body());
        if (options.max_items && merger.items >= *options.max_items) {
            long long used_from_page = *options.max_items - before + skip;
            bool page_exhausted = merger.items == *options.max_items;
            merger.truncate(*options.max_items);
            Json out = merger.finish();
            if (!page_exhausted) {
                Json token = Json::object();
                if (!page_token.empty()) token[p.input_token] = page_token;
                token["boto_truncate_amount"] = used_from_page;
                out["NextToken"] = encode_token(token);
            } else if (!next.empty())
                out["NextToken"] = encode_token(Json{{p.input_token, next}});
            return out;
        }
        if (next.empty() || next == page_token) break;
        page_token = next;
        request[p.input_token] = next;
        skip = 0;
    }
    return merger.finish();
}

}  // namespace evb::cli
