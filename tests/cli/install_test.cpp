// install / doctor / uninstall on the real binary, in a temporary HOME.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <stdlib.h>

#include "subprocess.hpp"

namespace fs = std::filesystem;
using coolpapers::testing::binary_path;
using coolpapers::testing::run_process;

namespace {

struct TempHome {
    fs::path dir;
    TempHome() {
        char tmpl[] = "/tmp/coolpapers-home-XXXXXX";
        dir = ::mkdtemp(tmpl);
    }
    ~TempHome() { fs::remove_all(dir); }
    coolpapers::testing::RunResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), binary_path());
        return run_process(args, {}, std::chrono::seconds(30),
                           {"HOME=" + dir.string(), "XDG_CONFIG_HOME=", "XDG_STATE_HOME="});
    }
    std::set<std::string> tree() const {
        std::set<std::string> paths;
        for (const auto& e : fs::recursive_directory_iterator(dir)) paths.insert(fs::relative(e.path(), dir).string());
        return paths;
    }
};

nlohmann::json read_json(const fs::path& p) {
    std::ifstream in(p);
    return nlohmann::json::parse(in);
}

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
    CHECK(doctor.out.find("chromium  OK") != std::string::npos);
    CHECK(doctor.out.find("firefox   OK") != std::string::npos);

    CHECK(home.run({"uninstall"}).exit_code == 0);
    CHECK(home.tree() == before);
}

TEST_CASE("install --browser all and a custom extension id", "[install]") {
    TempHome home;
    CHECK(home.run({"install", "--browser", "all", "--extension-id", "abcdefghijklmnopabcdefghijklmnop"}).exit_code == 0);
    for (const char* dir : {".config/google-chrome", ".config/chromium", ".config/microsoft-edge",
                            ".config/BraveSoftware/Brave-Browser", ".config/vivaldi"}) {
        const auto path = home.dir / dir / "NativeMessagingHosts/cool.papers.router.json";
        INFO(path);
        REQUIRE(fs::exists(path));
        CHECK(read_json(path)["allowed_origins"][0] == "chrome-extension://abcdefghijklmnopabcdefghijklmnop/");
    }
    // The default id is not allowed by these manifests: doctor says so and how to fix it.
    const auto doctor = home.run({"doctor", "--browser", "chrome"});
    CHECK(doctor.exit_code == 1);
    CHECK(doctor.out.find("does not allow chrome-extension://jnihimnicidoblcpdfmgnjmcnckcphln/") != std::string::npos);
    CHECK(doctor.out.find("fix: coolpapers install --browser chrome") != std::string::npos);
    CHECK(home.run({"uninstall"}).exit_code == 0);
    CHECK(home.tree().empty());
}

TEST_CASE("doctor explains missing and broken registrations", "[install]") {
    TempHome home;
    const auto nothing = home.run({"doctor", "--browser", "chromium"});
    CHECK(nothing.exit_code == 1);
    CHECK(nothing.out.find("no manifest at") != std::string::npos);

    const auto dir = home.dir / ".config/chromium/NativeMessagingHosts";
    fs::create_directories(dir);
    std::ofstream(dir / "cool.papers.router.json") << "{ not json";
    CHECK(home.run({"doctor", "--browser", "chromium"}).out.find("not valid JSON") != std::string::npos);

    std::ofstream(dir / "cool.papers.router.json")
        << R"({"name":"cool.papers.router","type":"stdio","path":"/nonexistent/coolpapers","allowed_origins":[]})";
    CHECK(home.run({"doctor", "--browser", "chromium"}).out.find("missing or not executable") != std::string::npos);

    std::ofstream(dir / "cool.papers.router.json")
        << R"({"name":"cool.papers.router","type":"stdio","path":"/bin/cat","allowed_origins":["chrome-extension://jnihimnicidoblcpdfmgnjmcnckcphln/"]})";
    CHECK(home.run({"doctor", "--browser", "chromium"}).out.find("did not answer a ping") != std::string::npos);
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
