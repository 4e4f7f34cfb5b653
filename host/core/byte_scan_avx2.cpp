// The AVX2 path of byte_scan (this file alone is compiled with -mavx2; byte_scan.cpp calls it
// only when the CPU has AVX2).
#include <immintrin.h>

#include "byte_scan_loops.hpp"

namespace coolpapers::byte_scan {
namespace {

struct Avx2 {
    using V = __m256i;
    static constexpr std::size_t kWidth = 32;
    static V load(const char* p) { return _mm256_loadu_si256(reinterpret_cast<const V*>(p)); }
    static V splat(unsigned char b) { return _mm256_set1_epi8(static_cast<char>(b)); }
    static V eq(V a, V b) { return _mm256_cmpeq_epi8(a, b); }
    static V either(V a, V b) { return _mm256_or_si256(a, b); }
    static V at_most(V a, V limit) { return _mm256_cmpeq_epi8(_mm256_min_epu8(a, limit), a); }  // unsigned a <= limit
    static V none() { return _mm256_setzero_si256(); }
    static std::uint32_t mask(V a) { return static_cast<std::uint32_t>(_mm256_movemask_epi8(a)); }
};

}  // namespace

std::size_t find_avx2(std::string_view text, std::size_t from, const ByteSet& set) {
    return find_vector<Avx2>(text, from, set);
}

std::size_t first_block_avx2(std::string_view text, std::size_t from, const ByteSet& set, std::uint64_t& mask) {
    return first_block_vector<Avx2>(text, from, set, mask);
}

std::size_t find_non_ascii_avx2(std::string_view text, std::size_t from) {
    return find_non_ascii_vector<Avx2>(text, from);
}

}  // namespace coolpapers::byte_scan
