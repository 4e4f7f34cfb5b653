// `coolpapers install | uninstall | doctor`: the command-line side (options → installer).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace coolpapers::cli {

// Adds the three subcommands to `app`; the returned function runs whichever was chosen
// (returning its exit code), or returns -1 when none was.
std::function<int()> add_install_commands(CLI::App& app);

}  // namespace coolpapers::cli
