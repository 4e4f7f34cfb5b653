// `coolpapers bib` on files in the formats of the ACL Anthology, DBLP, Google Scholar and arXiv
// exports (tests/cli/fixtures/bib, constructed in those formats), one with a broken entry.
#include <catch2/catch.hpp>
#include <sstream>

#include <nlohmann/json.hpp>

#include "subprocess.hpp"

using coolpapers::testing::binary_path;
using coolpapers::testing::run_process;
using nlohmann::json;

namespace {

const std::string kFixtures = std::string(COOLPAPERS_SOURCE_DIR) + "/tests/cli/fixtures/bib/";

// key → "ids ids_from error_code" for every record of the file.
std::vector<std::pair<std::string, std::string>> summary(const std::string& file, int expected_exit = 0) {
    const auto run = run_process({binary_path(), "bib", "--format", "jsonl", kFixtures + file});
    INFO(run.err);
    CHECK(run.exit_code == expected_exit);
    std::vector<std::pair<std::string, std::string>> rows;
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);) {
        const json record = json::parse(line);
        std::string ids;
        for (const auto& id : record["ids"]) ids += id["source"].get<std::string>() + ":" + id["id"].get<std::string>() + " ";
        std::string text = ids + record["ids_from"].get<std::string>();
        if (record.contains("error")) text.append(" ").append(record["error"]["code"].get<std::string>());
        rows.emplace_back(record["key"], text);
    }
    return rows;
}

using Rows = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("bib: an ACL Anthology export (url, doi; the title index for an entry with neither)", "[cli][bib]") {
    CHECK(summary("acl_anthology.bib") == Rows{{"ribeiro-etal-2020-beyond", "acl:2020.acl-main.442 fields"},
                                               {"kim-2014-convolutional", "acl:D14-1181 fields"},
                                               {"mintz-etal-2009-distant", "acl:P09-1113 fields"}});
}

TEST_CASE("bib: a DBLP export (CoRR volume, eprint, OpenReview and PMLR urls)", "[cli][bib]") {
    CHECK(summary("dblp.bib") == Rows{{"DBLP:journals/corr/VaswaniSPUJGKP17", "arxiv:1706.03762 fields"},
                                      {"DBLP:journals/corr/GoodfellowPMXWOCB14", "arxiv:1406.2661 fields"},
                                      {"DBLP:conf/iclr/YuDLZ00L18", "openreview:B14TlG-RW fields"},
                                      {"DBLP:conf/icml/LeM14", "pmlr:le14@v32 fields"}});
}

TEST_CASE("bib: an arXiv export (eprint + archivePrefix, old-style ids, @string and #)", "[cli][bib]") {
    CHECK(summary("arxiv.bib") == Rows{{"vaswani2023attentionneed", "arxiv:1706.03762 fields"},
                                       {"hinton2015distillingknowledgeneuralnetwork", "arxiv:1503.02531 fields"},
                                       {"old-style", "arxiv:hep-th/9901001 fields"}});
    const auto run = run_process({binary_path(), "bib", "--format", "jsonl", kFixtures + "arxiv.bib"});
    std::istringstream lines(run.out);
    std::string first, second, third;
    std::getline(lines, first) && std::getline(lines, second) && std::getline(lines, third);
    CHECK(json::parse(third)["title"] == "Old-style arXiv identifiers");
    CHECK(json::parse(first)["line"] == 6);
}

TEST_CASE("bib: a Google Scholar export with a broken entry: reported with its line, the rest read", "[cli][bib]") {
    CHECK(summary("google_scholar.bib") ==
          Rows{{"vaswani2017attention", "none"},
               {"devlin2018bert", "arxiv:1810.04805 fields"},
               {"kim2014convolutional", "acl:D14-1181 title_index"},
               {"broken2019", "none bib_malformed"},
               {"mintz2009distant", "acl:P09-1113 title_index"}});

    const auto tsv = run_process({binary_path(), "bib", kFixtures + "google_scholar.bib"});
    std::istringstream lines(tsv.out);
    std::string header, line;
    std::getline(lines, header);
    CHECK(header == "key\tline\tids\ttitle\turls\tids_from\terror_code\terror_message");
    while (std::getline(lines, line) && line.rfind("broken2019\t", 0) != 0) {
    }
    // Key, line, no ids and no title: the open brace swallowed the fields after it.
    CHECK(line.rfind("broken2019\t27\t\t\t\tnone\tbib_malformed\t", 0) == 0);
    CHECK_THAT(tsv.out, !Catch::Contains("Nobody"));
    CHECK_THAT(line, Catch::Contains("bib_malformed\tline 33: expected ',' between fields, found '@'"));
    CHECK_THAT(tsv.err, Catch::Contains("5 entries: 1 by fields, 2 by title index, 1 none, 1 error"));
    // No id from fields or index: the Cool Papers search for the title.
    CHECK_THAT(tsv.out, Catch::Contains("vaswani2017attention\t4\t\tAttention is all you need\thttps://papers.cool/arxiv/search?"));
}

TEST_CASE("bib: stdin, CSV, and the exit codes", "[cli][bib]") {
    const auto csv = run_process({binary_path(), "bib", "--format", "csv", "-"},
                                 "@misc{a, title = {Q, \"quoted\"}, eprint = {1706.03762}, archivePrefix = {arXiv}}\n");
    CHECK(csv.exit_code == 0);
    CHECK(csv.out == "key,line,ids,title,urls,ids_from,error_code,error_message\r\n"
                     "a,1,arxiv:1706.03762,\"Q, \"\"quoted\"\"\",https://papers.cool/arxiv/1706.03762,fields,,\r\n");

    CHECK(run_process({binary_path(), "bib", "-"}, "@misc{n, title={No Such Paper Title Anywhere 12345}}").exit_code == 1);
    CHECK(run_process({binary_path(), "bib", "-"}, "").exit_code == 1);
    CHECK(run_process({binary_path(), "bib", "-"}, "@misc{n, title={open").exit_code == 2);
    const auto missing = run_process({binary_path(), "bib", kFixtures + "missing.bib"});
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("cannot read"));
}
