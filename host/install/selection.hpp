// Which browsers an install, uninstall or doctor run is about, and the checks every run makes first.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "browsers.hpp"
#include "installer.hpp"

namespace coolpapers::install {

enum class Purpose { install, doctor };

// The browsers named with --browser ("all": every native browser); else the ones found on this
// machine, and for doctor also any browser that has a registration (or, when there is none,
// every native browser).
std::vector<const Browser*> selected_browsers(const InstallOptions& options, Purpose purpose);

// "chrome, chromium, …" for messages.
std::string native_browser_names();

// The files install writes for the browsers named with --browser; empty when none are named.
std::vector<std::string> files_of_named_browsers(const InstallOptions& options);

// Per-user runs need an absolute HOME: says why not to `err` and returns false.
bool usable_environment(const InstallOptions& options, std::FILE* err);

}  // namespace coolpapers::install
