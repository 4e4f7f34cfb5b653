#include "bib_command.hpp"

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "bib/bib_ids.hpp"
#include "bib/bibtex.hpp"
#include "core/cool_urls.hpp"
#include "stdio.hpp"
#include "text_commands.hpp"
#include "titles/default_index.hpp"
#include "titles/title_hints.hpp"

namespace coolpapers::cli {

namespace {

using nlohmann::json;

json ids_json(const std::vector<PaperId>& ids) {
    json array = json::array();
    for (const PaperId& id : ids) array.push_back({{"source", source_name(id.source)}, {"id", id.id}});
    return array;
}

// The entry's record: ids from its fields, else from its title in the index; the search for the
// title when neither gives one. A malformed entry's record names its key and line only: its
// fields cannot be trusted (a brace left open swallows the fields after it into the title).
json entry_record(const bib::BibEntry& entry) {
    if (!entry.error.empty()) {
        json record = {{"key", entry.key}, {"line", entry.line}, {"title", ""}, {"ids", json::array()},
                       {"urls", json::array()}, {"ids_from", "none"}};
        record["error"] = {{"code", "bib_malformed"},
                           {"message", "line " + std::to_string(entry.error_line) + ": " + entry.error}};
        return record;
    }
    const std::string title = bib::plain_text(entry.field("title"));
    json record = {{"key", entry.key}, {"line", entry.line}, {"title", title}};
    std::vector<PaperId> ids = bib::ids_from_fields(entry);
    std::string from = ids.empty() ? "none" : "fields";
    if (ids.empty() && !title.empty()) {
        const std::string venue = bib::plain_text(entry.field("booktitle")) + " " + bib::plain_text(entry.field("journal")) +
                                  " " + bib::plain_text(entry.field("year"));
        const titles::TitleMatch match = titles::find_title(title, titles::hints_from_text(venue));
        if (match.kind == titles::TitleMatchKind::unique) {
            ids.push_back(match.candidates.front().paper);
            from = "title_index";
        }
    }
    std::vector<std::string> urls = cool_papers_urls(ids);
    if (ids.empty() && !search_query(title).empty()) urls.push_back(search_url(search_query(title)));
    record.update({{"ids", ids_json(ids)}, {"urls", urls}, {"ids_from", from}});
    return record;
}

const std::vector<batch::Column>& bib_columns() {
    static const std::vector<batch::Column> columns = {
        {"key", json::json_pointer("/key")},           {"line", json::json_pointer("/line")},
        {"ids", json::json_pointer("/ids")},           {"title", json::json_pointer("/title")},
        {"urls", json::json_pointer("/urls")},         {"ids_from", json::json_pointer("/ids_from")},
        {"error_code", json::json_pointer("/error/code")}, {"error_message", json::json_pointer("/error/message")}};
    return columns;
}

}  // namespace

int run_bib(const std::string& location, batch::RecordFormat format, std::FILE* out) {
    std::string text;
    if (location == "-") {
        text = read_all(stdin);
    } else {
        std::FILE* in = std::fopen(location.c_str(), "rb");
        if (in == nullptr) {
            std::fprintf(stderr, "coolpapers: cannot read %s: %s\n", location.c_str(), std::strerror(errno));
            return kUsageError;
        }
        text = read_all(in);
        std::fclose(in);
    }

    const batch::RecordWriter writer(format, bib_columns());
    batch::Tally tally;
    std::string output = writer.header();
    for (const bib::BibEntry& entry : bib::parse_bibtex(text)) {
        const json record = entry_record(entry);
        tally.add(record);
        output += writer.line(record);
    }
    write_all(out, output);
    std::fprintf(stderr, "coolpapers: %s\n", tally.summary("entry", "entries").c_str());
    if (tally.with_ids() > 0) return kFound;
    return tally.records() > 0 && tally.errors() == tally.records() ? kUsageError : kNothingFound;
}

}  // namespace coolpapers::cli
