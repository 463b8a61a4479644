#include "undo_history.hpp"

#include <utility>

namespace evb::web {

void UndoHistory::reset(std::string document) {
    past_.clear();
    future_.clear();
    current_ = Step{std::move(document), ""};
}

void UndoHistory::record(std::string document, std::string label) {
    past_.push_back(std::move(current_));
    current_ = Step{std::move(document), std::move(label)};
    future_.clear();
    trim();
}

std::optional<std::string> UndoHistory::undo() {
    if (past_.empty()) return std::nullopt;
    future_.push_back(std::move(current_));
    current_ = std::move(past_.back());
    past_.pop_back();
    return current_.document;
}

std::optional<std::string> UndoHistory::redo() {
    if (future_.empty()) return std::nullopt;
    past_.push_back(std::move(current_));
    current_ = std::move(future_.back());
    future_.pop_back();
    return current_.document;
}

void UndoHistory::trim() {
    std::size_t bytes = current_.document.size();
    for (const Step& step : past_)
        bytes += step.document.size();
    std::size_t drop = 0;
    while (drop < past_.size() && (past_.size() - drop > kMaxUndoSteps || bytes > kMaxUndoBytes)) {
        bytes -= past_[drop].document.size();
        ++drop;
    }
    past_.erase(past_.begin(), past_.begin() + static_cast<std::ptrdiff_t>(drop));
}

}  // namespace evb::web
