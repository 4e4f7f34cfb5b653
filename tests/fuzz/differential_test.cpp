// Differential check of the extractor on every page of ../shared/corpus/text/pages.jsonl: the
// one-shot CLI (`ids --jsonl` over the file, `ids --json TEXT` per page) and the host
// (resolve_many over native-messaging frames) must agree, run after run and in any page order.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "frames.hpp"
#include "subprocess.hpp"

using coolpapers::testing::binary_path;
using coolpapers::testing::frame;
using coolpapers::testing::read_reply;
using coolpapers::testing::Child;
using coolpapers::testing::run_process;
using nlohmann::json;

namespace {

const std::string& kOrigin = coolpapers::testing::kExtensionOrigin;

std::filesystem::path pages_path() {
    return std::filesystem::path(COOLPAPERS_SOURCE_DIR) / ".." / "shared" / "corpus" / "text" / "pages.jsonl";
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

json ask(Child& host, const json& request) {
    REQUIRE(host.write(frame(request.dump())));
    const auto body = read_reply(host);
    REQUIRE(body);
    return json::parse(*body);
}

// The ids of every page through host mode, `batch` pages per resolve_many request, in `order`.
std::vector<json> host_ids(const std::vector<std::string>& pages, const std::vector<std::size_t>& order,
                           std::size_t batch) {
    std::vector<json> ids(pages.size());
    Child host({binary_path(), kOrigin});
    for (std::size_t start = 0; start < order.size(); start += batch) {
        json texts = json::array();
        const std::size_t end = std::min(order.size(), start + batch);
        for (std::size_t k = start; k < end; ++k) texts.push_back(pages[order[k]]);
        const json reply = ask(host, {{"type", "resolve_many"}, {"id", start}, {"texts", texts}});
        REQUIRE(reply["ok"] == true);
        REQUIRE_FALSE(reply.contains("truncated"));
        REQUIRE(reply["results"].size() == end - start);
        for (std::size_t k = start; k < end; ++k) ids[order[k]] = reply["results"][k - start]["ids"];
    }
    host.close_stdin();
    CHECK(host.wait() == 0);
    return ids;
}

}  // namespace

TEST_CASE("CLI and host agree on every corpus page, deterministically", "[differential]") {
    if (!std::filesystem::exists(pages_path())) {
        WARN("skipped: no ../shared/corpus/text/pages.jsonl beside the checkout");
        return;
    }
    std::ifstream in(pages_path(), std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::vector<std::string> raw = lines_of(file);
    std::vector<std::string> pages;
    for (const std::string& line : raw) pages.push_back(json::parse(line).get<std::string>());
    REQUIRE(pages.size() > 100);

    // 1. `ids --jsonl` over the whole file: one line out per page, identical on a second run.
    const auto first = run_process({binary_path(), "ids", "--jsonl"}, file, std::chrono::seconds(120));
    REQUIRE(first.exit_code == 0);
    const auto second = run_process({binary_path(), "ids", "--jsonl"}, file, std::chrono::seconds(120));
    CHECK(second.out == first.out);
    const std::vector<std::string> jsonl = lines_of(first.out);
    REQUIRE(jsonl.size() == pages.size());
    std::vector<json> cli(pages.size());
    for (std::size_t i = 0; i < pages.size(); ++i) cli[i] = json::parse(jsonl[i]);

    // 2. The same file with its lines reversed: the same answers, reversed.
    std::string reversed;
    for (auto it = raw.rbegin(); it != raw.rend(); ++it) reversed += *it + "\n";
    const auto backwards = run_process({binary_path(), "ids", "--jsonl"}, reversed, std::chrono::seconds(120));
    const std::vector<std::string> back_lines = lines_of(backwards.out);
    REQUIRE(back_lines.size() == pages.size());
    for (std::size_t i = 0; i < pages.size(); ++i) CHECK(back_lines[pages.size() - 1 - i] == jsonl[i]);

    // 3. `ids --json TEXT`, one process per page.
    std::size_t with_ids = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (pages[i].find('\0') != std::string::npos) continue;  // cannot be an argument
        const auto r = run_process({binary_path(), "ids", "--json", pages[i]});
        INFO("page " << i);
        REQUIRE(r.exit_code == (cli[i].empty() ? 1 : 0));
        CHECK(json::parse(r.out) == cli[i]);
        with_ids += !cli[i].empty();
    }
    CHECK(with_ids > 20);

    // 4. Host mode, in file order and in a shuffled order with other batch sizes.
    std::vector<std::size_t> order(pages.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const std::vector<json> in_order = host_ids(pages, order, 16);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        INFO("page " << i);
        CHECK(in_order[i] == cli[i]);
    }
    // A fixed shuffle: i * 7919 mod n is a permutation, 7919 being a prime that divides no page count here.
    std::vector<bool> seen(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) seen[order[i] = (i * 7919) % order.size()] = true;
    REQUIRE(std::find(seen.begin(), seen.end(), false) == seen.end());
    const std::vector<json> shuffled = host_ids(pages, order, 7);
    CHECK(shuffled == in_order);
}
