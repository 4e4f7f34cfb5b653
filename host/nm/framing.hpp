// Native-messaging framing: a 4-byte length in native byte order, then that many bytes of JSON.
// FrameDecoder takes bytes as they arrive (the host's poll loop); FrameReader pulls them through
// a callback so that tests can feed it split or broken streams.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
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

class FrameDecoder {
public:
    explicit FrameDecoder(std::size_t max_frame_bytes) : max_frame_bytes_(max_frame_bytes) {}
    void feed(std::string_view bytes);
    // The next complete frame (message or too_large) among the bytes fed so far.
    std::optional<Frame> next();
    // What the end of the stream means now: `end` between frames, `truncated` inside one.
    Frame at_end() const;

private:
    void drop_skipped();
    void start_buffer_at_frame(std::size_t length);
    std::string take_body(std::size_t length);
    std::size_t max_frame_bytes_;
    std::string buffer_;     // bytes fed but not yet consumed, from offset_ on
    std::size_t offset_ = 0;
    std::uint32_t declared_ = 0;  // of the too-large frame being dropped
    std::size_t to_drop_ = 0;     // bytes of a too-large body still to come
    bool dropping_ = false;
};

class FrameReader {
public:
    FrameReader(ReadFn read, std::size_t max_frame_bytes) : read_(std::move(read)), decoder_(max_frame_bytes) {}
    Frame next();

private:
    ReadFn read_;
    FrameDecoder decoder_;
};

// The 4-byte header followed by the body.
std::string encode_frame(std::string_view body);

}  // namespace coolpapers::nm
