// The loops of byte_scan, scalar and vector. Included by byte_scan.cpp and byte_scan_avx2.cpp
// (compiled with -mavx2); everything here has internal linkage so that no code built for AVX2 is
// shared with a caller on a CPU without it.
#pragma once

#include <bit>
#include <cstdint>
#include <string_view>

#include "byte_scan.hpp"

namespace coolpapers::byte_scan {
namespace {

std::size_t find_scalar(std::string_view text, std::size_t from, const ByteSet& set) {
    while (from < text.size() && !set.contains(text[from])) ++from;
    return from;
}

std::size_t find_non_ascii_scalar(std::string_view text, std::size_t from) {
    while (from < text.size() && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

// `W` supplies a vector type and its operations (byte_scan_avx2.cpp: 32 bytes).
template <typename W>
std::size_t find_vector(std::string_view text, std::size_t from, const ByteSet& set) {
    typename W::V wanted[ByteSet::kMaxBytes];
    const std::size_t count = set.count();
    for (std::size_t k = 0; k < count; ++k) wanted[k] = W::splat(set.bytes()[k]);
    const bool has_range = set.below() > 0;
    const typename W::V limit = W::splat(static_cast<unsigned char>(set.below() - 1));
    const char* data = text.data();
    for (; from + W::kWidth <= text.size(); from += W::kWidth) {
        const typename W::V block = W::load(data + from);
        typename W::V hit = has_range ? W::at_most(block, limit) : W::none();
        for (std::size_t k = 0; k < count; ++k) hit = W::either(hit, W::eq(block, wanted[k]));
        if (const std::uint32_t m = W::mask(hit)) return from + static_cast<std::size_t>(std::countr_zero(m));
    }
    return find_scalar(text, from, set);
}

template <typename W>
std::size_t find_non_ascii_vector(std::string_view text, std::size_t from) {
    for (; from + W::kWidth <= text.size(); from += W::kWidth)
        if (const std::uint32_t m = W::mask(W::load(text.data() + from)))
            return from + static_cast<std::size_t>(std::countr_zero(m));
    return find_non_ascii_scalar(text, from);
}

}  // namespace
}  // namespace coolpapers::byte_scan
