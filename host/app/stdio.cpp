#include "stdio.hpp"

#include <sys/mman.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace coolpapers::cli {

std::string read_all(std::FILE* in) {
    // Read straight into the string, sized from the file when it is one (no copy through a
    // buffer, no regrowth: most of the time `ids` spent on a large file was here).
    std::string data;
    struct stat st {};
    std::size_t chunk = 1 << 16;
    if (fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        chunk = static_cast<std::size_t>(st.st_size) + 1;
    std::size_t size = 0;
    while (true) {
        data.resize(size + chunk);
        const std::size_t n = std::fread(data.data() + size, 1, chunk, in);
        size += n;
        if (n < chunk) break;
        chunk = std::max<std::size_t>(chunk, size);  // grow geometrically on a pipe
    }
    data.resize(size);
    return data;
}

namespace {

constexpr std::size_t kHugePage = 2 << 20;

// `size` bytes, not zero-filled; from 2 MiB on, 2 MiB-aligned and offered to transparent huge pages
// (where the kernel allows them only on request).
char* allocate_bytes(std::size_t& size) {
    void* p;
    if (size >= kHugePage) {
        size = (size + kHugePage - 1) / kHugePage * kHugePage;
        p = std::aligned_alloc(kHugePage, size);
        if (p) madvise(p, size, MADV_HUGEPAGE);  // advice only: without it, ordinary pages
    } else {
        p = std::malloc(size);
    }
    if (!p) throw std::bad_alloc();
    return static_cast<char*>(p);
}

}  // namespace

void InputBytes::Free::operator()(char* p) const { std::free(p); }

InputBytes::InputBytes(std::FILE* in) {
    struct stat st {};
    std::size_t capacity = 1 << 16;
    if (fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        capacity = static_cast<std::size_t>(st.st_size) + 1;  // one read, and one more to see the end
    data_.reset(allocate_bytes(capacity));
    while (true) {
        if (size_ == capacity) {  // a pipe, or a file that grew: twice the room
            std::size_t bigger = 2 * capacity;
            std::unique_ptr<char, Free> grown(allocate_bytes(bigger));
            std::memcpy(grown.get(), data_.get(), size_);
            data_ = std::move(grown);
            capacity = bigger;
        }
        const std::size_t n = std::fread(data_.get() + size_, 1, capacity - size_, in);
        size_ += n;
        if (n == 0) return;
    }
}

bool LineReader::next(std::string_view& line) {
    constexpr std::size_t kBlock = 1 << 18;  // a quarter MiB stays in the core's cache while it is scanned
    std::size_t searched = begin_;
    while (true) {
        if (const void* nl = std::memchr(block_.data() + searched, '\n', end_ - searched)) {
            const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - block_.data());
            line = std::string_view(block_.data() + begin_, at - begin_);
            begin_ = at + 1;
            return true;
        }
        if (eof_) {
            if (begin_ == end_) return false;
            line = std::string_view(block_.data() + begin_, end_ - begin_);
            begin_ = end_;
            return true;
        }
        // Keep the unfinished line at the front, make room (a line longer than a block grows it), read on.
        std::memmove(block_.data(), block_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        searched = end_;
        begin_ = 0;
        if (block_.size() < end_ + kBlock) block_.resize(std::max(2 * block_.size(), end_ + kBlock));
        const std::size_t n = std::fread(block_.data() + end_, 1, block_.size() - end_, in_);
        end_ += n;
        eof_ = n == 0;
    }
}

bool write_all(std::FILE* out, std::string_view bytes) {
    return std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
}

}  // namespace coolpapers::cli
