// libFuzzer target: any bytes as a raw DEFLATE stream and as a zip archive. Decompression must stay within
// the budget it is given (an inflated size, an archive's unzipped total) and fail cleanly on garbage.
#include "../../shell/src/archive/inflate.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

constexpr std::size_t kInflateBudget = 1u << 20;
constexpr std::size_t kZipBudget = 4u << 20;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (auto inflated = evb::cli::inflate_bytes(bytes, kInflateBudget);
        inflated && inflated->size() > kInflateBudget)
        __builtin_trap();
    if (auto entries = evb::cli::read_zip(bytes, kZipBudget)) {
        std::size_t total = 0;
        for (const auto& entry : *entries)
            total += entry.data.size();
        if (total > kZipBudget) __builtin_trap();
    }
    return 0;
}
