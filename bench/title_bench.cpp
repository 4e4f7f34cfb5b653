// Opening the shipped title index and looking a title up: the costs every `pdf --json` and every
// by-title quick link pays. Prints figures; asserts nothing (the lookup's answer is a test).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "titles/title_lookup.hpp"

using namespace coolpapers::titles;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double elapsed_ms(Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : COOLPAPERS_SOURCE_DIR "/data/title-index/title-index.bin";
    const std::string title = "Distributed Representations of Sentences and Documents: extra\nQuoc Le";
    const int opens = 50, lookups = 1000;

    std::vector<double> open_ms, lookup_us;
    for (int i = 0; i < opens; ++i) {
        std::string error;
        const auto t0 = Clock::now();
        auto index = TitleIndex::open(path, &error);
        open_ms.push_back(elapsed_ms(t0));
        if (!index) {
            std::fprintf(stderr, "title_bench: %s\n", error.c_str());
            return 1;
        }
        const auto t1 = Clock::now();
        for (int k = 0; k < lookups; ++k) (void)lookup_title(*index, title);
        lookup_us.push_back(elapsed_ms(t1) * 1000.0 / lookups);
    }
    std::printf("title index: open median %.2f ms, one lookup median %.1f us (%d opens, %d lookups each; goal: open <= 20 ms)\n",
                median(open_ms), median(lookup_us), opens, lookups);
}
