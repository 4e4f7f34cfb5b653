#include "records.hpp"

#include <algorithm>
#include <iterator>

#include "pdf/reply.hpp"

namespace coolpapers::batch {

std::optional<RecordFormat> parse_format(std::string_view name) {
    if (name == "jsonl") return RecordFormat::jsonl;
    if (name == "tsv") return RecordFormat::tsv;
    if (name == "csv") return RecordFormat::csv;
    return std::nullopt;
}

RecordWriter::RecordWriter(RecordFormat format, std::vector<Column> columns)
    : format_(format), columns_(std::move(columns)) {}

namespace {

std::string cell_text(const nlohmann::json& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.get<std::string>();
    if (value.is_array()) {
        std::string joined;
        for (const auto& item : value) {
            if (!joined.empty()) joined += ' ';
            if (item.is_object() && item.contains("source") && item.contains("id"))
                joined += item["source"].get<std::string>() + ":" + item["id"].get<std::string>();
            else
                joined += cell_text(item);
        }
        return joined;
    }
    return pdf::dump_json(value);
}

std::string tsv_cell(std::string text) {
    for (char& c : text)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return text;
}

std::string csv_cell(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

}  // namespace

std::string RecordWriter::join_row(const std::vector<std::string>& cells) const {
    std::string row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) row += format_ == RecordFormat::csv ? ',' : '\t';
        row += format_ == RecordFormat::csv ? csv_cell(cells[i]) : tsv_cell(cells[i]);
    }
    return row + (format_ == RecordFormat::csv ? "\r\n" : "\n");
}

std::string RecordWriter::header() const {
    if (format_ == RecordFormat::jsonl) return "";
    std::vector<std::string> cells;
    for (const Column& column : columns_) cells.push_back(column.header);
    return join_row(cells);
}

std::string RecordWriter::line(const nlohmann::json& record) const {
    if (format_ == RecordFormat::jsonl) return pdf::dump_json(record) + "\n";
    std::vector<std::string> cells;
    for (const Column& column : columns_)
        cells.push_back(record.contains(column.field) ? cell_text(record.at(column.field)) : "");
    return join_row(cells);
}

}  // namespace coolpapers::batch

namespace coolpapers::batch {

void Tally::add(const nlohmann::json& record) {
    ++records_;
    if (record.contains("error")) {
        ++errors_;
        return;
    }
    const std::string from = record.value("ids_from", "none");
    if (from == "none") {
        ++none_;
        return;
    }
    ++with_ids_;
    for (auto& [source, count] : by_source_)
        if (source == from) {
            ++count;
            return;
        }
    by_source_.emplace_back(from, 1);
}

std::string Tally::summary(std::string_view one, std::string_view many) const {
    std::string text = std::to_string(records_) + " " + std::string(records_ == 1 ? one : many) + ":";
    const char* separator = " ";
    auto part = [&](std::size_t count, const std::string& what) {
        text += separator + std::to_string(count) + " " + what;
        separator = ", ";
    };
    // The sources in a fixed order (printed on the paper before looked up by title), others after.
    auto rank = [](const std::string& source) {
        static constexpr std::string_view kOrder[] = {"stamp", "url", "fields", "title_index"};
        for (std::size_t i = 0; i < std::size(kOrder); ++i)
            if (source == kOrder[i]) return i;
        return std::size(kOrder);
    };
    std::vector<std::pair<std::string, std::size_t>> sources = by_source_;
    std::stable_sort(sources.begin(), sources.end(), [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
    for (const auto& [source, count] : sources) {
        std::string words = source;
        for (char& c : words)
            if (c == '_') c = ' ';
        part(count, "by " + words);
    }
    part(none_, "none");
    part(errors_, errors_ == 1 ? "error" : "errors");
    return text;
}

}  // namespace coolpapers::batch
