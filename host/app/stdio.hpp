// Reading and writing whole buffers on C streams, for the command-line front ends.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace coolpapers::cli {

std::string read_all(std::FILE* in);

// All of a stream's bytes, in memory the kernel may back with huge pages: reading 8 MiB into
// fresh 4 KiB pages (2,000 page faults, and a string's zero-filling first) cost more on this
// project's VMs than extracting the ids from them.
class InputBytes {
public:
    explicit InputBytes(std::FILE* in);
    std::string_view view() const { return {data_.get(), size_}; }

private:
    struct Free {
        void operator()(char* p) const;
    };
    std::unique_ptr<char, Free> data_;
    std::size_t size_ = 0;
};

// The lines of a stream (without their '\n'), read in large blocks: a line is a view into the
// block that holds it, valid until the next call (no copy per line, no stdio buffer between).
class LineReader {
public:
    explicit LineReader(std::FILE* in) : in_(in) {}
    // The next line, or false at the end of the stream (a last line without '\n' counts).
    bool next(std::string_view& line);

private:
    std::FILE* in_;
    std::string block_;
    std::size_t begin_ = 0, end_ = 0;  // the bytes of `block_` not handed out yet
    bool eof_ = false;
};

// Writes everything; false when the stream is closed (a closed pipe ends output quietly).
bool write_all(std::FILE* out, std::string_view bytes);

}  // namespace coolpapers::cli
