// `coolpapers doctor`: for each browser, the per-user and the system-wide registration, which one
// the browser will use, stale ones, Flatpak sandboxes, and the one command that fixes each problem.
//
// Which one is used follows the browsers' own lookup. Both look in the per-user directory first,
// then the system-wide one. Chromium-family browsers stop at the first manifest file that exists
// (through a symbolic link: a dangling link counts as absent) and fail if it is bad, so a broken
// per-user manifest shadows a working system-wide one. Firefox passes over a manifest it cannot
// use (not JSON, wrong name or type, relative path, extension not allowed) and tries the next;
// one that names a host that is gone or does not answer is still the one it starts.
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "files.hpp"
#include "installer.hpp"
#include "process/child_process.hpp"
#include "process/unique_fd.hpp"
#include "receipt.hpp"
#include "selection.hpp"

namespace coolpapers::install {
namespace {

using nlohmann::json;

// Sends one ping frame to the host, started with the arguments the browser would give it;
// returns an error text, or "" when it answered.
std::string self_test(const std::string& binary, std::vector<std::string> args) {
    const std::string body = R"({"type":"ping","id":"doctor"})";
    const auto length = static_cast<std::uint32_t>(body.size());
    std::string request(reinterpret_cast<const char*>(&length), 4);
    request += body;
    // The request waits in an in-memory file that becomes the host's stdin, as if the browser sent
    // it and closed the pipe: the host answers, sees the end, and exits.
    process::UniqueFd input(::memfd_create("coolpapers-doctor", MFD_CLOEXEC));
    if (input.fd < 0 || ::write(input.fd, request.data(), request.size()) != static_cast<ssize_t>(request.size()) ||
        ::lseek(input.fd, 0, SEEK_SET) != 0)
        return "cannot prepare the test message";
    process::ChildLimits limits;
    limits.address_space = 0;  // the host's own business; only time and output are bounded here
    limits.wall = std::chrono::seconds(5);
    limits.max_output = 1 << 20;
    const process::ChildResult run = process::run_child({binary, std::move(args), input.fd, -1}, limits);
    if (run.outcome == process::ChildResult::Outcome::not_started)
        return std::string("cannot start it: ") + std::strerror(run.code);
    const json answer = run.output.size() > 4 ? json::parse(run.output.substr(4), nullptr, false) : json();
    if (answer.is_discarded() || !answer.is_object() || answer.value("ok", false) != true)
        return "it did not answer a ping";
    return "";
}

// The host a Flatpak wrapper starts (the quoted path after --host), "" when it names none.
std::string wrapper_target(const std::string& wrapper) {
    const std::string text = read_file(wrapper);
    const std::size_t at = text.find("--host '");
    if (at == std::string::npos) return "";
    const std::size_t start = at + 8, end = text.find('\'', start);
    return end == std::string::npos ? "" : text.substr(start, end - start);
}

struct Check {
    enum class State { none, ok, stale, broken } state = State::none;
    std::string detail;        // what is wrong, or which host answers
    bool passed_over = false;  // the browser's lookup skips this file and looks in the next place
};

// One manifest, checked as the browser would read it, then the host it names pinged.
Check check_manifest(const Browser& browser, const std::string& path, const InstallOptions& options) {
    if (!exists(path)) return {};
    if (is_symlink(path) && ::access(path.c_str(), F_OK) != 0)
        return {Check::State::stale, "a link to " + read_link(path) + ", which is gone", true};
    // What the browser checks while looking for a manifest; Firefox passes over one that fails.
    const auto unusable = [&browser](std::string why) {
        return Check{Check::State::broken, std::move(why), browser.family == Family::firefox};
    };
    const auto broken = [](std::string why) { return Check{Check::State::broken, std::move(why)}; };
    const json m = json::parse(read_file(path), nullptr, false);
    if (m.is_discarded() || !m.is_object()) return unusable("the manifest is not valid JSON");
    if (m.value("name", "") != kHostName) return unusable("the manifest's name is not " + std::string(kHostName));
    if (m.value("type", "") != "stdio") return unusable("the manifest's type is not stdio");
    std::string binary = m.value("path", "");
    if (binary.empty() || binary[0] != '/') return unusable("the manifest's path is not absolute");
    const std::string origin = allowed_origin(browser.family, options.extension_id);
    const json allowed = m.value(browser.family == Family::firefox ? "allowed_extensions" : "allowed_origins", json::array());
    if (std::find(allowed.begin(), allowed.end(), origin) == allowed.end())
        return unusable("the manifest does not allow " + origin);
    if (!browser.flatpak_id.empty()) {  // the manifest names the wrapper, which names the host
        if (::access(binary.c_str(), X_OK) != 0) return {Check::State::stale, "the wrapper " + binary + " is gone"};
        binary = wrapper_target(binary);
        if (binary.empty()) return broken("the wrapper " + m.value("path", "") + " names no host");
    }
    if (::access(binary.c_str(), X_OK) != 0) return {Check::State::stale, "the host " + binary + " is gone"};
    // Chrome passes the caller's origin; Firefox the manifest's path and the extension's id.
    const std::vector<std::string> args =
        browser.family == Family::firefox ? std::vector<std::string>{path, origin} : std::vector<std::string>{origin};
    const std::string failure = self_test(binary, args);
    if (!failure.empty()) return broken("the host " + binary + " was found but " + failure);
    return {Check::State::ok, binary + " answers"};
}

std::string describe(const Check& c) {
    switch (c.state) {
        case Check::State::none: return "none";
        case Check::State::ok: return "OK (" + c.detail + ")";
        case Check::State::stale: return "STALE: " + c.detail;
        case Check::State::broken: return "BROKEN: " + c.detail;
    }
    return "";
}

// The one command that repairs a registration in `scope`.
std::string fix_command(const Browser& b, Scope scope, const std::string& path, const InstallOptions& options) {
    const std::string name(b.name);
    if (scope == Scope::system) {
        if (is_symlink(path) && read_link(path).rfind("/usr/share/coolpapers/", 0) == 0)
            return "sudo apt-get install --reinstall coolpapers";
        const bool ours = Receipt::load(receipt_path(Scope::system, options.env)).has_file(path);
        return "sudo coolpapers install --system --browser " + name + (ours || !exists(path) ? "" : " --force");
    }
    const bool ours = Receipt::load(receipt_path(Scope::user, options.env)).has_file(path);
    return "coolpapers install --browser " + name + (ours || !exists(path) ? "" : " --force");
}

// How to get a bad per-user manifest out of the way of a working system-wide one: uninstall when
// it would remove it (install wrote it and nobody replaced it since), else delete it by hand.
std::string unshadow_command(const Browser& b, const std::string& user_path, const InstallOptions& options) {
    if (Receipt::load(receipt_path(Scope::user, options.env)).has_file(user_path) && still_written_by_install(user_path))
        return "coolpapers uninstall --browser " + std::string(b.name);
    return "rm '" + user_path + "'";
}

// Reports one browser; true when the registration it uses works.
bool report_browser(const Browser& b, const InstallOptions& options, std::FILE* out) {
    const std::string name(b.name);
    const std::string user_path = manifest_path(b, Scope::user, options.env);
    const std::string system_path = manifest_path(b, Scope::system, options.env);
    const Check user = check_manifest(b, user_path, options);
    const Check system = system_path.empty() ? Check{} : check_manifest(b, system_path, options);

    std::fprintf(out, "%s%s%s\n", name.c_str(), b.flatpak_id.empty() ? "" : " (Flatpak ",
                 b.flatpak_id.empty() ? (looks_installed(b, options.env) ? "" : " (browser not found)")
                                      : (std::string(b.flatpak_id) + ")").c_str());
    std::fprintf(out, "  per-user     %s: %s\n", user_path.c_str(), describe(user).c_str());
    if (!system_path.empty()) std::fprintf(out, "  system-wide  %s: %s\n", system_path.c_str(), describe(system).c_str());

    const bool uses_user = user.state != Check::State::none && !user.passed_over;
    const bool has_system = system.state != Check::State::none && !system.passed_over;
    const Check& used = uses_user ? user : system;
    bool works = used.state == Check::State::ok;
    if (!b.flatpak_id.empty() && uses_user) {
        const bool may_spawn = flatpak_may_spawn(b, options.env);
        std::fprintf(out, "  sandbox      %s\n", may_spawn ? "may start the host outside it (flatpak override is set)"
                                                          : "may NOT start the host outside it");
        if (!may_spawn) std::fprintf(out, "    fix: %s\n", flatpak_override_command(b).c_str());
        works = works && may_spawn;
    }
    if (!b.flatpak_id.empty() && b.family == Family::firefox)
        std::fprintf(out, "  note         Firefox 157 and later can reach hosts outside the sandbox through xdg-native-messaging-proxy\n"
                          "               (Mozilla bug 1955255) when the system runs it; then the ordinary registration counts: coolpapers doctor --browser firefox\n");
    if (!uses_user && !has_system) {
        std::fprintf(out, "  uses         nothing: the browser cannot find the host%s\n",
                     user.passed_over || system.passed_over ? " (it passes over the unusable manifest)" : "");
        std::fprintf(out, "    fix: %s\n", fix_command(b, Scope::user, user_path, options).c_str());
        return false;
    }
    if (uses_user) {
        std::fprintf(out, "  uses         the per-user registration%s%s\n",
                     system.state == Check::State::none ? "" : " (it shadows the system-wide one)",
                     works ? "" : ", which does not work");
        if (user.state != Check::State::ok && system.state == Check::State::ok)
            std::fprintf(out,
                         "    the system-wide one works and would be used without the per-user one\n"
                         "    fix: %s  (then the system-wide one is used)\n"
                         "     or: %s  (repairs the per-user one)\n",
                         unshadow_command(b, user_path, options).c_str(), fix_command(b, Scope::user, user_path, options).c_str());
        else if (user.state != Check::State::ok)
            std::fprintf(out, "    fix: %s\n", fix_command(b, Scope::user, user_path, options).c_str());
        if (user.state == Check::State::ok && system.state != Check::State::none && system.state != Check::State::ok)
            std::fprintf(out, "  note         the system-wide one is not used while the per-user one exists, but it is %s\n    fix: %s\n",
                         system.state == Check::State::stale ? "stale" : "broken",
                         fix_command(b, Scope::system, system_path, options).c_str());
        return works;
    }
    std::fprintf(out, "  uses         the system-wide registration%s\n", works ? "" : ", which does not work");
    if (user.passed_over)
        std::fprintf(out, "  note         %s passes over the %s per-user one; remove it: %s\n", name.c_str(),
                     user.state == Check::State::stale ? "stale" : "broken", unshadow_command(b, user_path, options).c_str());
    if (!works) std::fprintf(out, "    fix: %s\n", fix_command(b, Scope::system, system_path, options).c_str());
    return works;
}

}  // namespace

int doctor(const InstallOptions& options, std::FILE* out, std::FILE* err) {
    InstallOptions user_view = options;
    user_view.scope = Scope::user;  // doctor always shows both scopes; per-user paths need HOME
    if (!usable_environment(user_view, err)) return 1;
    int working = 0;
    bool chromium_checked = false;
    for (const Browser* b : selected_browsers(options, Purpose::doctor)) {
        if (report_browser(*b, options, out)) ++working;
        chromium_checked = chromium_checked || b->name == "chromium";
    }
    if (const std::string snap = snap_chromium_path(options.env); chromium_checked && !snap.empty())
        std::fprintf(out,
                     "chromium (Snap)\n  %s is the Snap Chromium, which cannot start native-messaging hosts at all (its\n"
                     "  confinement forbids it): no registration helps it.\n"
                     "    fix: use Debian's chromium (sudo apt-get install chromium) or the Flatpak (coolpapers install --browser chromium-flatpak)\n",
                     snap.c_str());
    return working > 0 ? 0 : 1;
}

}  // namespace coolpapers::install
