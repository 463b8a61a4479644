// The order in which a command line printed to standard output and standard error: kept as the lengths
// of the runs, beside the two texts, so that a loop's errors show between its outputs as bash shows them.
#include "output_order.hpp"

namespace evb {
namespace {

std::size_t pieces_bytes(const ShellResult& r) {
    std::size_t bytes = 0;
    for (const OutputPiece& piece : r.pieces)
        bytes += piece.bytes;
    return bytes;
}

// pieces_of returns a result's runs: its own when they account for every byte, else out then err (a
// single command, or a result whose texts were changed without its pieces).
std::vector<OutputPiece> pieces_of(const ShellResult& r) {
    if (!r.pieces.empty() && pieces_bytes(r) == r.out.size() + r.err.size()) return r.pieces;
    std::vector<OutputPiece> pieces;
    if (!r.out.empty()) pieces.push_back({false, r.out.size()});
    if (!r.err.empty()) pieces.push_back({true, r.err.size()});
    return pieces;
}

void add_piece(std::vector<OutputPiece>& pieces, OutputPiece piece) {
    if (piece.bytes == 0) return;
    if (!pieces.empty() && pieces.back().to_err == piece.to_err)
        pieces.back().bytes += piece.bytes;
    else
        pieces.push_back(piece);
}

// start_pieces gives an accumulator its runs once, before the first append; after that every append keeps
// them whole, so appending costs what is appended, not what was printed before (a long loop stays linear).
void start_pieces(ShellResult& total) {
    if (total.pieces.empty()) total.pieces = pieces_of(total);
}

}  // namespace

void append_output(ShellResult& total, const ShellResult& part) {
    start_pieces(total);
    for (const OutputPiece& piece : pieces_of(part))
        add_piece(total.pieces, piece);
    total.out += part.out;
    total.err += part.err;
}

void append_error(ShellResult& total, std::string_view text) {
    start_pieces(total);
    add_piece(total.pieces, {true, text.size()});
    total.err += text;
}

ShellResult preceded_by_error(std::string_view err, const ShellResult& result) {
    ShellResult total;
    append_error(total, err);
    append_output(total, result);
    total.exit_code = result.exit_code;
    return total;
}

ShellResult without_output(const ShellResult& result) {
    ShellResult errors;
    errors.exit_code = result.exit_code;
    errors.err = result.err;
    return errors;  // only errors are left, in their order
}

std::vector<std::pair<bool, std::string_view>> in_order(const ShellResult& result) {
    std::vector<std::pair<bool, std::string_view>> runs;
    std::size_t out_at = 0, err_at = 0;
    for (const OutputPiece& piece : pieces_of(result)) {
        const std::string& text = piece.to_err ? result.err : result.out;
        std::size_t& at = piece.to_err ? err_at : out_at;
        runs.emplace_back(piece.to_err, std::string_view(text).substr(at, piece.bytes));
        at += piece.bytes;
    }
    return runs;
}

}  // namespace evb
