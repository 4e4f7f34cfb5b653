// coolpapers: the command-line resolver and, when a browser starts it, the native-messaging host.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "install_commands.hpp"
#include "nm/host_loop.hpp"
#include "batch/inputs.hpp"
#include "bib_command.hpp"
#include "pdf_batch.hpp"
#include "pdf_command.hpp"
#include "text_commands.hpp"
#include "title_command.hpp"

namespace {

using namespace coolpapers::cli;

// Browsers start a native host with the caller's origin: Chrome-family browsers pass
// "chrome-extension://ID/" (plus a window handle on Windows); Firefox passes the path of the host
// manifest and the extension's id.
bool started_by_browser(int argc, char** argv) {
    if (argc < 2) return false;
    const std::string_view first = argv[1];
    if (first.rfind("chrome-extension://", 0) == 0) return true;
    return argc == 3 && first.size() > 5 && first.substr(first.size() - 5) == ".json" && argv[2][0] != '-';
}

}  // namespace

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as a failed write, not a kill

    coolpapers::nm::HostOptions host_options;
    if (const char* log = std::getenv("COOLPAPERS_LOG")) host_options.log_path = log;
    if (started_by_browser(argc, argv)) return coolpapers::nm::run_host(host_options);

    CLI::App app{"Cool Papers Router: turns paper ids, links and PDFs into https://papers.cool pages.",
                 "coolpapers"};
    app.set_version_flag("--version", std::string("coolpapers ") + COOLPAPERS_VERSION);
    app.require_subcommand(1);

    std::vector<std::string> texts;
    bool json = false, jsonl = false;
    auto* ids = app.add_subcommand("ids", "Print the paper ids found in TEXT (or stdin), in order of first appearance.");
    ids->add_option("text", texts, "Text to scan; several are joined by spaces. None: read all of stdin.");
    auto* json_flag = ids->add_flag("--json", json, "One JSON array [{\"source\":…,\"id\":…},…].");
    ids->add_flag("--jsonl", jsonl, "Each stdin line is a JSON string; one JSON array line out per line in.")
        ->excludes(json_flag);

    auto* url = app.add_subcommand("url", "Print the papers.cool URL(s) for TEXT (or stdin), one a line.");
    url->add_option("text", texts, "Text to scan. None: read all of stdin.");

    std::vector<std::string> pdf_locations;
    bool all_cited = false;
    PdfBatchOptions batch_options;
    std::string batch_format;
    auto* pdf = app.add_subcommand("pdf", "Find a PDF's own paper ids and title (FILE, file:// or http(s) URL, - for stdin). "
                                          "Several, or a folder: one record per PDF.");
    pdf->add_option("location", pdf_locations, "The PDF(s) or folder(s)")->required();
    pdf->add_flag("--json", json, "Print {\"ids\":[…],\"title\":\"…\",\"urls\":[…],…} (several PDFs: --format jsonl).");
    pdf->add_flag("--all", all_cited, "Every paper id cited in the document, in order.");
    pdf->add_option("--jobs,-j", batch_options.jobs, "PDFs read at once (default: one per core).")
        ->check(CLI::Range(1u, 256u));
    pdf->add_option("--format", batch_format, "Records for several PDFs: tsv (default), csv or jsonl.")
        ->check(CLI::IsMember({"tsv", "csv", "jsonl"}));
    pdf->add_flag("--recursive,-r", batch_options.recursive, "Read the PDFs in subfolders too.");

    std::string bib_location, bib_format = "tsv";
    auto* bib = app.add_subcommand("bib", "Find the paper ids of every entry in a BibTeX file (- for stdin): "
                                          "from its fields, else from its title in the offline title index.");
    bib->add_option("file", bib_location, "The .bib file")->required();
    bib->add_option("--format", bib_format, "tsv (default), csv or jsonl.")->check(CLI::IsMember({"tsv", "csv", "jsonl"}));

    std::string title;
    auto* title_cmd = app.add_subcommand("title", "Look a paper title up in the offline title index.");
    title_cmd->add_option("title", title, "The title")->required();
    title_cmd->add_flag("--json", json, "Print JSON.");

    auto* host = app.add_subcommand("host", "Serve native-messaging frames on stdin/stdout (what browsers start).");
    host->add_option("--log", host_options.log_path, "Also write diagnostics to this file (or set COOLPAPERS_LOG).");

    const auto run_install_command = add_install_commands(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : kUsageError;
    }

    if (*ids) {
        if (jsonl && !texts.empty()) {
            std::fprintf(stderr, "coolpapers: --jsonl reads stdin; TEXT arguments are not allowed with it\n");
            return kUsageError;
        }
        const IdsFormat format = jsonl ? IdsFormat::jsonl : json ? IdsFormat::json : IdsFormat::tsv;
        return run_ids(format, texts, stdin, stdout);
    }
    if (*url) return run_url(texts, stdin, stdout);
    if (*pdf) {
        // One file (or URL, or -) keeps its one-answer form; several, a folder or --format: records.
        if (pdf_locations.size() == 1 && batch_format.empty() && !coolpapers::batch::is_directory(pdf_locations[0]))
            return run_pdf(pdf_locations[0], json, all_cited, stdout);
        batch_options.all = all_cited;
        batch_options.format = batch_format.empty() ? (json ? coolpapers::batch::RecordFormat::jsonl
                                                            : coolpapers::batch::RecordFormat::tsv)
                                                    : *coolpapers::batch::parse_format(batch_format);
        return run_pdf_batch(pdf_locations, batch_options, stdout);
    }
    if (*bib) return run_bib(bib_location, *coolpapers::batch::parse_format(bib_format), stdout);
    if (*title_cmd) return run_title(title, json, stdout);
    if (*host) return coolpapers::nm::run_host(host_options);
    if (const int code = run_install_command(); code >= 0) return code;
    return kUsageError;
}
