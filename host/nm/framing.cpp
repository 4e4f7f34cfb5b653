#include "framing.hpp"

#include <algorithm>
#include <cstring>

namespace coolpapers::nm {
namespace {
constexpr std::size_t kChunk = 64 * 1024;
}

void FrameDecoder::feed(std::string_view bytes) {
    if (offset_ == buffer_.size()) {
        buffer_.clear();
        offset_ = 0;
    } else if (offset_ >= kChunk) {  // keep the consumed prefix from growing without end
        buffer_.erase(0, offset_);
        offset_ = 0;
    }
    buffer_.append(bytes);
    drop_skipped();
}

void FrameDecoder::drop_skipped() {
    if (!dropping_) return;
    const std::size_t take = std::min(to_drop_, buffer_.size() - offset_);
    offset_ += take;
    to_drop_ -= take;
}

std::optional<Frame> FrameDecoder::next() {
    if (dropping_) {
        if (to_drop_ > 0) return std::nullopt;
        dropping_ = false;
        return Frame{Frame::Kind::too_large, {}, declared_};
    }
    const std::size_t available = buffer_.size() - offset_;
    if (available < 4) return std::nullopt;
    std::uint32_t length;
    std::memcpy(&length, buffer_.data() + offset_, 4);  // native byte order, as the browser writes it
    if (length > max_frame_bytes_) {
        declared_ = length;
        offset_ += 4;
        dropping_ = true;
        to_drop_ = length;
        drop_skipped();
        return next();
    }
    if (available - 4 < length) {
        if (length >= kChunk) start_buffer_at_frame(length);
        return std::nullopt;
    }
    return Frame{Frame::Kind::message, take_body(length), length};
}

// A big frame gets a buffer of its own size before its body comes (appending 8 MiB in 64 KiB
// reads grew it to 16 MiB), and the frame starts it, so that take_body can hand it over.
void FrameDecoder::start_buffer_at_frame(std::size_t length) {
    buffer_.erase(0, offset_);
    offset_ = 0;
    buffer_.reserve(4 + length);
}

std::string FrameDecoder::take_body(std::size_t length) {
    if (length < kChunk) {  // small frames are copied out of the buffer they share
        std::string body = buffer_.substr(offset_ + 4, length);
        offset_ += 4 + length;
        return body;
    }
    // A big frame's body is its buffer (without the header): one copy of it, not two.
    start_buffer_at_frame(length);
    std::string rest = buffer_.substr(4 + length);
    buffer_.resize(4 + length);
    std::string body = std::move(buffer_);
    body.erase(0, 4);
    buffer_ = std::move(rest);
    return body;
}

Frame FrameDecoder::at_end() const {
    if (dropping_) return {Frame::Kind::truncated, {}, declared_};
    const std::size_t available = buffer_.size() - offset_;
    if (available == 0) return {Frame::Kind::end, {}, 0};
    std::uint32_t length = 0;
    if (available >= 4) std::memcpy(&length, buffer_.data() + offset_, 4);
    return {Frame::Kind::truncated, {}, length};
}

Frame FrameReader::next() {
    std::string chunk(kChunk, '\0');
    while (true) {
        if (std::optional<Frame> frame = decoder_.next()) return std::move(*frame);
        const ssize_t n = read_(chunk.data(), chunk.size());
        if (n < 0) return {Frame::Kind::error, {}, 0};
        if (n == 0) return decoder_.at_end();
        decoder_.feed(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
    }
}

std::string encode_frame(std::string_view body) {
    const auto length = static_cast<std::uint32_t>(body.size());
    std::string frame(4 + body.size(), '\0');
    std::memcpy(frame.data(), &length, 4);
    std::memcpy(frame.data() + 4, body.data(), body.size());
    return frame;
}

}  // namespace coolpapers::nm
