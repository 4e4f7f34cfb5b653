// One record per input, for the commands that read many things at once (`coolpapers pdf` on
// several files, `coolpapers bib`): a JSON object per line, or a tab- or comma-separated table
// with a header line. Formatting only; the caller writes the text.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coolpapers::batch {

enum class RecordFormat { jsonl, tsv, csv };

std::optional<RecordFormat> parse_format(std::string_view name);  // "jsonl", "tsv", "csv"

// A table column: its header and where its value is in the record ("/error/code").
struct Column {
    std::string header;
    nlohmann::json::json_pointer field;
};

class RecordWriter {
public:
    RecordWriter(RecordFormat format, std::vector<Column> columns);

    std::string header() const;  // the table's header line; empty for jsonl
    // One line. In a table, a list of ids reads "arxiv:1706.03762 acl:P07-1088" and any other
    // list is joined by spaces; tabs and line breaks in TSV become spaces, CSV quotes as RFC 4180.
    std::string line(const nlohmann::json& record) const;

private:
    std::string join_row(const std::vector<std::string>& cells) const;

    RecordFormat format_;
    std::vector<Column> columns_;
};

}  // namespace coolpapers::batch

namespace coolpapers::batch {

// Counts records by where their ids came from ("ids_from"; "none" without any) and by error,
// for the closing summary and the exit status.
class Tally {
public:
    void add(const nlohmann::json& record);
    std::size_t records() const { return records_; }
    std::size_t with_ids() const { return with_ids_; }
    std::size_t errors() const { return errors_; }
    // "12 files: 7 by stamp, 3 by title index, 1 none, 1 error" ("1 file: …" for one record).
    std::string summary(std::string_view one, std::string_view many) const;

private:
    std::size_t records_ = 0, with_ids_ = 0, errors_ = 0, none_ = 0;
    std::vector<std::pair<std::string, std::size_t>> by_source_;
};

}  // namespace coolpapers::batch
