// Where each browser looks for native-messaging host manifests (Linux and macOS), and what the
// manifest for it says. One table: a reader finds "where are Brave's manifests written?" here.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "manifest_templates.hpp"  // generated; the names are set in CMakeLists.txt

namespace coolpapers::install {

inline constexpr std::string_view kHostName = kConfiguredHostName;                    // cool.papers.router
inline constexpr std::string_view kChromeExtensionId = kConfiguredChromeExtensionId;  // fixed by the "key"
inline constexpr std::string_view kFirefoxExtensionId = kConfiguredFirefoxExtensionId;

enum class Family { chrome, firefox };
enum class Scope { user, system };

struct Browser {
    std::string_view name;          // as given to --browser
    Family family;
    std::string_view config_dir;    // Linux, under XDG_CONFIG_HOME or HOME (browser presence test)
    std::array<std::string_view, 3> programs;  // any of these on PATH: the browser is installed
    std::string_view flatpak_id;    // a Flatpak build: its app id ("" for a native browser)
    std::string_view layout;        // whose directory layout it has (a Flatpak's native browser)
};

const std::vector<Browser>& browsers();
const Browser* find_browser(std::string_view name);

// Environment the paths depend on (passed in, so tests can use a temporary HOME and root).
struct Environment {
    std::string home;
    std::string xdg_config_home;  // empty: $HOME/.config
    std::string xdg_state_home;   // empty: $HOME/.local/state
    bool macos = false;
    std::string path;             // $PATH, where browsers' programs are looked for
    std::string root;             // prefix of system paths (/etc, /usr, /var, /snap); empty: /
};
// From the process environment; relative XDG_* paths are ignored, as the XDG spec says.
Environment current_environment();

// Why $HOME cannot be used for per-user files (unset, empty or relative), or "" when it can.
std::string home_problem(const Environment& env);

// The directory holding the host manifest for `browser` in `scope`; "" when there is none
// (a Flatpak browser has no system-wide one).
std::string manifest_dir(const Browser& browser, Scope scope, const Environment& env);
std::string manifest_path(const Browser& browser, Scope scope, const Environment& env);

// A Flatpak browser's manifest points at this wrapper, inside the sandbox's own data directory,
// which starts the host outside the sandbox with flatpak-spawn --host.
std::string flatpak_wrapper_path(const Browser& browser, const Environment& env);
std::string render_flatpak_wrapper(std::string_view binary);
inline constexpr std::string_view kWrapperMark = "Written by coolpapers install";
// The command that lets the sandbox talk to flatpak-spawn's portal.
std::string flatpak_override_command(const Browser& browser);
// Has the user (or the administrator) run that command? Reads Flatpak's override files.
bool flatpak_may_spawn(const Browser& browser, const Environment& env);

// Is the browser installed for this user: its configuration directory exists or one of its
// programs is on PATH (a Flatpak: installed per user or system-wide, or its sandbox data exists)?
bool looks_installed(const Browser& browser, const Environment& env);

// The Snap Chromium, which cannot start native-messaging hosts at all; "" when absent.
std::string snap_chromium_path(const Environment& env);

// The manifest text for `browser`, pointing at `binary`, allowing `extension_id` (or the default).
std::string render_manifest(const Browser& browser, std::string_view binary, std::string_view extension_id);

// The origin string the manifest must allow for `extension_id`.
std::string allowed_origin(Family family, std::string_view extension_id);

}  // namespace coolpapers::install
