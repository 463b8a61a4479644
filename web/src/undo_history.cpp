#include "undo_history.hpp"

#include "evb/common/json_access.hpp"

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

Json UndoHistory::to_json(std::size_t max_bytes) const {
    Json past = Json::array();
    std::size_t bytes = 0;
    for (auto step = past_.rbegin(); step != past_.rend(); ++step) {
        bytes += step->document.size() + step->label.size();
        if (bytes > max_bytes) break;
        past.push_back(Json{{"document", step->document}, {"label", step->label}});
    }
    return Json{{"format", "evb-undo"}, {"version", 1}, {"label", current_.label}, {"past", past}};
}

bool UndoHistory::restore(const Json& kept, std::string current) {
    reset(std::move(current));
    if (text_member(kept, "format") != "evb-undo" || number_member(kept, "version") != 1) return false;
    const Json& past = member(kept, "past");
    if (!past.is_array()) return false;
    for (auto step = past.rbegin(); step != past.rend(); ++step) {
        if (!member(*step, "document").is_string()) return reset(current_.document), false;
        past_.push_back(Step{text_member(*step, "document"), text_member(*step, "label")});
    }
    current_.label = text_member(kept, "label");
    trim();
    return true;
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
