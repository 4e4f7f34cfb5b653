// `coolpapers pdf` on folders and many files: a folder mixing every kind of bad file, symlink
// loops, a file removed mid-run, the output formats and exit codes, the progress line on a
// pseudo-terminal only, and Ctrl-C leaving no helper behind. Runs the real binary.
#include <fcntl.h>
#include <httplib.h>
#include <pty.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "fixtures.hpp"
#include "subprocess.hpp"

using namespace coolpapers::pdf_testing;
using coolpapers::testing::binary_path;
using coolpapers::testing::run_process;
using nlohmann::json;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    const fs::path dir = scratch_dir() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void copy_corpus(const std::string& corpus_name, const fs::path& to) { fs::copy_file(corpus_dir() / corpus_name, to); }

std::vector<json> jsonl(const std::string& out) {
    std::vector<json> records;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) records.push_back(json::parse(line));
    return records;
}

std::string ids_text(const json& record) {
    std::string text;
    for (const auto& id : record["ids"]) {
        if (!text.empty()) text += ' ';
        text.append(id["source"].get<std::string>()).append(":").append(id["id"].get<std::string>());
    }
    return text;
}

std::string local_url(int port, const std::string& path) {
    std::string url = "http://127.0.0.1:";
    return url.append(std::to_string(port)).append(path);
}

std::string error_code(const json& record) { return record.contains("error") ? record["error"]["code"].get<std::string>() : ""; }

// A folder with one file of every kind: read, read through the title index, encrypted, damaged,
// not a PDF, a FIFO, a dangling symlink, a symlink loop; a .txt and a subfolder that are skipped.
fs::path mixed_folder() {
    const fs::path dir = fresh_dir("mixed");
    copy_corpus("arxiv_2014_gan_1406.2661v1.pdf", dir / "a_stamped.pdf");
    copy_corpus("acl_D14-1181.pdf", dir / "b_title.PDF");
    fs::copy_file(make_encrypted_pdf("encrypted.pdf"), dir / "c_encrypted.pdf");
    const std::string gan = read_file(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf");
    write_file(dir / "d_damaged.pdf", gan.substr(0, gan.size() / 2));
    write_file(dir / "e_notes.pdf", "These are notes, not a PDF.\n");
    REQUIRE(::mkfifo((dir / "f_fifo.pdf").c_str(), 0600) == 0);
    fs::create_symlink(dir / "gone.pdf", dir / "g_dangling.pdf");
    fs::create_symlink(dir / "h_loop.pdf", dir / "h_loop.pdf");
    copy_corpus("acl_D14-1181.pdf", dir / "i_no_id_here.txt");
    fs::create_directories(dir / "j_sub");
    copy_corpus("arxiv_2015_distilling_1503.02531v1.pdf", dir / "j_sub" / "deeper.pdf");
    return dir;
}

}  // namespace

TEST_CASE("a folder of good, encrypted, damaged, non-PDF and unreadable files: one record each, in order", "[batch]") {
    const fs::path dir = mixed_folder();
    const auto run = run_process({binary_path(), "pdf", "--format", "jsonl", "--jobs", "2", dir.string()});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    const std::vector<json> records = jsonl(run.out);
    REQUIRE(records.size() == 8);  // the .txt and the subfolder are not read

    const std::vector<std::string> names = {"a_stamped.pdf", "b_title.PDF", "c_encrypted.pdf", "d_damaged.pdf",
                                            "e_notes.pdf",   "f_fifo.pdf",  "g_dangling.pdf",  "h_loop.pdf"};
    for (std::size_t i = 0; i < names.size(); ++i) CHECK(records[i]["path"] == (dir / names[i]).string());

    CHECK(ids_text(records[0]) == "arxiv:1406.2661");
    CHECK(records[0]["ids_from"] == "stamp");
    CHECK(records[0]["title"] == "Generative Adversarial Nets");
    CHECK(records[0]["urls"] == json::array({"https://papers.cool/arxiv/1406.2661"}));
    CHECK_FALSE(records[0].contains("error"));
    CHECK(ids_text(records[1]) == "acl:D14-1181");
    CHECK(records[1]["ids_from"] == "title_index");

    CHECK(error_code(records[2]) == "pdf_encrypted");
    CHECK(error_code(records[3]) == "pdf_damaged");
    CHECK(error_code(records[4]) == "pdf_not_pdf");
    CHECK(error_code(records[5]) == "pdf_not_a_file");
    CHECK(error_code(records[6]) == "pdf_not_found");
    CHECK(error_code(records[7]) == "pdf_unreadable");
    for (std::size_t i = 2; i < records.size(); ++i) {
        CHECK(records[i]["ids"].empty());
        CHECK(records[i]["ids_from"] == "none");
        CHECK_FALSE(records[i]["error"]["message"].get<std::string>().empty());
    }
    CHECK_THAT(run.err, Catch::Contains("8 files: 1 by stamp, 1 by title index, 0 none, 6 errors"));
    CHECK(run.err.find('\r') == std::string::npos);  // stderr is not a terminal: no progress line
}

TEST_CASE("subfolders with --recursive: each read once, however many symlinks lead to them", "[batch]") {
    const fs::path dir = fresh_dir("recursive");
    fs::create_directories(dir / "sub" / "deeper");
    copy_corpus("arxiv_2014_gan_1406.2661v1.pdf", dir / "top.pdf");
    copy_corpus("arxiv_2015_distilling_1503.02531v1.pdf", dir / "sub" / "deeper" / "inner.pdf");
    fs::create_directory_symlink(dir, dir / "sub" / "deeper" / "back_to_top");  // a loop
    fs::create_directory_symlink(dir / "sub", dir / "z_alias");                 // a second way in

    const auto flat = run_process({binary_path(), "pdf", "--format", "jsonl", dir.string()});
    REQUIRE(jsonl(flat.out).size() == 1);

    const auto run = run_process({binary_path(), "pdf", "--format", "jsonl", "--recursive", dir.string()}, "", 60s);
    INFO(run.err);
    REQUIRE_FALSE(run.timed_out);
    const std::vector<json> records = jsonl(run.out);
    REQUIRE(records.size() == 2);
    CHECK(records[0]["path"] == (dir / "sub" / "deeper" / "inner.pdf").string());
    CHECK(ids_text(records[0]) == "arxiv:1503.02531");
    CHECK(records[1]["path"] == (dir / "top.pdf").string());
    CHECK(run.exit_code == 0);
}

TEST_CASE("a file removed while the run is under way gets its error record and the run goes on", "[batch]") {
    const fs::path dir = fresh_dir("vanishing");
    copy_corpus("arxiv_2014_gan_1406.2661v1.pdf", dir / "a_leaves.pdf");
    copy_corpus("arxiv_2015_distilling_1503.02531v1.pdf", dir / "b_stays.pdf");
    const std::string pdf = read_file(corpus_dir() / "arxiv_2014_seq2seq_1409.3215v3.pdf");

    // The first input is a download; serving it removes a file the run has already listed.
    httplib::Server server;
    server.Get("/first.pdf", [&](const httplib::Request&, httplib::Response& res) {
        fs::remove(dir / "a_leaves.pdf");
        res.set_content(pdf, "application/pdf");
    });
    const int port = server.bind_to_any_port("127.0.0.1");
    std::thread serving([&] { server.listen_after_bind(); });
    const std::string url = local_url(port, "/first.pdf");

    // One job: the folder's files start only after the download is read.
    const auto run = run_process({binary_path(), "pdf", "--format", "jsonl", "--jobs", "1", url, dir.string()});
    server.stop();
    serving.join();
    INFO(run.err);
    const std::vector<json> records = jsonl(run.out);
    REQUIRE(records.size() == 3);
    CHECK(records[0]["path"] == url);
    CHECK(ids_text(records[0]) == "arxiv:1409.3215");
    CHECK(records[1]["path"] == (dir / "a_leaves.pdf").string());
    CHECK(error_code(records[1]) == "pdf_not_found");
    CHECK(ids_text(records[2]) == "arxiv:1503.02531");
    CHECK(run.exit_code == 0);
}

TEST_CASE("TSV and CSV tables; URLs that name the paper; exit codes 1 and 2", "[batch]") {
    const fs::path dir = fresh_dir("formats");
    copy_corpus("arxiv_2014_gan_1406.2661v1.pdf", dir / "gan.pdf");
    const std::string file = (dir / "gan.pdf").string();

    const auto tsv = run_process({binary_path(), "pdf", file, "https://arxiv.org/pdf/1706.03762v7"});
    CHECK(tsv.exit_code == 0);
    CHECK(tsv.out == "path\tids\ttitle\turls\tids_from\terror_code\terror_message\n" + file +
                         "\tarxiv:1406.2661\tGenerative Adversarial Nets\thttps://papers.cool/arxiv/1406.2661\tstamp\t\t\n"
                         "https://arxiv.org/pdf/1706.03762v7\tarxiv:1706.03762\t\thttps://papers.cool/arxiv/1706.03762\turl\t\t\n");

    const auto csv = run_process({binary_path(), "pdf", "--format", "csv", file});  // --format: a record even for one
    CHECK(csv.out == "path,ids,title,urls,ids_from,error_code,error_message\r\n" + file +
                         ",arxiv:1406.2661,Generative Adversarial Nets,https://papers.cool/arxiv/1406.2661,stamp,,\r\n");

    // --json with several inputs means JSONL records.
    const auto json_lines = run_process({binary_path(), "pdf", "--json", file, file});
    CHECK(jsonl(json_lines.out).size() == 2);

    const fs::path none = fresh_dir("none");
    copy_corpus("arxiv_nostamp_word_1805.05865.pdf", none / "no_id.pdf");
    CHECK(run_process({binary_path(), "pdf", none.string()}).exit_code == 1);

    const fs::path failing = fresh_dir("failing");
    write_file(failing / "a.pdf", "not a pdf");
    write_file(failing / "b.pdf", "");
    const auto failed = run_process({binary_path(), "pdf", failing.string()});
    CHECK(failed.exit_code == 2);
    CHECK_THAT(failed.err, Catch::Contains("2 files: 0 none, 2 errors"));

    const auto empty = run_process({binary_path(), "pdf", fresh_dir("empty").string()});
    CHECK(empty.exit_code == 1);
    CHECK(empty.out == "path\tids\ttitle\turls\tids_from\terror_code\terror_message\n");
}

TEST_CASE("the one-file form keeps its own JSON", "[batch]") {
    const auto run = run_process({binary_path(), "pdf", "--json", (corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf").string()});
    const json reply = json::parse(run.out);
    CHECK_FALSE(reply.contains("path"));
    CHECK(reply["ids"] == json::array({{{"source", "arxiv"}, {"id", "1406.2661"}}}));
    CHECK(reply["pages_read"] == 1);
}

TEST_CASE("the progress line is drawn on a terminal and only there", "[batch]") {
    const fs::path dir = fresh_dir("progress");
    for (int i = 0; i < 3; ++i) copy_corpus("arxiv_2014_gan_1406.2661v1.pdf", dir / (std::to_string(i) + ".pdf"));
    const fs::path records_file = scratch_dir() / "progress.tsv";

    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {  // stdout to a file, stderr (and stdin) the pseudo-terminal
        const int out = ::open(records_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, STDOUT_FILENO);
        const std::string bin = binary_path(), path = dir.string();
        ::execl(bin.c_str(), bin.c_str(), "pdf", "--jobs", "2", path.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    std::string terminal;
    char buffer[4096];
    for (;;) {  // until the child closes the terminal (EIO on Linux)
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0 && errno == EINTR) continue;
        if (n <= 0) break;
        terminal.append(buffer, static_cast<std::size_t>(n));
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(master);
    INFO(terminal);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_THAT(terminal, Catch::Contains("\r3/3 [========================]"));
    CHECK_THAT(terminal, Catch::Contains("/s"));
    CHECK_THAT(terminal, Catch::Contains("\r\x1b[K"));  // erased before the summary
    CHECK_THAT(terminal, Catch::Contains("3 files: 3 by stamp"));
    const std::string records = read_file(records_file);
    CHECK(std::count(records.begin(), records.end(), '\n') == 4);  // the header and three records
    CHECK(records.find('\r') == std::string::npos);

    const auto piped = run_process({binary_path(), "pdf", "--jobs", "2", dir.string()});
    CHECK(piped.err.find('\r') == std::string::npos);
    CHECK(piped.err.find('\x1b') == std::string::npos);
    CHECK_THAT(piped.err, Catch::Contains("3 files: 3 by stamp"));
}

TEST_CASE("SIGINT and SIGTERM stop the run: finished records written, no helper left", "[batch]") {
    const fs::path dir = fresh_dir("interrupt");
    copy_corpus("arxiv_2014_gan_1406.2661v1.pdf", dir / "first.pdf");
    copy_corpus("arxiv_2015_distilling_1503.02531v1.pdf", dir / "never.pdf");

    // Downloads that never end keep both helpers busy until the signal.
    httplib::Server server;
    server.Get("/endless.pdf", [](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider("application/pdf", [](std::size_t, httplib::DataSink& sink) {
            std::this_thread::sleep_for(50ms);
            return sink.write("%", 1);
        });
    });
    const int port = server.bind_to_any_port("127.0.0.1");
    std::thread serving([&] { server.listen_after_bind(); });
    const std::string endless = local_url(port, "/endless.pdf");

    // Helpers a killed or careless coolpapers leaves would become this process's children.
    REQUIRE(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
    for (const int signal_number : {SIGINT, SIGTERM}) {
        INFO("signal " << signal_number);
        coolpapers::testing::Child cli({binary_path(), "pdf", "--format", "jsonl", "--jobs", "2",
                                        (dir / "first.pdf").string(), endless, endless, (dir / "never.pdf").string()});
        std::string line, byte;
        while (cli.read_exact(byte, 1, 20s) && byte != "\n") line += byte;
        REQUIRE(json::parse(line)["path"] == (dir / "first.pdf").string());
        std::this_thread::sleep_for(300ms);  // both downloads under way
        REQUIRE(::kill(cli.pid(), signal_number) == 0);
        std::string rest;
        CHECK_FALSE(cli.read_exact(rest, 1, 10s));  // stdout closed with nothing more: never.pdf not started
        CHECK(cli.wait() == 128 + signal_number);
        errno = 0;
        CHECK(::waitpid(-1, nullptr, WNOHANG) == -1);
        CHECK(errno == ECHILD);
    }
    ::prctl(PR_SET_CHILD_SUBREAPER, 0);
    server.stop();
    serving.join();
}
