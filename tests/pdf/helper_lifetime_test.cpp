// No helper outlives its host: the host is killed (SIGTERM as Chrome does when a port closes,
// SIGKILL) while its download helper is in the middle of a slow download.
#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "fixtures.hpp"
#include "frames.hpp"
#include "raw_server.hpp"
#include "subprocess.hpp"

using namespace coolpapers::pdf_testing;
using namespace coolpapers::testing;
using namespace std::chrono_literals;

namespace {

// The children of `parent` (by /proc/<pid>/stat's ppid field).
std::vector<int> children_of(int parent) {
    std::vector<int> found;
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const std::string name = entry.path().filename();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        if (!std::getline(stat, line)) continue;
        // pid (comm) state ppid …; comm may hold spaces and parentheses.
        std::istringstream rest(line.substr(line.rfind(')') + 2));
        char state = 0;
        int ppid = 0;
        rest >> state >> ppid;
        if (ppid == parent) found.push_back(std::stoi(name));
    }
    return found;
}

// Alive: its /proc entry is there and it is not a zombie waiting for PID 1.
bool alive(int pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return false;
    return line.substr(line.rfind(')') + 2, 1) != "Z";
}

}  // namespace

TEST_CASE("no helper outlives a host killed mid-download", "[pdf][download][host]") {
    std::atomic<int> connections{0};
    // A server that drips a byte of a chunked PDF every 200 ms, as long as someone listens.
    RawServer server([&](RawServer& s, int fd) {
        ++connections;
        if (!s.send_all(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nTransfer-Encoding: chunked\r\n\r\n"))
            return;
        while (s.send_all(fd, "1\r\n%\r\n")) std::this_thread::sleep_for(200ms);
    });
    for (const int signal : {SIGTERM, SIGKILL}) {
        INFO("host ended by signal " << signal);
        const int before = connections;
        Child host({binary_path(), kExtensionOrigin}, {std::string("COOLPAPERS_PDF_HELPER=") + COOLPAPERS_PDF_HELPER_PATH});
        const nlohmann::json request = {{"type", "resolve_pdf"}, {"id", 1}, {"url", server.url("/slow.pdf")}};
        REQUIRE(host.write(frame(request.dump())));
        const auto give_up = std::chrono::steady_clock::now() + 20s;
        while (connections == before && std::chrono::steady_clock::now() < give_up) std::this_thread::sleep_for(20ms);
        REQUIRE(connections > before);  // the helper is downloading
        const std::vector<int> helpers = children_of(host.pid());
        REQUIRE(!helpers.empty());

        ::kill(host.pid(), signal);
        host.wait();
        const auto deadline = std::chrono::steady_clock::now() + 5s;
        for (const int helper : helpers) {
            while (alive(helper) && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(20ms);
            CHECK_FALSE(alive(helper));
        }
    }
}
