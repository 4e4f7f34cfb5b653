// The loops of byte_scan, scalar and vector. Included by byte_scan.cpp and byte_scan_avx2.cpp
// (compiled with -mavx2); everything here has internal linkage so that no code built for AVX2 is
// shared with a caller on a CPU without it.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

#include "byte_scan.hpp"

namespace coolpapers::byte_scan {
namespace {

constexpr std::size_t kBlock = Positions::kBlock;

std::size_t find_scalar(std::string_view text, std::size_t from, const ByteSet& set) {
    while (from < text.size() && !set.contains(text[from])) ++from;
    return from;
}

std::size_t find_non_ascii_scalar(std::string_view text, std::size_t from) {
    while (from < text.size() && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

// The mask of members among the (at most 64) bytes from `from`: bit k for byte from + k.
std::uint64_t block_mask_scalar(std::string_view text, std::size_t from, const ByteSet& set) {
    std::uint64_t mask = 0;
    const std::size_t end = std::min(text.size(), from + kBlock);
    for (std::size_t i = from; i < end; ++i)
        if (set.contains(text[i])) mask |= std::uint64_t{1} << (i - from);
    return mask;
}

[[maybe_unused]] std::size_t first_block_scalar(std::string_view text, std::size_t from, const ByteSet& set, std::uint64_t& mask) {
    from = find_scalar(text, from, set);
    mask = from < text.size() ? block_mask_scalar(text, from, set) : 0;
    return from;
}

// `W` supplies a vector type and its operations (byte_scan_avx2.cpp: 32 bytes); `N` is the set's
// byte count, fixed at compile time so that the compares stay in registers.
template <typename W, std::size_t N>
std::size_t find_vector_n(std::string_view text, std::size_t from, const ByteSet& set) {
    typename W::V wanted[N > 0 ? N : 1];
    for (std::size_t k = 0; k < N; ++k) wanted[k] = W::splat(set.bytes()[k]);
    const bool has_range = set.below() > 0;
    const typename W::V limit = W::splat(static_cast<unsigned char>(set.below() - 1));
    const char* data = text.data();
    for (; from + W::kWidth <= text.size(); from += W::kWidth) {
        const typename W::V block = W::load(data + from);
        typename W::V hit = has_range ? W::at_most(block, limit) : W::none();
        for (std::size_t k = 0; k < N; ++k) hit = W::either(hit, W::eq(block, wanted[k]));
        if (const std::uint32_t m = W::mask(hit)) return from + static_cast<std::size_t>(std::countr_zero(m));
    }
    if (from >= text.size() || text.size() < W::kWidth) return find_scalar(text, from, set);
    // The last bytes: the text's last vector again, the bytes already seen shifted off (a scalar
    // loop over up to 31 bytes cost as much as the vector loop over a short line).
    const std::size_t last = text.size() - W::kWidth;
    const typename W::V block = W::load(data + last);
    typename W::V hit = has_range ? W::at_most(block, limit) : W::none();
    for (std::size_t k = 0; k < N; ++k) hit = W::either(hit, W::eq(block, wanted[k]));
    if (const std::uint32_t m = W::mask(hit) >> (from - last)) return from + static_cast<std::size_t>(std::countr_zero(m));
    return text.size();
}

template <typename W, std::size_t... N>
std::size_t find_vector_sized(std::string_view text, std::size_t from, const ByteSet& set, std::index_sequence<N...>) {
    std::size_t found = text.size();
    ((set.count() == N ? (found = find_vector_n<W, N>(text, from, set), true) : false) || ...);
    return found;
}

template <typename W>
std::size_t find_vector(std::string_view text, std::size_t from, const ByteSet& set) {
    return find_vector_sized<W>(text, from, set, std::make_index_sequence<ByteSet::kMaxBytes + 1>());
}

// 64 bytes at `p` (two vectors of 32) against the set's N bytes.
template <typename W, std::size_t N>
std::uint64_t block_mask_vector(const char* p, const typename W::V* wanted, bool has_range, typename W::V limit) {
    std::uint64_t mask = 0;
    for (std::size_t half = 0; half < 2; ++half) {
        const typename W::V block = W::load(p + half * W::kWidth);
        typename W::V hit = has_range ? W::at_most(block, limit) : W::none();
        for (std::size_t k = 0; k < N; ++k) hit = W::either(hit, W::eq(block, wanted[k]));
        mask |= std::uint64_t{W::mask(hit)} << (half * W::kWidth);
    }
    return mask;
}

template <typename W, std::size_t N>
std::size_t first_block_vector_n(std::string_view text, std::size_t from, const ByteSet& set, std::uint64_t& mask) {
    static_assert(2 * W::kWidth == kBlock);
    typename W::V wanted[N > 0 ? N : 1];
    for (std::size_t k = 0; k < N; ++k) wanted[k] = W::splat(set.bytes()[k]);
    const bool has_range = set.below() > 0;
    const typename W::V limit = W::splat(static_cast<unsigned char>(set.below() - 1));
    for (; from + kBlock <= text.size(); from += kBlock)
        if ((mask = block_mask_vector<W, N>(text.data() + from, wanted, has_range, limit))) return from;
    if (from >= text.size()) {
        mask = 0;
        return text.size();
    }
    if (text.size() >= kBlock) {  // the text's last block again, the bytes already seen shifted off
        const std::size_t last = text.size() - kBlock;
        mask = block_mask_vector<W, N>(text.data() + last, wanted, has_range, limit) >> (from - last);
        return mask ? from : text.size();
    }
    // A text shorter than a block, copied into a whole one (what follows it is masked off).
    char tail[kBlock] = {};
    const std::size_t left = text.size() - from;
    std::memcpy(tail, text.data() + from, left);
    mask = block_mask_vector<W, N>(tail, wanted, has_range, limit) & ((std::uint64_t{1} << left) - 1);
    return mask ? from : text.size();
}

template <typename W, std::size_t... N>
std::size_t first_block_vector_sized(std::string_view text, std::size_t from, const ByteSet& set, std::uint64_t& mask,
                                     std::index_sequence<N...>) {
    std::size_t found = text.size();
    ((set.count() == N ? (found = first_block_vector_n<W, N>(text, from, set, mask), true) : false) || ...);
    return found;
}

// The first block holding a member at or after `from` (its mask in `mask`), or text.size().
template <typename W>
std::size_t first_block_vector(std::string_view text, std::size_t from, const ByteSet& set, std::uint64_t& mask) {
    return first_block_vector_sized<W>(text, from, set, mask, std::make_index_sequence<ByteSet::kMaxBytes + 1>());
}

template <typename W>
std::size_t find_non_ascii_vector(std::string_view text, std::size_t from) {
    for (; from + W::kWidth <= text.size(); from += W::kWidth)
        if (const std::uint32_t m = W::mask(W::load(text.data() + from)))
            return from + static_cast<std::size_t>(std::countr_zero(m));
    if (from >= text.size() || text.size() < W::kWidth) return find_non_ascii_scalar(text, from);
    const std::size_t last = text.size() - W::kWidth;  // the last vector again, as in find_vector_n
    if (const std::uint32_t m = W::mask(W::load(text.data() + last)) >> (from - last))
        return from + static_cast<std::size_t>(std::countr_zero(m));
    return text.size();
}

}  // namespace
}  // namespace coolpapers::byte_scan
