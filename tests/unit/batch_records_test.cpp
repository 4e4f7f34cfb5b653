// Records of the batch commands (JSONL, TSV, CSV), their tally, and the progress line.
#include <catch2/catch.hpp>

#include "batch/progress.hpp"
#include "batch/records.hpp"

using namespace coolpapers::batch;
using nlohmann::json;

namespace {

const std::vector<Column> kColumns = {{"path", json::json_pointer("/path")},
                                      {"ids", json::json_pointer("/ids")},
                                      {"title", json::json_pointer("/title")},
                                      {"error_code", json::json_pointer("/error/code")}};

const json kRecord = {{"path", "a b/x,\"y\".pdf"},
                      {"ids", {{{"source", "arxiv"}, {"id", "1706.03762"}}, {{"source", "acl"}, {"id", "P07-1088"}}}},
                      {"title", "Tab\there,\nnewline"}};

}  // namespace

TEST_CASE("format names", "[batch]") {
    CHECK(parse_format("jsonl") == RecordFormat::jsonl);
    CHECK(parse_format("tsv") == RecordFormat::tsv);
    CHECK(parse_format("csv") == RecordFormat::csv);
    CHECK_FALSE(parse_format("json").has_value());
}

TEST_CASE("JSONL: the record itself, one line, no header", "[batch]") {
    const RecordWriter writer(RecordFormat::jsonl, kColumns);
    CHECK(writer.header().empty());
    const std::string line = writer.line(kRecord);
    REQUIRE(line.back() == '\n');
    CHECK(line.find('\n') == line.size() - 1);
    CHECK(json::parse(line) == kRecord);
}

TEST_CASE("TSV: a header, ids as source:id, tabs and line breaks flattened, missing fields empty", "[batch]") {
    const RecordWriter writer(RecordFormat::tsv, kColumns);
    CHECK(writer.header() == "path\tids\ttitle\terror_code\n");
    CHECK(writer.line(kRecord) == "a b/x,\"y\".pdf\tarxiv:1706.03762 acl:P07-1088\tTab here, newline\t\n");
}

TEST_CASE("CSV: RFC 4180 quoting and CRLF line ends", "[batch]") {
    const RecordWriter writer(RecordFormat::csv, kColumns);
    CHECK(writer.header() == "path,ids,title,error_code\r\n");
    json failed = {{"path", "plain.pdf"}, {"ids", json::array()}, {"title", ""}, {"error", {{"code", "pdf_encrypted"}}}};
    CHECK(writer.line(failed) == "plain.pdf,,,pdf_encrypted\r\n");
    CHECK(writer.line(kRecord) == "\"a b/x,\"\"y\"\".pdf\",arxiv:1706.03762 acl:P07-1088,\"Tab\there,\nnewline\",\r\n");
}

TEST_CASE("the tally counts by where ids came from, none and errors", "[batch]") {
    Tally tally;
    tally.add({{"ids_from", "title_index"}});
    tally.add({{"ids_from", "stamp"}});
    tally.add({{"ids_from", "stamp"}});
    tally.add({{"ids_from", "none"}});
    tally.add({{"ids_from", "none"}, {"error", {{"code", "pdf_damaged"}}}});
    CHECK(tally.records() == 5);
    CHECK(tally.with_ids() == 3);
    CHECK(tally.errors() == 1);
    CHECK(tally.summary("file", "files") == "5 files: 2 by stamp, 1 by title index, 1 none, 1 error");
    CHECK(Tally().summary("entry", "entries") == "0 entries: 0 none, 0 errors");
    Tally one;
    one.add({{"ids_from", "stamp"}});
    CHECK(one.summary("file", "files") == "1 file: 1 by stamp, 0 none, 0 errors");
}

TEST_CASE("the progress line: count, bar, rate and time left, redrawn in place", "[batch]") {
    using std::chrono::duration;
    CHECK(progress_line(0, 10, duration<double>(0), 10) == "\r0/10 [>         ] --/s  -- left\x1b[K");
    CHECK(progress_line(5, 10, duration<double>(2), 10) == "\r5/10 [=====>    ] 2.5/s  0:02 left\x1b[K");
    CHECK(progress_line(10, 10, duration<double>(4), 10) == "\r10/10 [==========] 2.5/s  0:00 left\x1b[K");
    CHECK_THAT(progress_line(1, 10000, duration<double>(1), 10), Catch::Contains("2:46:39 left"));
    CHECK(progress_line(0, 0, duration<double>(0), 4) == "\r0/0 [====] --/s  -- left\x1b[K");
}
