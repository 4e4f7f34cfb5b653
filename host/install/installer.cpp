#include "installer.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "files.hpp"
#include "receipt.hpp"
#include "selection.hpp"

namespace coolpapers::install {
namespace {

std::string scope_words(Scope scope) { return scope == Scope::system ? "every user" : "this user"; }

// One browser's registration: the manifest, and for a Flatpak browser the wrapper it starts.
// Returns an error text, or "" when written.
std::string register_browser(const Browser& b, const InstallOptions& options, Receipt& receipt) {
    const std::string path = manifest_path(b, options.scope, options.env);
    if (path.empty()) return "Flatpak browsers are registered per user (without --system)";
    const bool flatpak = !b.flatpak_id.empty();
    const std::string wrapper = flatpak ? flatpak_wrapper_path(b, options.env) : "";
    const std::string manifest = render_manifest(b, flatpak ? wrapper : options.binary, options.extension_id);

    // Someone else's manifest (another build, a package, a hand-written one) stays unless --force.
    if (exists(path) && !receipt.has_file(path) && read_file(path) != manifest && !options.force)
        return path + " was not written by coolpapers install (add --force to replace it)";

    std::vector<std::string> created;
    const auto failed = [&](const std::string& what) {
        receipt.add_dirs(created);  // whatever was made is still removed by uninstall
        return "cannot write " + what + ": " + std::strerror(errno);
    };
    if (flatpak) {
        if (!make_dirs(parent_dir(wrapper), created)) return failed(parent_dir(wrapper));
        if (!write_file_atomically(wrapper, render_flatpak_wrapper(options.binary), 0755)) return failed(wrapper);
        receipt.add_file(wrapper);
    }
    if (!make_dirs(parent_dir(path), created)) return failed(parent_dir(path));
    if (is_symlink(path) && ::unlink(path.c_str()) != 0) return failed(path);  // --force over a package's link
    if (!write_file_atomically(path, manifest)) return failed(path);
    receipt.add_file(path);
    receipt.add_dirs(created);
    return "";
}

}  // namespace

std::string receipt_path(Scope scope, const Environment& env) {
    if (scope == Scope::system) return env.root + "/var/lib/coolpapers/install-receipt.json";
    const std::string base = env.xdg_state_home.empty() ? env.home + "/.local/state" : env.xdg_state_home;
    return base + "/coolpapers/install-receipt.json";
}

int install(const InstallOptions& options, std::FILE* out, std::FILE* err) {
    if (!usable_environment(options, err)) return 1;
    const std::vector<const Browser*> chosen = selected_browsers(options, Purpose::install);
    if (chosen.empty()) {
        std::fprintf(err,
                     "coolpapers: no browser found (no configuration directory and no program on PATH for %s)\n"
                     "  register one anyway: coolpapers install --browser NAME%s\n",
                     native_browser_names().c_str(), options.scope == Scope::system ? " --system" : "");
        return 1;
    }
    const std::string receipt_file = receipt_path(options.scope, options.env);
    Receipt receipt = Receipt::load(receipt_file);
    std::string registered;
    int failures = 0;
    for (const Browser* b : chosen) {
        const std::string name(b->name);
        const std::string problem = register_browser(*b, options, receipt);
        if (!problem.empty()) {
            std::fprintf(out, "%-16s NOT registered: %s\n", name.c_str(), problem.c_str());
            ++failures;
            continue;
        }
        std::fprintf(out, "%-16s %s\n", name.c_str(), manifest_path(*b, options.scope, options.env).c_str());
        if (!b->flatpak_id.empty() && !flatpak_may_spawn(*b, options.env))
            std::fprintf(out, "%-16s the sandbox must be allowed to start the host; run once:\n%-16s   %s\n", "", "",
                         flatpak_override_command(*b).c_str());
        registered += (registered.empty() ? "" : ", ") + name;
    }
    if (!receipt.files.empty() && !receipt.save(receipt_file)) {
        std::fprintf(out, "cannot write the install receipt %s: %s (uninstall will not know these files)\n",
                     receipt_file.c_str(), std::strerror(errno));
        ++failures;
    }
    if (!registered.empty())
        std::fprintf(out, "host %s registered for %s (%s); check with: coolpapers doctor\n", options.binary.c_str(),
                     registered.c_str(), scope_words(options.scope).c_str());
    return failures ? 1 : 0;
}

int uninstall(const InstallOptions& options, std::FILE* out, std::FILE* err) {
    if (!usable_environment(options, err)) return 1;
    const std::string receipt_file = receipt_path(options.scope, options.env);
    if (!exists(receipt_file)) {
        std::fprintf(out, "nothing to remove: no install receipt at %s\n", receipt_file.c_str());
        return 0;
    }
    Receipt receipt = Receipt::load(receipt_file);
    const std::vector<std::string> only = files_of_named_browsers(options);  // empty: all
    Receipt kept;
    int failures = 0;
    for (const std::string& file : receipt.files) {
        const bool chosen = only.empty() || std::find(only.begin(), only.end(), file) != only.end();
        if (!chosen) {
            kept.files.push_back(file);
        } else if (exists(file) && !still_written_by_install(file)) {
            std::fprintf(out, "left alone: %s was replaced since coolpapers wrote it\n", file.c_str());
        } else if (::unlink(file.c_str()) == 0) {
            std::fprintf(out, "removed %s\n", file.c_str());
        } else if (errno != ENOENT) {
            std::fprintf(out, "cannot remove %s: %s\n", file.c_str(), std::strerror(errno));
            kept.files.push_back(file);
            ++failures;
        }
    }
    if (kept.files.empty()) ::unlink(receipt_file.c_str());
    // Deepest first (a directory's path is longer than its parent's); only the ones now empty go.
    std::sort(receipt.dirs.begin(), receipt.dirs.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    for (const std::string& dir : receipt.dirs)
        if (::rmdir(dir.c_str()) != 0 && errno != ENOENT) kept.dirs.push_back(dir);
    if (!kept.files.empty() && !kept.save(receipt_file)) ++failures;
    return failures ? 1 : 0;
}

}  // namespace coolpapers::install
