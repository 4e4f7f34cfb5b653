// Where coolpapers finds the files it ships with, relative to its own executable, so that an
// installed tree works under any prefix (and after being moved), and the build tree works too:
//   build tree   build/coolpapers    build/coolpapers-pdf                        build/title-index.bin
//   installed    <prefix>/bin/...    <prefix>/libexec/coolpapers/coolpapers-pdf  <prefix>/share/coolpapers/title-index.bin
// (the installed directories are the ones GNUInstallDirs chose at configure time). Environment
// overrides are the callers' business (pdf_client, default_index): they name one file exactly.
#pragma once

#include <string>
#include <vector>

namespace coolpapers::paths {

enum class Shipped { pdf_helper, title_index };

// The running executable (/proc/self/exe, symlinks resolved); "" when it cannot be known.
std::string executable_path();

// The places `what` may be, in the order to try them: beside the executable (build tree), then
// the installed location. Empty when the executable's own path is unknown.
std::vector<std::string> shipped_locations(Shipped what);

// "A, B" for error messages.
std::string join_paths(const std::vector<std::string>& paths);

}  // namespace coolpapers::paths
