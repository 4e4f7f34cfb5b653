// `coolpapers install | uninstall | doctor`: writing, removing and checking host manifests.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "browsers.hpp"

namespace coolpapers::install {

struct InstallOptions {
    std::vector<std::string> browsers;  // names, or {"all"} (every native browser); empty: the browsers found
    Scope scope = Scope::user;
    bool force = false;                 // replace a manifest that coolpapers did not write
    std::string extension_id;           // empty: the published extension's id
    std::string binary;                 // absolute path written into the manifests
    Environment env;
};

// Each returns the process exit code and reports to `out` what it did or found; errors that stop
// it before it starts (HOME unusable) go to `err`.
int install(const InstallOptions& options, std::FILE* out, std::FILE* err = stderr);
int uninstall(const InstallOptions& options, std::FILE* out, std::FILE* err = stderr);
int doctor(const InstallOptions& options, std::FILE* out, std::FILE* err = stderr);

// Where install records what it wrote, so that uninstall removes exactly that.
std::string receipt_path(Scope scope, const Environment& env);

}  // namespace coolpapers::install
