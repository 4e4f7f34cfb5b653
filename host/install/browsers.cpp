#include "browsers.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sys/stat.h>


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
    for (const auto& l : kLocations)
        if (l.browser == browser.name) return l;
    return kLocations[0];
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
        {"chrome", Family::chrome, "google-chrome"},   {"chromium", Family::chrome, "chromium"},
        {"edge", Family::chrome, "microsoft-edge"},    {"brave", Family::chrome, "BraveSoftware/Brave-Browser"},
        {"vivaldi", Family::chrome, "vivaldi"},        {"firefox", Family::firefox, ".mozilla"},
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
    if (const char* home = std::getenv("HOME")) env.home = home;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME")) env.xdg_config_home = xdg;
    if (const char* xdg = std::getenv("XDG_STATE_HOME")) env.xdg_state_home = xdg;
#ifdef __APPLE__
    env.macos = true;
#endif
    return env;
}

std::string manifest_dir(const Browser& browser, Scope scope, const Environment& env) {
    const Locations& l = locations_of(browser);
    if (env.macos) return scope == Scope::user ? env.home + "/" + std::string(l.macos_user) : std::string(l.macos_system);
    if (scope == Scope::system) return std::string(l.linux_system);
    const std::string base = browser.family == Family::firefox ? env.home : config_home(env);
    return base + "/" + std::string(l.linux_user);
}

std::string manifest_path(const Browser& browser, Scope scope, const Environment& env) {
    return manifest_dir(browser, scope, env) + "/" + std::string(kHostName) + ".json";
}

bool looks_installed(const Browser& browser, const Environment& env) {
    if (env.macos) return is_directory(manifest_dir(browser, Scope::user, env) + "/..");
    const std::string base = browser.family == Family::firefox ? env.home : config_home(env);
    return is_directory(base + "/" + std::string(browser.config_dir));
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
