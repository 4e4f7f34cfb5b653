#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "install/browsers.hpp"

using namespace coolpapers::install;

TEST_CASE("manifest directories per browser, scope and platform", "[install]") {
    const Environment linux_env{"/home/u", "", "", false, "", ""};
    const Environment xdg_env{"/home/u", "/home/u/cfg", "", false, "", ""};
    const Environment mac_env{"/Users/u", "", "", true, "", ""};
    const Environment rooted_env{"/home/u", "", "", false, "", "/tmp/root"};
    CHECK(manifest_path(*find_browser("chromium"), Scope::user, linux_env) ==
          "/home/u/.config/chromium/NativeMessagingHosts/cool.papers.router.json");
    CHECK(manifest_dir(*find_browser("chrome"), Scope::user, xdg_env) == "/home/u/cfg/google-chrome/NativeMessagingHosts");
    CHECK(manifest_dir(*find_browser("firefox"), Scope::user, xdg_env) == "/home/u/.mozilla/native-messaging-hosts");
    CHECK(manifest_dir(*find_browser("edge"), Scope::system, linux_env) == "/etc/opt/edge/native-messaging-hosts");
    CHECK(manifest_dir(*find_browser("brave"), Scope::user, mac_env) ==
          "/Users/u/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts");
    CHECK(manifest_dir(*find_browser("chrome"), Scope::system, mac_env) == "/Library/Google/Chrome/NativeMessagingHosts");
    CHECK(manifest_dir(*find_browser("chromium"), Scope::system, rooted_env) == "/tmp/root/etc/chromium/native-messaging-hosts");
    CHECK(find_browser("netscape") == nullptr);
}

TEST_CASE("Flatpak browsers look inside their sandbox, and only per user", "[install]") {
    const Environment env{"/home/u", "/home/u/cfg", "", false, "", ""};
    CHECK(manifest_path(*find_browser("chromium-flatpak"), Scope::user, env) ==
          "/home/u/.var/app/org.chromium.Chromium/config/chromium/NativeMessagingHosts/cool.papers.router.json");
    CHECK(manifest_dir(*find_browser("brave-flatpak"), Scope::user, env) ==
          "/home/u/.var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser/NativeMessagingHosts");
    CHECK(manifest_dir(*find_browser("firefox-flatpak"), Scope::user, env) ==
          "/home/u/.var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts");
    CHECK(manifest_dir(*find_browser("edge-flatpak"), Scope::system, env).empty());
    CHECK(flatpak_override_command(*find_browser("chrome-flatpak")) ==
          "flatpak override --user --talk-name=org.freedesktop.Flatpak com.google.Chrome");
    CHECK(render_flatpak_wrapper("/opt/it's/coolpapers").find("exec flatpak-spawn --host '/opt/it'\\''s/coolpapers' \"$@\"") !=
          std::string::npos);
}

TEST_CASE("HOME must be an absolute path", "[install]") {
    CHECK(home_problem(Environment{}) == "HOME is not set");
    CHECK(home_problem(Environment{"home", "", "", false, "", ""}) == "HOME is not an absolute path (home)");
    CHECK(home_problem(Environment{"/home/u", "", "", false, "", ""}).empty());
}

TEST_CASE("rendered manifests are valid JSON with the right origin field", "[install]") {
    const auto chrome = nlohmann::json::parse(render_manifest(*find_browser("vivaldi"), "/opt/a \"b\"/coolpapers", ""));
    CHECK(chrome["name"] == "cool.papers.router");
    CHECK(chrome["path"] == "/opt/a \"b\"/coolpapers");
    CHECK(chrome["allowed_origins"] == nlohmann::json({"chrome-extension://jnihimnicidoblcpdfmgnjmcnckcphln/"}));
    const auto firefox = nlohmann::json::parse(render_manifest(*find_browser("firefox"), "/x", "other@id"));
    CHECK(firefox["allowed_extensions"] == nlohmann::json({"other@id"}));
    CHECK_FALSE(firefox.contains("allowed_origins"));
}
