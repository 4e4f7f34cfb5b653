// Writes every input of the extractor's unit-test table (tests/unit/id_cases.hpp) to DIR, one
// file each: fuzz seeds generated at run time by tools/fuzz.sh, never committed.
#include <cstdio>
#include <fstream>
#include <string>

#include "../unit/id_cases.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seed_cases DIR\n");
        return 2;
    }
    int n = 0;
    for (const auto* table : {&kArxivCases, &kOpenReviewCases, &kAclCases, &kIjcaiCases, &kPmlrCases, &kMixedCases})
        for (const IdCase& c : *table) {
            std::ofstream out(std::string(argv[1]) + "/case-" + std::to_string(n++), std::ios::binary);
            out << c.input;
        }
    std::printf("%d\n", n);
    return 0;
}
