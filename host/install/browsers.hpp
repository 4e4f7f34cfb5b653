// Where each browser looks for native-messaging host manifests (Linux and macOS), and what the
// manifest for it says. One table: a reader finds "where are Brave's manifests written?" here.
#pragma once

#include <optional>
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
};

const std::vector<Browser>& browsers();
const Browser* find_browser(std::string_view name);

// Environment the paths depend on (passed in, so tests can use a temporary HOME).
struct Environment {
    std::string home;
    std::string xdg_config_home;  // empty: $HOME/.config
    std::string xdg_state_home;   // empty: $HOME/.local/state
    bool macos = false;
};
Environment current_environment();

// The directory holding the host manifest for `browser` in `scope`.
std::string manifest_dir(const Browser& browser, Scope scope, const Environment& env);
std::string manifest_path(const Browser& browser, Scope scope, const Environment& env);

// Is the browser installed for this user (its configuration directory exists)?
bool looks_installed(const Browser& browser, const Environment& env);

// The manifest text for `browser`, pointing at `binary`, allowing `extension_id` (or the default).
std::string render_manifest(const Browser& browser, std::string_view binary, std::string_view extension_id);

// The origin string the manifest must allow for `extension_id`.
std::string allowed_origin(Family family, std::string_view extension_id);

}  // namespace coolpapers::install
