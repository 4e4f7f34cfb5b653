// Skipping uninteresting bytes 32 at a time: the next byte of a small set (the scanner's
// triggers, the character fold's lead bytes, what a JSON string must escape) and the next
// non-ASCII byte. AVX2 when the CPU has it (x86-64 since 2013), a plain loop elsewhere; both
// give the same answers (byte_scan_test compares them). A set is only bytes: it knows nothing
// of the grammars.
//
//   constexpr byte_scan::ByteSet kTriggers({'.', '/'});
//   std::size_t i = byte_scan::find(text, 0, kTriggers);  // text.size() when there is none
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace coolpapers::byte_scan {

class ByteSet {
public:
    static constexpr std::size_t kMaxBytes = 8;

    // The members: `bytes` (at most kMaxBytes), and every byte below `below` (0: none).
    constexpr ByteSet(std::initializer_list<unsigned char> bytes, unsigned char below = 0) : below_(below) {
        for (unsigned char b : bytes) {
            if (count_ < kMaxBytes) bytes_[count_++] = b;
            table_[b] = true;
        }
        for (unsigned b = 0; b < below; ++b) table_[b] = true;
    }
    constexpr bool contains(unsigned char c) const { return table_[c]; }
    constexpr bool contains(char c) const { return table_[static_cast<unsigned char>(c)]; }

    const unsigned char* bytes() const { return bytes_.data(); }
    std::size_t count() const { return count_; }
    unsigned char below() const { return below_; }

private:
    std::array<bool, 256> table_{};
    std::array<unsigned char, kMaxBytes> bytes_{};
    std::size_t count_ = 0;
    unsigned char below_;
};

// The first position >= `from` whose byte is in `set`, or text.size().
std::size_t find(std::string_view text, std::size_t from, const ByteSet& set);

// The members' positions in a text, one after another: each 64-byte block is classified once,
// however close together they stand (`find` from each one restarted its vector loop, the cost of
// text dense with triggers).
//
//   byte_scan::Positions triggers(text, kTriggers);
//   for (std::size_t i = triggers.next(0); i < text.size(); i = triggers.next(i + 1)) …
class Positions {
public:
    static constexpr std::size_t kBlock = 64;

    Positions(std::string_view text, const ByteSet& set) : text_(text), set_(set) {}

    // The first member at or after `from`, or text.size(). `from` never decreases from call to call.
    std::size_t next(std::size_t from) {
        if (from < end_) {
            const std::size_t at = from > block_ ? from : block_;  // none in [from, block_)
            if (const std::uint64_t rest = mask_ >> (at - block_)) return at + static_cast<std::size_t>(std::countr_zero(rest));
            from = end_;
        }
        return from < text_.size() ? refill(from) : text_.size();
    }

private:
    std::size_t refill(std::size_t from);

    std::string_view text_;
    const ByteSet& set_;
    std::size_t block_ = 0, end_ = 0;  // no members in [.., block_); bit k of `mask_`: byte block_ + k
    std::uint64_t mask_ = 0;           // (k < 64, up to end_)
};

// The first position >= `from` whose byte is >= 0x80, or text.size().
std::size_t find_non_ascii(std::string_view text, std::size_t from);

// Which implementation runs: the best the CPU has, unless a test chose one.
enum class Path { scalar, avx2 };
Path best_path();
Path current_path();
void use_path(Path path);  // for tests; a path the CPU lacks falls back to the best one it has

}  // namespace coolpapers::byte_scan
