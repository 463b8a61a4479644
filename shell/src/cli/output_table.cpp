// `--output table`: the AWS CLI's TableFormatter and MultiTable (awscli/table.py) re-expressed: sections
// with a centred title, a header row, left-aligned cells padded two spaces, nested sections indented with
// '|', column widths scaled to the widest section, and single-row sections turned vertical when the table
// would be wider than the terminal.
#include "code_points.hpp"
#include "east_asian_width.hpp"
#include "output.hpp"
#include "python/python_format.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

namespace evb::cli {
namespace {

struct Section {
    std::string title;
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
    int indent = 0;
    std::vector<int> max_widths;
    std::size_t num_cols = 0;  // set by the first header or row; 0 until then

    void update_widths(const std::vector<std::string>& cells) {
        if (max_widths.empty()) {
            for (const auto& c : cells)
                max_widths.push_back(display_width(c));
            return;
        }
        for (std::size_t i = 0; i < cells.size() && i < max_widths.size(); ++i) {
            max_widths[i] = std::max(max_widths[i], display_width(cells[i]));
        }
    }

    void add_header(const std::vector<std::string>& h) {
        update_widths(h);
        if (num_cols == 0) num_cols = h.size();
        headers = h;
    }

    // add_row adds a row, or says why not: as the CLI's Section, every row has the first one's length.
    std::string add_row(const std::vector<std::string>& row) {
        if (num_cols == 0) num_cols = row.size();
        if (row.size() != num_cols)
            return "Row should have " + std::to_string(num_cols) + " elements, instead it has " +
                   std::to_string(row.size());
        rows.push_back(row);
        update_widths(row);
        return "";
    }

    std::vector<int> column_widths(int padding, int max_width) const {
        std::vector<int> unscaled;
        for (int w : max_widths)
            unscaled.push_back(w + padding);
        if (unscaled.empty() || max_width < 0) return unscaled;
        double total = 0;
        for (int w : unscaled)
            total += w;
        double scale = max_width / total;
        std::vector<int> scaled;
        for (int w : unscaled)
            scaled.push_back(static_cast<int>(std::nearbyint(scale * w)));
        int off_by = -max_width;
        for (int w : scaled)
            off_by += w;
        while (off_by != 0) {
            int n = static_cast<int>(scaled.size());
            for (int k = 0; k < n && off_by != 0; ++k) {
                int i = off_by < 0 ? n - 1 - k : k;
                scaled[i] += off_by > 0 ? -1 : 1;
                off_by += off_by > 0 ? -1 : 1;
            }
        }
        return scaled;
    }

    int total_width(int padding, int outer_padding) const {
        int total = 0;
        for (int w : column_widths(0, -1))
            total += w + padding;
        total += 2 + 2 * outer_padding;
        return std::max(display_width(title) + 2 + 2 * outer_padding, total);
    }
};

std::string repeat(char c, int n) {
    return std::string(static_cast<std::size_t>(std::max(0, n)), c);
}

std::string center_text(const std::string& text, int length, const std::string& left,
                        const std::string& right) {
    int text_length = display_width(text);
    int char_start = (length / 2) - (text_length / 2) - 1;
    std::string out = left + repeat(' ', char_start) + text;
    int so_far = static_cast<int>(left.size()) + char_start + text_length;
    out += repeat(' ', length - static_cast<int>(right.size()) - so_far);
    return out + right;
}

std::string align_left(const std::string& text, int length, const std::string& left,
                       const std::string& right) {
    int text_length = display_width(text);
    int computed = text_length + 2 + static_cast<int>(left.size() + right.size());
    int padding = length - computed >= 0 ? 2 : 0;
    int so_far = static_cast<int>(left.size()) + padding + text_length;
    return left + repeat(' ', padding) + text +
           repeat(' ', length - so_far - static_cast<int>(right.size())) + right;
}

class MultiTable {
  public:
    std::vector<Section> sections;

    Section& current() { return sections.back(); }

    void new_section(const std::string& title, int indent) {
        Section s;
        s.title = title;
        s.indent = indent;
        sections.push_back(std::move(s));
    }

    std::string render(int terminal_width) {
        int max_width = calculate_max_width();
        if (max_width > terminal_width) {
            convert_to_vertical();
            max_width = calculate_max_width();
        }
        std::string out = repeat('-', max_width) + "\n";
        for (const auto& s : sections)
            render_section(s, max_width, out);
        return out;
    }

  private:
    int calculate_max_width() const {
        int width = 0;
        for (const auto& s : sections)
            width = std::max(width, s.total_width(4, s.indent));
        return width;
    }

    void convert_to_vertical() {
        for (auto& s : sections) {
            if (s.rows.size() != 1 || s.headers.empty()) continue;
            Section v;
            v.title = s.title;
            v.indent = s.indent;
            for (std::size_t i = 0; i < s.headers.size() && i < s.rows[0].size(); ++i)
                v.add_row({s.headers[i], s.rows[0][i]});
            s = std::move(v);
        }
    }

    static void write(std::string& out, int indent, const std::string& line) {
        out += repeat('|', indent) + line + repeat('|', indent) + "\n";
    }

    static std::string line_break(const std::vector<int>& widths) {
        std::string line;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            line += i == 0 ? "+" + repeat('-', widths[i] - 2) + "+" : repeat('-', widths[i] - 1) + "+";
        }
        return line;
    }

    void render_section(const Section& s, int max_width, std::string& out) const {
        int width = max_width - s.indent * 2;
        if (!s.title.empty()) {
            write(out, s.indent, center_text(s.title, width, "|", "|"));
            if (s.headers.empty() && s.rows.empty()) write(out, s.indent, "+" + repeat('-', width - 2) + "+");
        }
        std::vector<int> widths = s.column_widths(4, width);
        if (!s.headers.empty()) {
            std::string line;
            for (std::size_t i = 0; i < widths.size() && i < s.headers.size(); ++i) {
                line += center_text(s.headers[i], widths[i], i == 0 ? "|" : "", "|");
            }
            write(out, s.indent, line_break(widths));
            write(out, s.indent, line);
        }
        if (s.rows.empty() || widths.empty()) return;
        write(out, s.indent, line_break(widths));
        for (const auto& row : s.rows) {
            std::string line;
            for (std::size_t i = 0; i < widths.size() && i < row.size(); ++i) {
                line += align_left(row[i], widths[i], i == 0 ? "|" : "", "|");
            }
            write(out, s.indent, line);
        }
        write(out, s.indent, line_break(widths));
    }
};

bool is_scalar_value(const Json& v) {
    return !v.is_object() && !v.is_array();
}

std::pair<std::vector<std::string>, std::vector<std::string>> group_keys(const Json& dict) {
    std::vector<std::string> headers;
    std::vector<std::string> more;
    for (const auto& item : dict.items())
        (is_scalar_value(item.value()) ? headers : more).push_back(item.key());
    std::sort(headers.begin(), headers.end());
    std::sort(more.begin(), more.end());
    return {headers, more};
}

class TableBuilder {
  public:
    MultiTable table;
    std::string error;  // the first row that did not fit its section, as the CLI's ValueError says

    bool build(const std::string* title, const Json& current, int indent) {
        if (!jmes_truthy_like(current)) return false;
        if (title) table.new_section(*title, indent);
        if (current.is_array()) build_list(title, current, indent);
        if (current.is_object()) build_dict(current, indent);
        return true;
    }

  private:
    static bool jmes_truthy_like(const Json& v) {
        if (v.is_null()) return false;
        if (v.is_boolean()) return v.get<bool>();
        if (v.is_string() || v.is_array() || v.is_object())
            return !v.empty() && !(v.is_string() && v.get<std::string>().empty());
        if (v.is_number_integer()) return v.get<long long>() != 0;
        if (v.is_number()) return v.get<double>() != 0.0;
        return true;
    }

    void ensure_section() {
        if (table.sections.empty()) table.new_section("", 0);
    }

    void add_row(const std::vector<std::string>& row) {
        ensure_section();
        std::string problem = table.current().add_row(row);
        if (error.empty()) error = problem;
    }

    void build_list(const std::string* title, const Json& list, int indent) {
        if (list[0].is_object()) {
            build_list_of_dicts(title, list, indent);
            return;
        }
        for (const auto& item : list) {
            if (is_scalar_value(item)) {
                add_row({python_str(item)});
            } else if (item.is_array() && std::all_of(item.begin(), item.end(), is_scalar_value)) {
                std::vector<std::string> row;
                for (const auto& e : item)
                    row.push_back(python_str(e));
                add_row(row);
            } else {
                build(nullptr, item, 0);
            }
        }
    }

    void build_dict(const Json& dict, int indent) {
        auto [headers, more] = group_keys(dict);
        ensure_section();
        if (headers.size() == 1) {
            add_row({headers[0], python_str(dict.at(headers[0]))});
        } else if (!headers.empty()) {
            table.current().add_header(headers);
            std::vector<std::string> row;
            for (const auto& h : headers)
                row.push_back(python_str(dict.at(h)));
            add_row(row);
        }
        for (const auto& key : more)
            build(&key, dict.at(key), indent + 1);
    }

    void build_list_of_dicts(const std::string* title, const Json& list, int indent) {
        std::set<std::string> header_set;
        std::set<std::string> more_set;
        for (const auto& item : list) {
            if (!item.is_object()) continue;
            auto [h, m] = group_keys(item);
            header_set.insert(h.begin(), h.end());
            more_set.insert(m.begin(), m.end());
        }
        std::vector<std::string> headers(header_set.begin(), header_set.end());
        std::vector<std::string> more(more_set.begin(), more_set.end());
        ensure_section();
        table.current().add_header(headers);
        bool first = true;
        for (const auto& element : list) {
            if (!first && !more.empty()) {
                table.new_section(title ? *title : "", indent);
                table.current().add_header(headers);
            }
            first = false;
            std::vector<std::string> row;
            for (const auto& h : headers)
                row.push_back(element.is_object() && element.contains(h) ? python_str(element.at(h)) : "");
            add_row(row);
            for (const auto& key : more) {
                if (element.is_object() && element.contains(key)) build(&key, element.at(key), indent + 1);
            }
        }
    }
};

}  // namespace

int display_width(const std::string& text) {
    int width = 0;
    for (char32_t cp : utf8_decode(text))
        width += is_double_width(cp) ? 2 : 1;
    return width;
}

std::string format_table(const std::string& title, const Json& response, int terminal_width,
                         std::string* error) {
    TableBuilder builder;
    if (!builder.build(&title, response, 0)) return "";
    if (!builder.error.empty()) {
        if (error) *error = builder.error;
        return "";
    }
    return builder.table.render(terminal_width);
}

}  // namespace evb::cli
