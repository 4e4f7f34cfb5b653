// The vector paths of byte_scan against the scalar one: the same positions on random bytes and on
// the page corpus, and the same ids from the whole extractor (every case table runs on the best
// path; this file runs the corpus once per path).
#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/byte_scan.hpp"
#include "core/extract.hpp"

using namespace coolpapers;
using byte_scan::Path;

namespace {

const Path kPaths[] = {Path::scalar, Path::avx2};

// Restores the best path when a test ends, whatever happens.
struct PathGuard {
    ~PathGuard() { byte_scan::use_path(byte_scan::best_path()); }
};

std::string corpus() {
    std::ifstream in(COOLPAPERS_SOURCE_DIR "/../shared/corpus/text/pages.jsonl");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string random_bytes(std::mt19937& rng, std::size_t size, bool sparse) {
    std::string s(size, 'a');
    for (char& c : s)
        if (!sparse || rng() % 64 == 0) c = static_cast<char>(rng() & 0xFF);
    return s;
}

// Every answer of `find` and `find_non_ascii` from every start position, on one path.
std::vector<std::size_t> all_answers(std::string_view text, const byte_scan::ByteSet& set) {
    std::vector<std::size_t> answers;
    for (std::size_t from = 0; from <= text.size(); ++from) {
        answers.push_back(byte_scan::find(text, from, set));
        answers.push_back(byte_scan::find_non_ascii(text, from));
    }
    return answers;
}

// Every member position as `Positions` lists them, from a few starting points and steps.
std::vector<std::size_t> listed_positions(std::string_view text, const byte_scan::ByteSet& set, std::size_t step) {
    std::vector<std::size_t> positions;
    byte_scan::Positions members(text, set);
    for (std::size_t i = members.next(0); i < text.size(); i = members.next(i + step)) positions.push_back(i);
    positions.push_back(members.next(text.size()));
    return positions;
}

}  // namespace

TEST_CASE("vector and scalar byte scans agree on random bytes", "[byte_scan]") {
    PathGuard guard;
    std::mt19937 rng(17);
    const byte_scan::ByteSet sets[] = {
        byte_scan::ByteSet({'.', '/', '-', '%'}),
        byte_scan::ByteSet({0xC2, 0xE2, 0xE3, 0xEF, '\\', '_'}),
        byte_scan::ByteSet({'"', '\\'}, 0x20),
        byte_scan::ByteSet({0x00, 0xFF}),
        byte_scan::ByteSet({}, 0x80),
    };
    for (int round = 0; round < 200; ++round) {
        const std::string text = random_bytes(rng, rng() % 300, round % 2 == 0);
        for (const auto& set : sets) {
            byte_scan::use_path(Path::scalar);
            const auto expected = all_answers(text, set);
            for (Path path : kPaths) {
                byte_scan::use_path(path);
                CHECK(all_answers(text, set) == expected);
            }
            for (std::size_t step : {1, 2, 7, 70}) {
                byte_scan::use_path(Path::scalar);
                const auto listed = listed_positions(text, set, step);
                for (Path path : kPaths) {
                    byte_scan::use_path(path);
                    CHECK(listed_positions(text, set, step) == listed);
                }
            }
        }
    }
}

TEST_CASE("vector and scalar paths find the same ids in the page corpus", "[byte_scan][extract]") {
    PathGuard guard;
    const std::string pages = corpus();
    REQUIRE(pages.size() > 100000);
    std::mt19937 rng(2026);
    std::string noisy = pages;  // the corpus with random bytes sprinkled in
    for (int i = 0; i < 2000; ++i) noisy[rng() % noisy.size()] = static_cast<char>(rng() & 0xFF);
    for (const std::string* text : {&pages, static_cast<const std::string*>(&noisy)}) {
        byte_scan::use_path(Path::scalar);
        const auto expected = extract_ids(*text);
        CHECK(expected.size() > 10);
        for (Path path : kPaths) {
            byte_scan::use_path(path);
            CHECK(extract_ids(*text) == expected);
        }
    }
}

TEST_CASE("the best path is the one in use", "[byte_scan]") {
    CHECK(byte_scan::current_path() == byte_scan::best_path());
}
