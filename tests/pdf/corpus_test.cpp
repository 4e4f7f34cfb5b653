// `coolpapers pdf --json` on every PDF of the shared corpus (MANIFEST.tsv): stamped arXiv PDFs give
// their own id; venue PDFs that print none get theirs from the title index; the others no id and
// the right title; the foreign ids each file cites never leak.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "fixtures.hpp"
#include "subprocess.hpp"

using namespace coolpapers::pdf_testing;
using coolpapers::testing::binary_path;
using coolpapers::testing::run_process;

namespace {

struct Row {
    std::string file, source, id, id_printed, title;
};

std::vector<Row> manifest() {
    std::vector<Row> rows;
    std::istringstream in(read_file(corpus_dir() / "MANIFEST.tsv"));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
        if (cells.size() >= 11) rows.push_back(Row{cells[0], cells[7], cells[8], cells[9], cells[10]});
    }
    return rows;
}

// Titles compare by their words: case and punctuation aside (small caps, "QANet" vs "QANET"),
// hyphens dropped (the BiDAF PDF prints "Bi-Directional", its metadata says "Bidirectional").
std::string words(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          static_cast<unsigned char>(c) >= 0x80;
        if (c == '-') continue;
        if (keep) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The papers.cool page of one id, as spec §2.3 writes it.
std::string cool_url(const std::string& source, const std::string& id) {
    if (source == "arxiv") return "https://papers.cool/arxiv/" + id;
    const std::string tag = source == "openreview" ? "OpenReview" : source == "acl" ? "ACL" : source == "ijcai" ? "IJCAI" : "PMLR";
    return "https://papers.cool/venue/" + id + "@" + tag;
}

nlohmann::json run_pdf(const std::vector<std::string>& args) {
    std::vector<std::string> argv{binary_path(), "pdf", "--json"};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto run = run_process(argv);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return nlohmann::json::parse(run.out);
}

}  // namespace

TEST_CASE("every corpus PDF gives its own id or none, and its title", "[pdf][corpus]") {
    const std::vector<Row> rows = manifest();
    REQUIRE(rows.size() >= 21);
    for (const Row& row : rows) {
        INFO(row.file);
        const nlohmann::json reply = run_pdf({(corpus_dir() / row.file).string()});
        const nlohmann::json& ids = reply["ids"];
        if (row.source != "none") {
            CHECK(ids == nlohmann::json::array({{{"source", row.source}, {"id", row.id}}}));
            CHECK(reply["urls"] == nlohmann::json::array({cool_url(row.source, row.id)}));
            // Printed ids come from the PDF itself; the others only from its title.
            CHECK(reply.value("ids_from", "pdf") == (row.id_printed == "yes" ? "pdf" : "title_index"));
        } else {
            CHECK(ids.empty());  // never a foreign id from the references
            CHECK(reply["urls"].size() == 1);
            CHECK(reply["urls"][0].get<std::string>().rfind("https://papers.cool/arxiv/search?highlight=1&query=", 0) == 0);
        }
        CHECK(words(reply["title"].get<std::string>()) == words(row.title));
        CHECK(reply["pages_read"] == 1);
    }
}

TEST_CASE("venue hints of the corpus", "[pdf][corpus]") {
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"acl_2020.acl-main.442.pdf", "ACL 2020"},           {"acl_2020.emnlp-main.298.pdf", "EMNLP 2020"},
        {"acl_D14-1181.pdf", "EMNLP 2014"},                  {"acl_P07-1088.pdf", "ACL 2007"},
        {"acl_P09-1113.pdf", "ACL 2009"},                    {"ijcai_2016_rnn_multitask.pdf", "IJCAI 2016"},
        {"ijcai_2020_gmat.pdf", "IJCAI 2020"},               {"openreview_iclr2017_sif.pdf", "ICLR 2017"},
        {"openreview_iclr2018_qanet.pdf", "ICLR 2018"},      {"arxiv_iclr2017_bidaf_1611.01603v5.pdf", "ICLR 2017"},
        {"pmlr_v32_le14.pdf", "ICML 2014"},                  {"icml2011_not_pmlr_agarwal11.pdf", "ICML 2011"},
        {"noid_neurips2020_wav2vec2.pdf", "NeurIPS 2020"},
    };
    for (const auto& [file, venue] : expected) {
        INFO(file);
        CHECK(run_pdf({(corpus_dir() / file).string()}).value("venue", "") == venue);
    }
    const nlohmann::json le14 = run_pdf({(corpus_dir() / "pmlr_v32_le14.pdf").string()});
    CHECK(le14["hints"] == nlohmann::json({{"venue", "ICML"}, {"year", 2014}, {"source", "pmlr"}, {"volume", "v32"}}));
    // ICML 2011 predates PMLR: a venue, but no PMLR volume to look the title up in.
    CHECK_FALSE(run_pdf({(corpus_dir() / "icml2011_not_pmlr_agarwal11.pdf").string()})["hints"].contains("volume"));
    CHECK_FALSE(run_pdf({(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf").string()}).contains("venue"));
}

TEST_CASE("the trap files cite foreign ids that only --all reports", "[pdf][corpus]") {
    const auto has = [](const nlohmann::json& ids, const std::string& source, const std::string& id) {
        return std::find(ids.begin(), ids.end(), nlohmann::json({{"source", source}, {"id", id}})) != ids.end();
    };
    const std::string trap = (corpus_dir() / "arxiv_2018_drbilstm_1802.05577v2_refs_trap.pdf").string();
    const nlohmann::json all = run_pdf({"--all", trap});
    CHECK(all["ids"][0] == nlohmann::json({{"source", "arxiv"}, {"id", "1802.05577"}}));
    CHECK(has(all["ids"], "ijcai", "579@2017"));
    CHECK(has(all["ids"], "acl", "P17-1152"));
    CHECK(all["pages_read"] == 18);
    CHECK(run_pdf({trap})["ids"].size() == 1);

    const nlohmann::json hep = run_pdf({"--all", (corpus_dir() / "arxiv_2025_hep-ph_2503.05372v1.pdf").string()});
    CHECK(hep["ids"].size() >= 17);
    CHECK(run_pdf({"--all", (corpus_dir() / "noid_thesis_dupla_difracao.pdf").string()})["pages_read"] == 95);
}

TEST_CASE("the CLI prints the URLs and reads stdin for -", "[pdf][cli]") {
    const std::string gan = read_file(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf");
    auto run = run_process({binary_path(), "pdf", "-"}, gan);
    CHECK(run.exit_code == 0);
    CHECK(run.out == "https://papers.cool/arxiv/1406.2661\n");

    run = run_process({binary_path(), "pdf", "file://" + (corpus_dir() / "acl_D14-1181.pdf").string()});
    CHECK(run.exit_code == 0);
    CHECK(run.out == "https://papers.cool/venue/D14-1181@ACL\n");  // from the title index

    run = run_process({binary_path(), "pdf", "file://" + (corpus_dir() / "noid_neurips2020_wav2vec2.pdf").string()});
    CHECK(run.exit_code == 0);
    CHECK(run.out.rfind("https://papers.cool/arxiv/search?highlight=1&query=wav2vec%20Framework%20for", 0) == 0);  // "2.0" and "A" are too short to be keywords

    // The URL names the paper: no download (there is no network here).
    run = run_process({binary_path(), "pdf", "--json", "https://arxiv.org/pdf/1706.03762v7"});
    CHECK(run.exit_code == 0);
    const auto reply = nlohmann::json::parse(run.out);
    CHECK(reply["ids"] == nlohmann::json::array({{{"source", "arxiv"}, {"id", "1706.03762"}}}));
    CHECK(reply["pages_read"] == 0);
    for (const char* url : {"https://openreview.net/pdf?id=B14TlG-RW", "https://aclanthology.org/2020.acl-main.442.pdf",
                            "https://proceedings.mlr.press/v32/le14.pdf", "https://www.ijcai.org/proceedings/2020/0469.pdf"}) {
        INFO(url);
        run = run_process({binary_path(), "pdf", url});
        CHECK(run.exit_code == 0);
        CHECK(run.out.rfind("https://papers.cool/venue/", 0) == 0);
    }

    run = run_process({binary_path(), "pdf", "/no/such/file.pdf"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("no such file") != std::string::npos);
    run = run_process({binary_path(), "pdf", "ftp://example.org/a.pdf"});
    CHECK(run.exit_code == 2);
}
