#include "install_commands.hpp"

#include <cstdio>
#include <memory>

#include "install/installer.hpp"
#include "paths/shipped_files.hpp"
#include "pdf/pdf_client.hpp"

namespace coolpapers::cli {

std::function<int()> add_install_commands(CLI::App& app) {
    auto options = std::make_shared<install::InstallOptions>();
    auto system = std::make_shared<bool>(false);
    auto user = std::make_shared<bool>(false);  // the default; accepted for clarity
    auto force = std::make_shared<bool>(false);
    std::vector<std::string> names = {"all"};
    for (const auto& b : install::browsers()) names.emplace_back(b.name);

    const auto configure = [&](CLI::App* cmd) {
        cmd->add_option("--browser", options->browsers,
                        "Browser(s): all (every native one), or any of these, found or not (default: the ones found)")
            ->check(CLI::IsMember(names));
        auto* user_flag = cmd->add_flag("--user", *user, "This user only (the default)");
        cmd->add_flag("--system", *system, "For every user (needs root)")->excludes(user_flag);
        cmd->add_option("--extension-id", options->extension_id, "Allow this extension instead of the published one");
    };
    auto* install_cmd = app.add_subcommand("install", "Register the host with the browsers (writes their host manifests).");
    auto* uninstall_cmd = app.add_subcommand("uninstall", "Remove exactly what install wrote.");
    auto* doctor_cmd = app.add_subcommand("doctor", "Check each browser's registration and talk to the host once.");
    for (auto* cmd : {install_cmd, uninstall_cmd, doctor_cmd}) configure(cmd);
    install_cmd->add_flag("--force", *force, "Replace a manifest that coolpapers did not write");

    return [=]() -> int {
        options->scope = *system ? install::Scope::system : install::Scope::user;
        options->force = *force;
        options->env = install::current_environment();
        options->binary = paths::executable_path();  // what the browsers must start
        if (*install_cmd) return install::install(*options, stdout);
        if (*uninstall_cmd) return install::uninstall(*options, stdout);
        if (*doctor_cmd) {
            const int status = install::doctor(*options, stdout);
            std::fprintf(stdout, "%s\n", pdf::confinement_summary().c_str());
            return status;
        }
        return -1;
    };
}

}  // namespace coolpapers::cli
