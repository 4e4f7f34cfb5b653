// `coolpapers install | uninstall | doctor`: writing, removing and checking host manifests.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "browsers.hpp"

namespace coolpapers::install {

struct InstallOptions {
    std::vector<std::string> browsers;  // names, or {"all"}; empty: the browsers found
    Scope scope = Scope::user;
    std::string extension_id;           // empty: the published extension's id
    std::string binary;                 // absolute path written into the manifests
    Environment env;
};

// Each returns the process exit code and reports to `out` what it did or found.
int install(const InstallOptions& options, std::FILE* out);
int uninstall(const InstallOptions& options, std::FILE* out);
int doctor(const InstallOptions& options, std::FILE* out);

// Where install records what it wrote, so that uninstall removes exactly that.
std::string receipt_path(Scope scope, const Environment& env);

}  // namespace coolpapers::install
