// install / doctor / uninstall on the real binary, in a temporary HOME (and for the system-wide
// view, the library on a temporary root).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <iterator>
#include <stdlib.h>

#include "install/installer.hpp"
#include "pdf/landlock.hpp"
#include "subprocess.hpp"

namespace fs = std::filesystem;
using coolpapers::testing::binary_path;
using coolpapers::testing::run_process;

namespace {

fs::path temp_dir(const char* prefix) {
    std::string tmpl = std::string("/tmp/") + prefix + "-XXXXXX";
    return ::mkdtemp(tmpl.data());
}

// A temporary HOME, and a PATH of its own (empty unless a test puts a browser's program there).
struct TempHome {
    fs::path dir = temp_dir("coolpapers-home");
    fs::path bin = temp_dir("coolpapers-path");
    ~TempHome() {
        fs::remove_all(dir);
        fs::remove_all(bin);
    }
    coolpapers::testing::RunResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), binary_path());
        return run_process(args, {}, std::chrono::seconds(30),
                           {"HOME=" + dir.string(), "XDG_CONFIG_HOME=", "XDG_STATE_HOME=", "PATH=" + bin.string()});
    }
    std::set<std::string> tree() const {
        std::set<std::string> paths;
        for (const auto& e : fs::recursive_directory_iterator(dir)) paths.insert(fs::relative(e.path(), dir).string());
        return paths;
    }
};

std::string read_file(const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

nlohmann::json read_json(const fs::path& p) {
    std::ifstream in(p);
    return nlohmann::json::parse(in);
}

// doctor for one browser through the library, so system paths can lie under a temporary root.
struct DoctorScene {
    TempHome home;
    fs::path root = temp_dir("coolpapers-root");
    coolpapers::install::InstallOptions options;
    explicit DoctorScene(std::string browser) {
        options.env.home = home.dir.string();
        options.env.root = root.string();
        options.browsers = {std::move(browser)};
    }
    ~DoctorScene() { fs::remove_all(root); }
    std::string doctor_says(int expected_code) const {
        std::FILE* out = std::tmpfile();
        CHECK(coolpapers::install::doctor(options, out, out) == expected_code);
        std::rewind(out);
        std::string text;
        for (int c; (c = std::fgetc(out)) != EOF;) text += static_cast<char>(c);
        std::fclose(out);
        return text;
    }
};

}  // namespace

TEST_CASE("install writes a manifest for each browser found; uninstall restores the tree", "[install]") {
    TempHome home;
    fs::create_directories(home.dir / ".config/chromium");
    fs::create_directories(home.dir / ".mozilla");
    const auto before = home.tree();

    const auto installed = home.run({"install"});
    CHECK(installed.exit_code == 0);
    const auto chromium = home.dir / ".config/chromium/NativeMessagingHosts/cool.papers.router.json";
    const auto firefox = home.dir / ".mozilla/native-messaging-hosts/cool.papers.router.json";
    REQUIRE(fs::exists(chromium));
    REQUIRE(fs::exists(firefox));
    CHECK_FALSE(fs::exists(home.dir / ".config/google-chrome"));

    const auto m = read_json(chromium);
    CHECK(m["name"] == "cool.papers.router");
    CHECK(m["type"] == "stdio");
    CHECK(m["path"] == fs::canonical(binary_path()).string());
    CHECK(m["allowed_origins"] == nlohmann::json({"chrome-extension://jnihimnicidoblcpdfmgnjmcnckcphln/"}));
    CHECK(read_json(firefox)["allowed_extensions"] == nlohmann::json({"cool-papers-router@coolpapers"}));

    const auto doctor = home.run({"doctor"});
    CHECK(doctor.exit_code == 0);
    CHECK(doctor.out.find(chromium.string() + ": OK") != std::string::npos);
    CHECK(doctor.out.find(firefox.string() + ": OK") != std::string::npos);
    // And what confines each PDF helper: Landlock enforced wherever this kernel has it.
    const int abi = coolpapers::pdf::landlock_abi();
    const std::string landlock = abi > 0 ? "; Landlock ABI " + std::to_string(abi) + " enforced\n"
                                         : std::string("; no Landlock in this kernel");
    INFO(doctor.out);
    for (const std::string helper : {"PDF reader", "PDF downloader"})
        CHECK(doctor.out.find(helper + ": seccomp allowlist loaded" + landlock) != std::string::npos);

    CHECK(home.run({"uninstall"}).exit_code == 0);
    CHECK(home.tree() == before);
}

TEST_CASE("install --browser all and a custom extension id", "[install]") {
    DoctorScene scene("chrome");  // system paths under a temporary root: an installed package must not count
    const TempHome& home = scene.home;
    CHECK(home.run({"install", "--browser", "all", "--extension-id", "abcdefghijklmnopabcdefghijklmnop"}).exit_code == 0);
    for (const char* dir : {".config/google-chrome", ".config/chromium", ".config/microsoft-edge",
                            ".config/BraveSoftware/Brave-Browser", ".config/vivaldi"}) {
        const auto path = home.dir / dir / "NativeMessagingHosts/cool.papers.router.json";
        INFO(path);
        REQUIRE(fs::exists(path));
        CHECK(read_json(path)["allowed_origins"][0] == "chrome-extension://abcdefghijklmnopabcdefghijklmnop/");
    }
    // The default id is not allowed by these manifests: doctor says so and how to fix it.
    const std::string doctor = scene.doctor_says(1);
    CHECK(doctor.find("does not allow chrome-extension://jnihimnicidoblcpdfmgnjmcnckcphln/") != std::string::npos);
    CHECK(doctor.find("fix: coolpapers install --browser chrome\n") != std::string::npos);
    CHECK(home.run({"uninstall"}).exit_code == 0);
    CHECK(home.tree().empty());
}

TEST_CASE("doctor explains missing, stale and broken registrations", "[install]") {
    DoctorScene scene("chromium");  // system paths under a temporary root: an installed package must not count
    const std::string nothing = scene.doctor_says(1);
    CHECK(nothing.find("uses         nothing") != std::string::npos);
    CHECK(nothing.find("fix: coolpapers install --browser chromium\n") != std::string::npos);

    const auto dir = scene.home.dir / ".config/chromium/NativeMessagingHosts";
    fs::create_directories(dir);
    std::ofstream(dir / "cool.papers.router.json") << "{ not json";
    const std::string invalid = scene.doctor_says(1);
    CHECK(invalid.find("BROKEN: the manifest is not valid JSON") != std::string::npos);
    // Not written by coolpapers: the fix says --force.
    CHECK(invalid.find("fix: coolpapers install --browser chromium --force") != std::string::npos);

    std::ofstream(dir / "cool.papers.router.json")
        << R"({"name":"cool.papers.router","type":"stdio","path":"/nonexistent/coolpapers","allowed_origins":["chrome-extension://jnihimnicidoblcpdfmgnjmcnckcphln/"]})";
    CHECK(scene.doctor_says(1).find("STALE: the host /nonexistent/coolpapers is gone") != std::string::npos);

    std::ofstream(dir / "cool.papers.router.json")
        << R"({"name":"cool.papers.router","type":"stdio","path":"/bin/cat","allowed_origins":["chrome-extension://jnihimnicidoblcpdfmgnjmcnckcphln/"]})";
    CHECK(scene.doctor_says(1).find("did not answer a ping") != std::string::npos);
}

TEST_CASE("install registers only the browsers found: configuration directory or program on PATH", "[install]") {
    TempHome home;
    const auto none = home.run({"install"});
    CHECK(none.exit_code == 1);
    CHECK(none.err.find("no browser found") != std::string::npos);
    CHECK(none.out.find("registered") == std::string::npos);
    CHECK(home.tree().empty());

    std::ofstream(home.bin / "google-chrome") << "#!/bin/sh\n";
    fs::permissions(home.bin / "google-chrome", fs::perms::owner_all);
    CHECK(home.run({"install"}).exit_code == 0);
    CHECK(fs::exists(home.dir / ".config/google-chrome/NativeMessagingHosts/cool.papers.router.json"));
    CHECK_FALSE(fs::exists(home.dir / ".config/chromium"));
    CHECK_FALSE(fs::exists(home.dir / ".mozilla"));

    // --browser forces one that is not found.
    CHECK(home.run({"install", "--browser", "vivaldi"}).exit_code == 0);
    CHECK(fs::exists(home.dir / ".config/vivaldi/NativeMessagingHosts/cool.papers.router.json"));
    CHECK(home.run({"uninstall"}).exit_code == 0);
    CHECK(home.tree().empty());
}

TEST_CASE("a manifest coolpapers did not write is replaced only with --force, and uninstall removes only its own", "[install]") {
    TempHome home;
    const auto dir = home.dir / ".config/chromium/NativeMessagingHosts";
    fs::create_directories(dir);
    fs::create_directories(home.dir / ".mozilla");
    const std::string foreign = R"({"name":"cool.papers.router","type":"stdio","path":"/opt/other/coolpapers","allowed_origins":[]})";
    std::ofstream(dir / "cool.papers.router.json") << foreign;

    const auto refused = home.run({"install"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.find("chromium         NOT registered: " + (dir / "cool.papers.router.json").string() +
                           " was not written by coolpapers install (add --force") != std::string::npos);
    CHECK(refused.out.find("registered for firefox (") != std::string::npos);  // the other one was
    CHECK(read_file(dir / "cool.papers.router.json") == foreign);

    CHECK(home.run({"uninstall"}).exit_code == 0);
    CHECK(read_file(dir / "cool.papers.router.json") == foreign);
    CHECK_FALSE(fs::exists(home.dir / ".mozilla/native-messaging-hosts"));

    CHECK(home.run({"install", "--browser", "chromium", "--force"}).exit_code == 0);
    CHECK(read_json(dir / "cool.papers.router.json")["path"] == fs::canonical(binary_path()).string());
    CHECK(home.run({"uninstall", "--browser", "chromium"}).exit_code == 0);
    CHECK_FALSE(fs::exists(dir / "cool.papers.router.json"));
}

TEST_CASE("HOME unset or relative is an error, and nothing is written", "[install]") {
    TempHome home;
    fs::create_directories(home.dir / ".config/chromium");
    const auto before = home.tree();
    const auto unset = run_process({"/usr/bin/env", "-u", "HOME", binary_path(), "install", "--browser", "chromium"});
    CHECK(unset.exit_code == 1);
    CHECK(unset.err.find("HOME is not set") != std::string::npos);
    const auto relative = run_process({binary_path(), "install", "--browser", "chromium"}, {}, std::chrono::seconds(30),
                                      {"HOME=relative-home", "XDG_CONFIG_HOME=", "XDG_STATE_HOME="});
    CHECK(relative.exit_code == 1);
    CHECK(relative.err.find("HOME is not an absolute path (relative-home)") != std::string::npos);
    CHECK_FALSE(fs::exists("relative-home"));
    CHECK(home.run({"doctor"}).exit_code == 1);
    CHECK(home.tree() == before);
}

TEST_CASE("a failed write is reported, never called registered", "[install]") {
    TempHome home;
    fs::create_directories(home.dir / ".config/chromium");
    std::ofstream(home.dir / ".config/chromium/NativeMessagingHosts") << "a file where the directory should be";
    const auto result = home.run({"install"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("chromium         NOT registered: cannot write") != std::string::npos);
    CHECK(result.out.find("registered for") == std::string::npos);
}

TEST_CASE("Flatpak browsers: manifest in the sandbox, a flatpak-spawn wrapper, the override command", "[install]") {
    TempHome home;
    fs::create_directories(home.dir / ".local/share/flatpak/app/org.chromium.Chromium");
    fs::create_directories(home.dir / ".local/share/flatpak/app/org.mozilla.firefox");
    const auto before = home.tree();
    const auto installed = home.run({"install"});
    CHECK(installed.exit_code == 0);
    CHECK(installed.out.find("flatpak override --user --talk-name=org.freedesktop.Flatpak org.chromium.Chromium") != std::string::npos);
    CHECK(installed.out.find("flatpak override --user --talk-name=org.freedesktop.Flatpak org.mozilla.firefox") != std::string::npos);
    const auto sandbox = home.dir / ".var/app/org.chromium.Chromium";
    const auto manifest = read_json(sandbox / "config/chromium/NativeMessagingHosts/cool.papers.router.json");
    const fs::path wrapper = manifest["path"].get<std::string>();
    CHECK(wrapper == sandbox / "data/coolpapers/coolpapers-host");
    CHECK(read_file(wrapper).find("exec flatpak-spawn --host '" + fs::canonical(binary_path()).string() + "' \"$@\"") !=
          std::string::npos);
    CHECK((fs::status(wrapper).permissions() & fs::perms::owner_exec) != fs::perms::none);
    CHECK(fs::exists(home.dir / ".var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts/cool.papers.router.json"));
    CHECK(home.run({"doctor", "--browser", "firefox-flatpak"}).out.find("xdg-native-messaging-proxy") != std::string::npos);

    const auto blocked = home.run({"doctor", "--browser", "chromium-flatpak"});
    CHECK(blocked.exit_code == 1);
    CHECK(blocked.out.find("may NOT start the host") != std::string::npos);
    fs::create_directories(home.dir / ".local/share/flatpak/overrides");
    std::ofstream(home.dir / ".local/share/flatpak/overrides/org.chromium.Chromium")
        << "[Session Bus Policy]\norg.freedesktop.Flatpak=talk\n";
    const auto allowed = home.run({"doctor", "--browser", "chromium-flatpak"});
    CHECK(allowed.exit_code == 0);
    CHECK(allowed.out.find("OK (" + fs::canonical(binary_path()).string() + " answers)") != std::string::npos);
    // An override for every app (`flatpak override --user --talk-name=…` without an app id) counts
    // too, unless the app's own file says otherwise.
    std::ofstream(home.dir / ".local/share/flatpak/overrides/global") << "[Session Bus Policy]\norg.freedesktop.Flatpak=talk\n";
    std::ofstream(home.dir / ".local/share/flatpak/overrides/org.chromium.Chromium") << "[Context]\nshared=network;\n";
    CHECK(home.run({"doctor", "--browser", "chromium-flatpak"}).exit_code == 0);
    std::ofstream(home.dir / ".local/share/flatpak/overrides/org.chromium.Chromium")
        << "[Session Bus Policy]\norg.freedesktop.Flatpak=none\n";
    CHECK(home.run({"doctor", "--browser", "chromium-flatpak"}).out.find("may NOT start the host") != std::string::npos);

    CHECK(home.run({"uninstall"}).exit_code == 0);
    fs::remove(home.dir / ".local/share/flatpak/overrides/org.chromium.Chromium");
    fs::remove(home.dir / ".local/share/flatpak/overrides/global");
    fs::remove(home.dir / ".local/share/flatpak/overrides");
    CHECK(home.tree() == before);
}

TEST_CASE("doctor: system-wide registrations, which one a browser uses, stale ones, Snap Chromium", "[install]") {
    using namespace coolpapers::install;
    DoctorScene scene("chromium");
    const fs::path& root = scene.root;
    const TempHome& home = scene.home;
    InstallOptions& options = scene.options;
    const auto doctor_says = [&](int expected_code) { return scene.doctor_says(expected_code); };
    const fs::path system = root / "etc/chromium/native-messaging-hosts/cool.papers.router.json";
    fs::create_directories(system.parent_path());
    std::ofstream(system) << render_manifest(*find_browser("chromium"), fs::canonical(binary_path()).string(), "");
    std::string report = doctor_says(0);
    CHECK(report.find(system.string() + ": OK") != std::string::npos);
    CHECK(report.find("uses         the system-wide registration\n") != std::string::npos);

    // A stale per-user manifest shadows the working system-wide one: Chromium stops at the first
    // manifest file that exists. Not written by install: the fixes are rm or --force.
    const fs::path user = home.dir / ".config/chromium/NativeMessagingHosts/cool.papers.router.json";
    fs::create_directories(user.parent_path());
    std::ofstream(user) << render_manifest(*find_browser("chromium"), "/gone/coolpapers", "");
    report = doctor_says(1);
    CHECK(report.find("STALE: the host /gone/coolpapers is gone") != std::string::npos);
    CHECK(report.find("uses         the per-user registration (it shadows the system-wide one), which does not work\n") !=
          std::string::npos);
    CHECK(report.find("the system-wide one works and would be used without the per-user one") != std::string::npos);
    CHECK(report.find("fix: rm '" + user.string() + "'") != std::string::npos);
    CHECK(report.find("or: coolpapers install --browser chromium --force") != std::string::npos);

    // Broken JSON shadows it just the same in Chromium.
    std::ofstream(user) << "{ not json";
    report = doctor_says(1);
    CHECK(report.find("BROKEN: the manifest is not valid JSON") != std::string::npos);
    CHECK(report.find("(it shadows the system-wide one), which does not work") != std::string::npos);

    // Written by install, then its host went away: uninstall removes it, and the system-wide one is used.
    fs::remove(user);
    options.binary = fs::canonical(binary_path()).string();
    std::FILE* quiet = std::tmpfile();
    REQUIRE(install(options, quiet, quiet) == 0);
    std::ofstream(user) << render_manifest(*find_browser("chromium"), "/gone/coolpapers", "");
    report = doctor_says(1);
    CHECK(report.find("fix: coolpapers uninstall --browser chromium  (then the system-wide one is used)") != std::string::npos);
    CHECK(report.find("or: coolpapers install --browser chromium  (repairs") != std::string::npos);
    REQUIRE(uninstall(options, quiet, quiet) == 0);
    std::fclose(quiet);
    CHECK(!fs::exists(user));
    CHECK(doctor_says(0).find("uses         the system-wide registration\n") != std::string::npos);

    // A dangling link is no manifest to Chromium: it goes on to the system-wide one.
    fs::create_symlink("/gone/cool.papers.router.json", user);
    report = doctor_says(0);
    CHECK(report.find("STALE: a link to /gone/cool.papers.router.json, which is gone") != std::string::npos);
    CHECK(report.find("uses         the system-wide registration\n") != std::string::npos);
    CHECK(report.find("chromium passes over the stale per-user one; remove it: rm '" + user.string() + "'") != std::string::npos);
    fs::remove(user);

    // A working per-user one, a stale system-wide one: used, and the stale one named with its fix.
    std::ofstream(user) << render_manifest(*find_browser("chromium"), fs::canonical(binary_path()).string(), "");
    std::ofstream(system) << render_manifest(*find_browser("chromium"), "/gone/coolpapers", "");
    report = doctor_says(0);
    CHECK(report.find("uses         the per-user registration (it shadows the system-wide one)\n") != std::string::npos);
    CHECK(report.find("not used while the per-user one exists, but it is stale") != std::string::npos);
    CHECK(report.find("fix: sudo coolpapers install --system --browser chromium --force") != std::string::npos);

    fs::create_directories(root / "snap/bin");
    std::ofstream(root / "snap/bin/chromium") << "";
    CHECK(doctor_says(0).find("Snap Chromium, which cannot start native-messaging hosts") != std::string::npos);
}
TEST_CASE("doctor: Firefox passes over an unusable per-user manifest, but not one whose host is gone", "[install]") {
    using namespace coolpapers::install;
    DoctorScene scene("firefox");
    const fs::path& root = scene.root;
    const TempHome& home = scene.home;
    const auto doctor_says = [&](int expected_code) { return scene.doctor_says(expected_code); };
    const Browser& firefox = *find_browser("firefox");
    const fs::path system = root / "usr/lib/mozilla/native-messaging-hosts/cool.papers.router.json";
    const fs::path user = home.dir / ".mozilla/native-messaging-hosts/cool.papers.router.json";
    fs::create_directories(system.parent_path());
    fs::create_directories(user.parent_path());
    std::ofstream(system) << render_manifest(firefox, fs::canonical(binary_path()).string(), "");

    // Not JSON, or not allowing our extension: Firefox reads the next directory's manifest.
    std::ofstream(user) << "{ not json";
    std::string report = doctor_says(0);
    CHECK(report.find("uses         the system-wide registration\n") != std::string::npos);
    CHECK(report.find("firefox passes over the broken per-user one; remove it: rm '" + user.string() + "'") != std::string::npos);
    std::ofstream(user) << render_manifest(firefox, fs::canonical(binary_path()).string(), "someone-else@example.org");
    CHECK(doctor_says(0).find("uses         the system-wide registration\n") != std::string::npos);

    // A valid manifest whose host is gone is the one Firefox starts, and fails.
    std::ofstream(user) << render_manifest(firefox, "/gone/coolpapers", "");
    report = doctor_says(1);
    CHECK(report.find("uses         the per-user registration (it shadows the system-wide one), which does not work\n") !=
          std::string::npos);
    CHECK(report.find("fix: rm '" + user.string() + "'  (then the system-wide one is used)") != std::string::npos);

    // With no system-wide one, an unusable per-user manifest leaves Firefox with nothing.
    fs::remove(system);
    std::ofstream(user) << "{ not json";
    report = doctor_says(1);
    CHECK(report.find("uses         nothing: the browser cannot find the host (it passes over the unusable manifest)") !=
          std::string::npos);
    CHECK(report.find("fix: coolpapers install --browser firefox --force") != std::string::npos);
}

TEST_CASE("uninstall without an install removes nothing", "[install]") {
    TempHome home;
    fs::create_directories(home.dir / ".config/chromium/NativeMessagingHosts");
    std::ofstream(home.dir / ".config/chromium/NativeMessagingHosts/cool.papers.router.json") << "{}";
    const auto before = home.tree();
    CHECK(home.run({"uninstall"}).exit_code == 0);
    CHECK(home.tree() == before);
}

TEST_CASE("unknown browsers are usage errors", "[install]") {
    TempHome home;
    CHECK(home.run({"install", "--browser", "netscape"}).exit_code == 2);
    CHECK(home.tree().empty());
}
