#include "framing.hpp"

#include <cstring>

namespace coolpapers::nm {
namespace {
constexpr std::size_t kChunk = 64 * 1024;
}

FrameReader::FrameReader(ReadFn read, std::size_t max_frame_bytes)
    : read_(std::move(read)), max_frame_bytes_(max_frame_bytes) {}

bool FrameReader::fill(char* out, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        if (offset_ == buffer_.size()) {
            buffer_.resize(kChunk);
            offset_ = 0;
            const ssize_t n = read_(buffer_.data(), buffer_.size());
            if (n <= 0) {
                buffer_.clear();
                failed_ = n < 0;
                return false;
            }
            buffer_.resize(static_cast<std::size_t>(n));
        }
        const std::size_t take = std::min(size - got, buffer_.size() - offset_);
        std::memcpy(out + got, buffer_.data() + offset_, take);
        offset_ += take;
        got += take;
    }
    return true;
}

bool FrameReader::discard(std::size_t size) {
    char sink[4096];
    while (size > 0) {
        const std::size_t take = std::min(size, sizeof sink);
        if (!fill(sink, take)) return false;
        size -= take;
    }
    return true;
}

Frame FrameReader::next() {
    char header[4];
    // Peek one byte first so that a clean end between frames is told from a cut header.
    if (!fill(header, 1)) return {failed_ ? Frame::Kind::error : Frame::Kind::end, {}, 0};
    if (!fill(header + 1, 3)) return {failed_ ? Frame::Kind::error : Frame::Kind::truncated, {}, 0};
    std::uint32_t length;
    std::memcpy(&length, header, 4);  // native byte order, as the browser writes it
    if (length > max_frame_bytes_) {
        if (!discard(length)) return {failed_ ? Frame::Kind::error : Frame::Kind::truncated, {}, length};
        return {Frame::Kind::too_large, {}, length};
    }
    Frame frame{Frame::Kind::message, std::string(length, '\0'), length};
    if (!fill(frame.body.data(), length)) return {failed_ ? Frame::Kind::error : Frame::Kind::truncated, {}, length};
    return frame;
}

std::string encode_frame(std::string_view body) {
    const auto length = static_cast<std::uint32_t>(body.size());
    std::string frame(4 + body.size(), '\0');
    std::memcpy(frame.data(), &length, 4);
    std::memcpy(frame.data() + 4, body.data(), body.size());
    return frame;
}

}  // namespace coolpapers::nm
