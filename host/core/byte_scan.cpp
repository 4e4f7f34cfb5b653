#include "byte_scan.hpp"

#include "byte_scan_loops.hpp"

#if defined(__x86_64__)
#define COOLPAPERS_X86_64 1
#endif

namespace coolpapers::byte_scan {

#ifdef COOLPAPERS_X86_64
// byte_scan_avx2.cpp
std::size_t find_avx2(std::string_view text, std::size_t from, const ByteSet& set);
std::size_t find_non_ascii_avx2(std::string_view text, std::size_t from);
std::size_t first_block_avx2(std::string_view text, std::size_t from, const ByteSet& set, std::uint64_t& mask);
#endif

namespace {

#ifdef COOLPAPERS_X86_64

Path detect() { return __builtin_cpu_supports("avx2") ? Path::avx2 : Path::scalar; }

#else

Path detect() { return Path::scalar; }

#endif

Path current = detect();

}  // namespace

Path best_path() { return detect(); }
Path current_path() { return current; }

void use_path(Path path) {
    const Path best = detect();
    current = path == Path::avx2 ? best : path;
}

std::size_t find(std::string_view text, std::size_t from, const ByteSet& set) {
    switch (current) {
#ifdef COOLPAPERS_X86_64
        case Path::avx2: return find_avx2(text, from, set);
#endif
        default: return find_scalar(text, from, set);
    }
}

std::size_t Positions::refill(std::size_t from) {
    switch (current) {
#ifdef COOLPAPERS_X86_64
        case Path::avx2: block_ = first_block_avx2(text_, from, set_, mask_); break;
#endif
        default: block_ = first_block_scalar(text_, from, set_, mask_);
    }
    if (!mask_) return end_ = block_ = text_.size();
    end_ = block_ + kBlock;
    return block_ + static_cast<std::size_t>(std::countr_zero(mask_));
}

std::size_t find_non_ascii(std::string_view text, std::size_t from) {
    switch (current) {
#ifdef COOLPAPERS_X86_64
        case Path::avx2: return find_non_ascii_avx2(text, from);
#endif
        default: return find_non_ascii_scalar(text, from);
    }
}

}  // namespace coolpapers::byte_scan
