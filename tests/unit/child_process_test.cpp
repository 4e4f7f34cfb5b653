// Helpers run without waiting (RunningChild): several at once, output, limits, deadline, kill.
#include <catch2/catch.hpp>
#include <signal.h>
#include <sys/wait.h>

#include "process/child_process.hpp"

using namespace coolpapers::process;
using namespace std::chrono_literals;

namespace {

ChildRun shell(const std::string& script) { return {"/bin/sh", {"-c", script}, -1, -1}; }

ChildLimits quick(std::chrono::milliseconds wall = 5000ms) {
    ChildLimits limits;
    limits.address_space = 0;
    limits.wall = wall;
    return limits;
}

void run_all(std::vector<RunningChild*> children) {
    auto busy = [&] {
        for (auto* c : children)
            if (!c->done()) return true;
        return false;
    };
    while (busy()) wait_children(children, 1000ms);
}

}  // namespace

TEST_CASE("several children run at once and each keeps its own output", "[process]") {
    RunningChild slow(shell("sleep 0.3; echo slow"), quick());
    RunningChild fast(shell("echo fast; exit 3"), quick());
    const auto start = std::chrono::steady_clock::now();
    run_all({&slow, &fast});
    CHECK(std::chrono::steady_clock::now() - start < 2s);
    CHECK(slow.result().outcome == ChildResult::Outcome::exited);
    CHECK(slow.result().output == "slow\n");
    CHECK(fast.result().outcome == ChildResult::Outcome::exited);
    CHECK(fast.result().code == 3);
    CHECK(fast.result().output == "fast\n");
}

TEST_CASE("a child past its deadline is killed; one that closes stdout but lingers too", "[process]") {
    RunningChild sleeper(shell("sleep 30"), quick(200ms));
    RunningChild lingerer(shell("exec >&-; sleep 30"), quick(200ms));
    run_all({&sleeper, &lingerer});
    CHECK(sleeper.result().outcome == ChildResult::Outcome::timed_out);
    CHECK(lingerer.result().outcome == ChildResult::Outcome::timed_out);
}

TEST_CASE("output beyond the cap kills the child", "[process]") {
    ChildLimits limits = quick();
    limits.max_output = 1000;
    RunningChild chatty(shell("yes"), limits);
    run_all({&chatty});
    CHECK(chatty.result().outcome == ChildResult::Outcome::output_too_large);
}

TEST_CASE("kill() and the destructor stop a running child and reap it", "[process]") {
    pid_t pid = 0;
    {
        RunningChild child(shell("echo $$; exec sleep 30"), quick());
        while (child.result().output.find('\n') == std::string::npos) {
            RunningChild* one[] = {&child};
            wait_children(one, 1000ms);
        }
        pid = std::stoi(child.result().output);
        CHECK(::kill(pid, 0) == 0);
    }
    CHECK(::waitpid(pid, nullptr, WNOHANG) == -1);  // reaped: no longer our child
    CHECK(::kill(pid, 0) == -1);

    RunningChild other(shell("sleep 30"), quick());
    other.kill();
    CHECK(other.done());
    CHECK(other.result().outcome == ChildResult::Outcome::timed_out);
}

TEST_CASE("a program that cannot start is reported at once", "[process]") {
    RunningChild missing({"/nonexistent/helper", {}, -1, -1}, quick());
    CHECK(missing.done());
    CHECK(missing.result().outcome == ChildResult::Outcome::not_started);
    CHECK(missing.result().code == ENOENT);
}

TEST_CASE("wait_children reports a readable extra descriptor", "[process]") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    RunningChild child(shell("sleep 1"), quick());
    RunningChild* one[] = {&child};
    CHECK_FALSE(wait_children(one, 50ms, fds[0]));
    REQUIRE(::write(fds[1], "x", 1) == 1);
    CHECK(wait_children(one, 1000ms, fds[0]));
    ::close(fds[0]);
    ::close(fds[1]);
}

TEST_CASE("wait_children does not wait on a child that is already done", "[process]") {
    RunningChild missing({"/nonexistent/helper", {}, -1, -1}, quick());
    RunningChild* one[] = {&missing};
    const auto start = std::chrono::steady_clock::now();
    wait_children(one, 10s);
    CHECK(std::chrono::steady_clock::now() - start < 1s);
}
