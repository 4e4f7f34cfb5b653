// The parser's seccomp confinement (host/pdf/sandbox.hpp), tried in a forked child.
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>

#include "pdf/sandbox.hpp"

namespace {

using coolpapers::pdf::HelperRole;

// Runs `probe` in a child after confine(role, readable); its exit status is the probe's verdict.
int confined(int (*probe)(), HelperRole role = HelperRole::read,
             const std::vector<std::string>& readable = coolpapers::pdf::reader_readable_paths()) {
    const pid_t pid = ::fork();
    if (pid == 0) _exit(coolpapers::pdf::confine(role, readable).seccomp ? probe() : 99);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

}  // namespace

TEST_CASE("the confined parser can read but not connect, exec or write files", "[pdf][sandbox]") {
    CHECK(confined([] { return ::socket(AF_INET, SOCK_STREAM, 0) < 0 && errno == EPERM ? 0 : 1; }) == 0);
    CHECK(confined([] {
        char* const argv[] = {const_cast<char*>("/bin/true"), nullptr};
        ::execv("/bin/true", argv);
        return errno == EPERM ? 0 : 1;
    }) == 0);
    CHECK(confined([] { return ::open("/tmp/coolpapers-sandbox-probe", O_WRONLY | O_CREAT, 0600) < 0 && errno == EPERM ? 0 : 1; }) == 0);
    CHECK(confined([] { return ::open("/etc/ld.so.cache", O_RDONLY) >= 0 ? 0 : 1; }) == 0);
    CHECK(confined([] { return ::write(STDOUT_FILENO, "", 0) == 0 ? 0 : 1; }) == 0);
}

TEST_CASE("the confined fetcher may open TCP sockets but no others", "[pdf][sandbox]") {
    CHECK(confined([] { return ::socket(AF_INET, SOCK_STREAM, 0) >= 0 ? 0 : 1; }, HelperRole::fetch) == 0);
    CHECK(confined([] { return ::socket(AF_UNIX, SOCK_STREAM, 0) < 0 && errno == EPERM ? 0 : 1; }, HelperRole::fetch) == 0);
}

TEST_CASE("with Landlock, only the paths given open", "[pdf][sandbox]") {
    const std::vector<std::string> certs{"/etc/ssl/certs"};
    CHECK(confined([] { return ::open("/etc/ssl/certs", O_RDONLY | O_DIRECTORY) >= 0 ? 0 : 1; }, HelperRole::fetch, certs) == 0);
    if (coolpapers::pdf::landlock_abi() == 0) return;  // seccomp alone does not restrict reading by path
    CHECK(confined([] { return ::open("/etc/ld.so.cache", O_RDONLY) < 0 && errno == EACCES ? 0 : 1; }, HelperRole::fetch, certs) == 0);
}
