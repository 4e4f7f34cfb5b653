#include "selection.hpp"

#include "files.hpp"

namespace coolpapers::install {
namespace {

bool named_all(const InstallOptions& options) { return options.browsers.size() == 1 && options.browsers[0] == "all"; }

bool has_registration(const Browser& b, const Environment& env) {
    for (const Scope scope : {Scope::user, Scope::system}) {
        const std::string path = manifest_path(b, scope, env);
        if (!path.empty() && exists(path)) return true;
    }
    return false;
}

}  // namespace

std::vector<const Browser*> selected_browsers(const InstallOptions& options, Purpose purpose) {
    std::vector<const Browser*> out;
    if (!options.browsers.empty() && !named_all(options)) {
        for (const auto& name : options.browsers)
            if (const Browser* b = find_browser(name)) out.push_back(b);
        return out;
    }
    for (const auto& b : browsers()) {
        const bool native = b.flatpak_id.empty();
        if ((named_all(options) && native) || looks_installed(b, options.env) ||
            (purpose == Purpose::doctor && has_registration(b, options.env)))
            out.push_back(&b);
    }
    if (out.empty() && purpose == Purpose::doctor)
        for (const auto& b : browsers())
            if (b.flatpak_id.empty()) out.push_back(&b);
    return out;
}

std::string native_browser_names() {
    std::string out;
    for (const auto& b : browsers())
        if (b.flatpak_id.empty()) out += (out.empty() ? "" : ", ") + std::string(b.name);
    return out;
}

std::vector<std::string> files_of_named_browsers(const InstallOptions& options) {
    std::vector<std::string> out;
    if (options.browsers.empty() || named_all(options)) return out;
    for (const Browser* b : selected_browsers(options, Purpose::install)) {
        out.push_back(manifest_path(*b, options.scope, options.env));
        if (!b->flatpak_id.empty()) out.push_back(flatpak_wrapper_path(*b, options.env));
    }
    return out;
}

bool usable_environment(const InstallOptions& options, std::FILE* err) {
    if (options.scope == Scope::system) return true;
    const std::string problem = home_problem(options.env);
    if (problem.empty()) return true;
    std::fprintf(err, "coolpapers: %s, so this user's browser directories are unknown (set HOME, or as root use --system)\n",
                 problem.c_str());
    return false;
}

}  // namespace coolpapers::install
