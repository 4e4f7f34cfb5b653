#include "installer.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/stat.h>
#include <sys/mman.h>
#include <unistd.h>

#include "process/child_process.hpp"
#include "process/unique_fd.hpp"

namespace coolpapers::install {
namespace {

using nlohmann::json;

std::vector<const Browser*> selected(const InstallOptions& options, bool only_found) {
    std::vector<const Browser*> out;
    const bool all = options.browsers.size() == 1 && options.browsers[0] == "all";
    if (!options.browsers.empty() && !all) {
        for (const auto& name : options.browsers)
            if (const Browser* b = find_browser(name)) out.push_back(b);
        return out;
    }
    for (const auto& b : browsers())
        if (all || !only_found || looks_installed(b, options.env)) out.push_back(&b);
    if (out.empty())  // nothing found: cover every browser, so one installed later works too
        for (const auto& b : browsers()) out.push_back(&b);
    return out;
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

// mkdir -p; appends each directory it creates to `created`.
bool make_dirs(const std::string& dir, std::vector<std::string>& created) {
    if (dir.empty() || exists(dir)) return true;
    const auto slash = dir.find_last_of('/');
    if (slash != std::string::npos && slash > 0 && !make_dirs(dir.substr(0, slash), created)) return false;
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return false;
    created.push_back(dir);
    return true;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    return static_cast<bool>(out.flush());
}

json load_receipt(const std::string& path) {
    if (!exists(path)) return {{"files", json::array()}, {"dirs", json::array()}};
    json r = json::parse(read_file(path), nullptr, false);
    if (r.is_discarded() || !r.is_object()) r = json::object();
    if (!r.contains("files")) r["files"] = json::array();
    if (!r.contains("dirs")) r["dirs"] = json::array();
    return r;
}

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

// One browser's manifest, checked as the browser would read it. Returns "" when all is well.
std::string check_manifest(const Browser& browser, const std::string& path, const InstallOptions& options) {
    const json m = json::parse(read_file(path), nullptr, false);
    if (m.is_discarded() || !m.is_object()) return "the manifest is not valid JSON";
    if (m.value("name", "") != kHostName) return "the manifest's name is not " + std::string(kHostName);
    if (m.value("type", "") != "stdio") return "the manifest's type is not stdio";
    const std::string binary = m.value("path", "");
    if (binary.empty() || binary[0] != '/') return "the manifest's path is not absolute";
    if (::access(binary.c_str(), X_OK) != 0) return "the host " + binary + " is missing or not executable";
    const std::string origin = allowed_origin(browser.family, options.extension_id);
    const json allowed = m.value(browser.family == Family::firefox ? "allowed_extensions" : "allowed_origins", json::array());
    if (std::find(allowed.begin(), allowed.end(), origin) == allowed.end())
        return "the manifest does not allow " + origin;
    // Chrome passes the caller's origin; Firefox the manifest's path and the extension's id.
    const std::vector<std::string> args =
        browser.family == Family::firefox ? std::vector<std::string>{path, origin} : std::vector<std::string>{origin};
    const std::string failure = self_test(binary, args);
    return failure.empty() ? "" : "the host was found but " + failure;
}

std::string scope_flag(Scope scope) { return scope == Scope::system ? " --system" : ""; }

}  // namespace

std::string receipt_path(Scope scope, const Environment& env) {
    if (scope == Scope::system) return "/var/lib/coolpapers/install-receipt.json";
    const std::string base = env.xdg_state_home.empty() ? env.home + "/.local/state" : env.xdg_state_home;
    return base + "/coolpapers/install-receipt.json";
}

int install(const InstallOptions& options, std::FILE* out) {
    const std::string receipt_file = receipt_path(options.scope, options.env);
    json receipt = load_receipt(receipt_file);
    std::vector<std::string> created_dirs;
    int failures = 0;
    for (const Browser* b : selected(options, /*only_found=*/true)) {
        const std::string dir = manifest_dir(*b, options.scope, options.env);
        const std::string path = manifest_path(*b, options.scope, options.env);
        const bool existed = exists(path);
        if (!make_dirs(dir, created_dirs) || !write_file(path, render_manifest(*b, options.binary, options.extension_id))) {
            std::fprintf(out, "%-9s cannot write %s: %s\n", std::string(b->name).c_str(), path.c_str(), std::strerror(errno));
            ++failures;
            continue;
        }
        if (!existed && std::find(receipt["files"].begin(), receipt["files"].end(), path) == receipt["files"].end())
            receipt["files"].push_back(path);
        std::fprintf(out, "%-9s %s\n", std::string(b->name).c_str(), path.c_str());
    }
    // Directories are removed deepest first on uninstall: record them in creation order reversed.
    for (auto it = created_dirs.rbegin(); it != created_dirs.rend(); ++it) receipt["dirs"].push_back(*it);
    std::vector<std::string> receipt_dirs;
    const std::string receipt_dir = receipt_file.substr(0, receipt_file.find_last_of('/'));
    if (make_dirs(receipt_dir, receipt_dirs)) {
        for (auto it = receipt_dirs.rbegin(); it != receipt_dirs.rend(); ++it) receipt["dirs"].push_back(*it);
        write_file(receipt_file, receipt.dump(2) + "\n");
    }
    std::fprintf(out, "host %s registered for %s; check with: coolpapers doctor%s\n", options.binary.c_str(),
                 options.scope == Scope::system ? "every user" : "this user", scope_flag(options.scope).c_str());
    return failures ? 1 : 0;
}

int uninstall(const InstallOptions& options, std::FILE* out) {
    const std::string receipt_file = receipt_path(options.scope, options.env);
    if (!exists(receipt_file)) {
        std::fprintf(out, "nothing to remove: no install receipt at %s\n", receipt_file.c_str());
        return 0;
    }
    const json receipt = load_receipt(receipt_file);
    for (const auto& file : receipt["files"]) {
        const std::string path = file.get<std::string>();
        if (::unlink(path.c_str()) == 0) std::fprintf(out, "removed %s\n", path.c_str());
    }
    ::unlink(receipt_file.c_str());
    for (const auto& dir : receipt["dirs"]) ::rmdir(dir.get<std::string>().c_str());  // only if now empty
    return 0;
}

int doctor(const InstallOptions& options, std::FILE* out) {
    int healthy = 0;
    for (const Browser* b : selected(options, /*only_found=*/false)) {
        const std::string name(b->name);
        const std::string path = manifest_path(*b, options.scope, options.env);
        if (!exists(path)) {
            const char* presence = looks_installed(*b, options.env) ? "" : " (browser not found)";
            std::fprintf(out, "%-9s no manifest at %s%s\n          fix: coolpapers install --browser %s%s\n",
                         name.c_str(), path.c_str(), presence, name.c_str(), scope_flag(options.scope).c_str());
            continue;
        }
        const std::string problem = check_manifest(*b, path, options);
        if (problem.empty()) {
            std::fprintf(out, "%-9s OK: %s\n", name.c_str(), path.c_str());
            ++healthy;
        } else {
            std::fprintf(out, "%-9s %s (%s)\n          fix: coolpapers install --browser %s%s\n", name.c_str(),
                         problem.c_str(), path.c_str(), name.c_str(), scope_flag(options.scope).c_str());
        }
    }
    return healthy > 0 ? 0 : 1;
}

}  // namespace coolpapers::install
