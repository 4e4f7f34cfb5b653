// Native-messaging framing: a 4-byte length in native byte order, then that many bytes of JSON.
// The reader pulls bytes through a callback so that tests can feed it split or broken streams.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace coolpapers::nm {

// Reads up to `size` bytes into `buffer`; returns the count, 0 at end of stream, < 0 on error.
using ReadFn = std::function<ssize_t(char* buffer, std::size_t size)>;

struct Frame {
    enum class Kind {
        message,    // `body` holds one complete frame
        too_large,  // the declared length was over the cap; the body was read and dropped
        end,        // clean end of stream between frames
        truncated,  // the stream ended inside a header or a body
        error,      // reading failed
    };
    Kind kind;
    std::string body;
    std::uint32_t declared_length = 0;
};

class FrameReader {
public:
    FrameReader(ReadFn read, std::size_t max_frame_bytes);
    Frame next();

private:
    bool fill(char* out, std::size_t size);   // exactly `size` bytes, or false at end/error
    bool discard(std::size_t size);
    ReadFn read_;
    std::size_t max_frame_bytes_;
    bool failed_ = false;  // last fill/discard ended in an error rather than end of stream
    std::string buffer_;   // bytes read but not yet consumed
    std::size_t offset_ = 0;
};

// The 4-byte header followed by the body.
std::string encode_frame(std::string_view body);

}  // namespace coolpapers::nm
