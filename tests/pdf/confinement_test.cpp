// Inside the real helper binaries, once they have confined themselves: every class of call the
// sandbox must refuse is tried (tests/pdf/confinement_probe.cpp, preloaded) and must fail.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <sstream>

#include "fixtures.hpp"
#include "pdf/landlock.hpp"
#include "subprocess.hpp"

using namespace coolpapers::pdf_testing;
using coolpapers::testing::run_process;

namespace {

// What the probe says for each class, run inside `coolpapers-pdf <args…>`.
std::map<std::string, std::string> probe(const std::vector<std::string>& args, const std::string& input) {
    const std::filesystem::path dir = scratch_dir() / "probe";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    write_file(dir / "victim", "untouched");
    std::vector<std::string> argv{COOLPAPERS_PDF_HELPER_PATH};
    argv.insert(argv.end(), args.begin(), args.end());
    // The sanitizer runtime must otherwise come first among the loaded libraries.
    const auto run = run_process(argv, input, std::chrono::seconds(20),
                                 {"LD_PRELOAD=" COOLPAPERS_PROBE_LIBRARY, "COOLPAPERS_PROBE_DIR=" + dir.string(),
                                  "ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=0"});
    std::map<std::string, std::string> verdicts;
    std::istringstream lines(run.err);
    for (std::string line; std::getline(lines, line);) {
        const auto space = line.find(' ');
        verdicts[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
    }
    CHECK(read_file(dir / "victim") == "untouched");
    CHECK(!std::filesystem::exists(dir / "fresh"));
    INFO(run.err);
    REQUIRE(verdicts.count("done") == 1);  // every probe ran (an exec that went through ends it)
    return verdicts;
}

const char* const kRefusedEverywhere[] = {
    "io_uring", "openat2", "open_write", "open_rdwr", "open_truncate", "open_legacy_create", "creat",
    "mknod", "chmod", "chown", "xattr", "utime", "unlink", "clone", "clone3", "fork", "ptrace",
    "process_vm_readv", "kill_parent", "tgkill_parent", "pidfd_open", "unshare", "setns", "memfd_create",
    "socket_unix", "socket_netlink", "execve",
};

void check_refused(const std::map<std::string, std::string>& verdicts, const char* what) {
    INFO(what);
    REQUIRE(verdicts.count(what) == 1);
    CHECK(verdicts.at(what) == "refused");
}

void check_common(const std::map<std::string, std::string>& verdicts) {
    for (const char* what : kRefusedEverywhere) check_refused(verdicts, what);
    // Landlock is a second layer where the kernel has it: then nothing outside its list opens.
    if (coolpapers::pdf::landlock_abi() > 0) check_refused(verdicts, "open_outside");
}

}  // namespace

TEST_CASE("inside the real reader, every refused class of call is refused", "[pdf][sandbox]") {
    const auto verdicts = probe({"read"}, read_file(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf"));
    check_common(verdicts);
    check_refused(verdicts, "socket_inet");
}

TEST_CASE("inside the real fetcher, every refused class of call is refused", "[pdf][sandbox]") {
    const auto verdicts = probe({"fetch", "http://127.0.0.1:9/paper.pdf"}, "");
    check_common(verdicts);
    CHECK(verdicts.at("socket_inet") == "allowed");  // what it is for
    // Its libraries were loaded before it confined itself; the CA store is read per connection.
    if (coolpapers::pdf::landlock_abi() > 0) check_refused(verdicts, "read_libc");
    CHECK(verdicts.at("read_ca_bundle") == "allowed");
}
