#include "browsers.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include "core/path_list.hpp"

namespace coolpapers::install {
namespace {

struct Locations {
    std::string_view browser;
    std::string_view linux_user;    // relative to $XDG_CONFIG_HOME (chrome family) or $HOME (firefox)
    std::string_view linux_system;
    std::string_view macos_user;    // relative to $HOME
    std::string_view macos_system;
};

// Documented by each vendor; Chromium derivatives follow Chrome's scheme with their own folder.
constexpr Locations kLocations[] = {
    {"chrome", "google-chrome/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts",
     "Library/Application Support/Google/Chrome/NativeMessagingHosts", "/Library/Google/Chrome/NativeMessagingHosts"},
    {"chromium", "chromium/NativeMessagingHosts", "/etc/chromium/native-messaging-hosts",
     "Library/Application Support/Chromium/NativeMessagingHosts",
     "/Library/Application Support/Chromium/NativeMessagingHosts"},
    {"edge", "microsoft-edge/NativeMessagingHosts", "/etc/opt/edge/native-messaging-hosts",
     "Library/Application Support/Microsoft Edge/NativeMessagingHosts", "/Library/Microsoft/Edge/NativeMessagingHosts"},
    // Brave's Linux system directory is not documented: Chrome's is the best guess (unverified).
    {"brave", "BraveSoftware/Brave-Browser/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts",
     "Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
     "/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts"},
    {"vivaldi", "vivaldi/NativeMessagingHosts", "/etc/opt/vivaldi/native-messaging-hosts",
     "Library/Application Support/Vivaldi/NativeMessagingHosts", "/Library/Application Support/Vivaldi/NativeMessagingHosts"},
    {"firefox", ".mozilla/native-messaging-hosts", "/usr/lib/mozilla/native-messaging-hosts",
     "Library/Application Support/Mozilla/NativeMessagingHosts", "/Library/Application Support/Mozilla/NativeMessagingHosts"},
};

const Locations& locations_of(const Browser& browser) {
    const std::string_view layout = browser.layout.empty() ? browser.name : browser.layout;
    for (const auto& l : kLocations)
        if (l.browser == layout) return l;
    return kLocations[0];
}

bool is_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool on_path(std::string_view program, const std::string& path_list) {
    for (const std::string_view dir : split_path_list(path_list))
        if (dir[0] == '/' && ::access((std::string(dir) + "/" + std::string(program)).c_str(), X_OK) == 0) return true;
    return false;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string flatpak_sandbox_dir(const Browser& browser, const Environment& env) {
    return env.home + "/.var/app/" + std::string(browser.flatpak_id);
}

std::string config_home(const Environment& env) {
    return env.xdg_config_home.empty() ? env.home + "/.config" : env.xdg_config_home;
}

bool is_directory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
    return text;
}

}  // namespace

const std::vector<Browser>& browsers() {
    static const std::vector<Browser> list = {
        {"chrome", Family::chrome, "google-chrome", {"google-chrome", "google-chrome-stable"}, "", ""},
        {"chromium", Family::chrome, "chromium", {"chromium", "chromium-browser"}, "", ""},
        {"edge", Family::chrome, "microsoft-edge", {"microsoft-edge", "microsoft-edge-stable"}, "", ""},
        {"brave", Family::chrome, "BraveSoftware/Brave-Browser", {"brave-browser", "brave"}, "", ""},
        {"vivaldi", Family::chrome, "vivaldi", {"vivaldi", "vivaldi-stable"}, "", ""},
        {"firefox", Family::firefox, ".mozilla", {"firefox", "firefox-esr"}, "", ""},
        // Flatpak builds: the same browsers in a sandbox with its own configuration directory.
        {"chromium-flatpak", Family::chrome, "", {}, "org.chromium.Chromium", "chromium"},
        {"chrome-flatpak", Family::chrome, "", {}, "com.google.Chrome", "chrome"},
        {"brave-flatpak", Family::chrome, "", {}, "com.brave.Browser", "brave"},
        {"edge-flatpak", Family::chrome, "", {}, "com.microsoft.Edge", "edge"},
        {"firefox-flatpak", Family::firefox, "", {}, "org.mozilla.firefox", "firefox"},
    };
    return list;
}

const Browser* find_browser(std::string_view name) {
    for (const auto& b : browsers())
        if (b.name == name) return &b;
    return nullptr;
}

Environment current_environment() {
    Environment env;
    const auto absolute = [](const char* value) { return value != nullptr && value[0] == '/'; };
    if (const char* home = std::getenv("HOME")) env.home = home;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); absolute(xdg)) env.xdg_config_home = xdg;
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); absolute(xdg)) env.xdg_state_home = xdg;
    if (const char* path = std::getenv("PATH")) env.path = path;
#ifdef __APPLE__
    env.macos = true;
#endif
    return env;
}

std::string home_problem(const Environment& env) {
    if (env.home.empty()) return "HOME is not set";
    if (env.home[0] != '/') return "HOME is not an absolute path (" + env.home + ")";
    return "";
}

std::string manifest_dir(const Browser& browser, Scope scope, const Environment& env) {
    const Locations& l = locations_of(browser);
    if (!browser.flatpak_id.empty()) {
        if (env.macos || scope == Scope::system) return "";
        // Inside the sandbox, XDG_CONFIG_HOME is <sandbox>/config and HOME is the real one, but
        // Flatpak keeps ~/.mozilla in <sandbox>/.mozilla.
        const std::string base = flatpak_sandbox_dir(browser, env) + (browser.family == Family::firefox ? "" : "/config");
        return base + "/" + std::string(l.linux_user);
    }
    if (env.macos) return scope == Scope::user ? env.home + "/" + std::string(l.macos_user) : std::string(l.macos_system);
    if (scope == Scope::system) return env.root + std::string(l.linux_system);
    const std::string base = browser.family == Family::firefox ? env.home : config_home(env);
    return base + "/" + std::string(l.linux_user);
}

std::string manifest_path(const Browser& browser, Scope scope, const Environment& env) {
    const std::string dir = manifest_dir(browser, scope, env);
    return dir.empty() ? dir : dir + "/" + std::string(kHostName) + ".json";
}

std::string flatpak_wrapper_path(const Browser& browser, const Environment& env) {
    return flatpak_sandbox_dir(browser, env) + "/data/coolpapers/coolpapers-host";
}

std::string render_flatpak_wrapper(std::string_view binary) {
    std::string quoted = "'";
    for (const char c : binary) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    quoted += "'";
    return "#!/bin/sh\n# " + std::string(kWrapperMark) +
           ": the browser runs in a Flatpak sandbox, the host outside it.\n"
           "# Needs: flatpak override --user --talk-name=org.freedesktop.Flatpak <app-id>\n"
           "exec flatpak-spawn --host " + quoted + " \"$@\"\n";
}

std::string flatpak_override_command(const Browser& browser) {
    return "flatpak override --user --talk-name=org.freedesktop.Flatpak " + std::string(browser.flatpak_id);
}

bool flatpak_may_spawn(const Browser& browser, const Environment& env) {
    // `flatpak override` writes one file per app, or "global" without an app id; the user's
    // installation wins over the system's, and an app's own file over the global one. The first
    // file that sets the policy for org.freedesktop.Flatpak decides.
    const std::string id(browser.flatpak_id), user = env.home + "/.local/share/flatpak/overrides/",
                      system = env.root + "/var/lib/flatpak/overrides/";
    const std::string key = "org.freedesktop.Flatpak=";
    for (const std::string& file : {user + id, user + "global", system + id, system + "global"}) {
        const std::string text = read_text(file);
        for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + 1)) {
            if (at != 0 && text[at - 1] != '\n') continue;  // a whole line only
            const std::size_t end = text.find('\n', at);
            const std::string policy = text.substr(at + key.size(), end == std::string::npos ? end : end - at - key.size());
            return policy == "talk" || policy == "own";
        }
    }
    return false;
}

bool looks_installed(const Browser& browser, const Environment& env) {
    if (!browser.flatpak_id.empty()) {
        const std::string id(browser.flatpak_id);
        return is_directory(env.home + "/.local/share/flatpak/app/" + id) || is_directory(env.root + "/var/lib/flatpak/app/" + id);
    }
    if (env.macos) return is_directory(manifest_dir(browser, Scope::user, env) + "/..");
    const std::string base = browser.family == Family::firefox ? env.home : config_home(env);
    if (is_directory(base + "/" + std::string(browser.config_dir))) return true;
    return std::any_of(browser.programs.begin(), browser.programs.end(),
                       [&](std::string_view p) { return !p.empty() && on_path(p, env.path); });
}

std::string snap_chromium_path(const Environment& env) {
    const std::string path = env.root + "/snap/bin/chromium";
    return is_file(path) || is_directory(env.root + "/snap/chromium") ? path : "";
}

std::string allowed_origin(Family family, std::string_view extension_id) {
    if (family == Family::firefox) return std::string(extension_id.empty() ? kFirefoxExtensionId : extension_id);
    return "chrome-extension://" + std::string(extension_id.empty() ? kChromeExtensionId : extension_id) + "/";
}

std::string render_manifest(const Browser& browser, std::string_view binary, std::string_view extension_id) {
    const std::string_view tmpl = browser.family == Family::firefox ? kFirefoxTemplate : kChromeTemplate;
    const nlohmann::json origins = {allowed_origin(browser.family, extension_id)};
    std::string text = replace_all(std::string(tmpl), "@NAME@", kHostName);
    const std::string quoted_path = nlohmann::json(std::string(binary)).dump();  // JSON-escaped
    text = replace_all(text, "@PATH@", std::string_view(quoted_path).substr(1, quoted_path.size() - 2));
    return replace_all(text, "@ORIGINS@", origins.dump());
}

}  // namespace coolpapers::install
