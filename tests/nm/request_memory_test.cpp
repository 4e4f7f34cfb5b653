// What one request under the 8 MiB cap makes the host allocate, counted: this executable
// replaces the global operator new and delete, and hands each costly request to the host's own
// code (the frame decoder fed in 64 KiB reads, as the host loop does, then start_request).
// 762,000 distinct ids in one selection took 217 MiB (every id held, sorted and copied to open a
// few thousand), 2 million percent-encoded tokens 84 MiB (16 bytes noted per token). Each is now
// 39 MiB, the most of it while the JSON is parsed (the body, the parser's buffer, the string).
#include <catch2/catch.hpp>
#include <malloc.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <cstdlib>
#include <new>
#include <optional>
#include <string>

#include "nm/dispatch.hpp"
#include "nm/framing.hpp"

namespace {

std::atomic<std::size_t> live_bytes{0}, peak_bytes{0};

void* counted(void* p) {
    if (!p) return nullptr;
    const std::size_t now = live_bytes += malloc_usable_size(p);
    std::size_t peak = peak_bytes;
    while (now > peak && !peak_bytes.compare_exchange_weak(peak, now)) {
    }
    return p;
}

void release(void* p) noexcept {
    if (!p) return;
    live_bytes -= malloc_usable_size(p);
    std::free(p);
}

void* allocate(std::size_t size) {
    if (void* p = counted(std::malloc(size ? size : 1))) return p;
    throw std::bad_alloc();
}

void* allocate_aligned(std::size_t size, std::align_val_t align) {
    const auto a = static_cast<std::size_t>(align);
    if (void* p = counted(std::aligned_alloc(a, (size + a - 1) / a * a))) return p;
    throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return counted(std::malloc(size ? size : 1)); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return counted(std::malloc(size ? size : 1)); }
void* operator new(std::size_t size, std::align_val_t align) { return allocate_aligned(size, align); }
void* operator new[](std::size_t size, std::align_val_t align) { return allocate_aligned(size, align); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }

namespace {

using coolpapers::nm::json;

constexpr std::size_t kCap = 8u << 20;

struct Handled {
    json reply;
    std::size_t peak_mib;  // allocated at once at the worst moment, beyond what the request's bytes took
};

// The request's frame, decoded and answered as the host does it.
Handled handle(const std::string& body) {
    REQUIRE(body.size() <= kCap);
    std::string input(4, '\0');
    const auto length = static_cast<std::uint32_t>(body.size());
    std::memcpy(input.data(), &length, 4);
    input += body;
    const coolpapers::nm::Limits limits;
    std::string reply;
    const std::size_t before = live_bytes;
    peak_bytes = before;
    {
        coolpapers::nm::FrameDecoder decoder(limits.max_request_bytes);
        std::optional<coolpapers::nm::Frame> frame;
        for (std::size_t at = 0; at < input.size() && !frame; at += 64 * 1024) {
            decoder.feed(std::string_view(input).substr(at, 64 * 1024));
            frame = decoder.next();
        }
        REQUIRE(frame);
        REQUIRE(frame->kind == coolpapers::nm::Frame::Kind::message);
        reply = coolpapers::nm::start_request(frame->body, limits).reply;
    }
    return {json::parse(reply), (peak_bytes - before) >> 20};
}

std::string distinct_ids(std::size_t bytes, std::size_t& count) {
    std::string text;
    for (count = 0; text.size() + 11 <= bytes; ++count)
        text += std::to_string(2001 + count / 90000) + "." + std::to_string(10000 + count % 90000) + " ";
    return text;
}

}  // namespace

TEST_CASE("8 MiB of distinct ids in a selection: the host opens the first ones within 48 MiB", "[host][limits]") {
    std::size_t count = 0;
    const std::string selection = distinct_ids(kCap - 100, count);
    const Handled handled = handle(json({{"type", "resolve"}, {"selection", selection}}).dump());
    CHECK(handled.peak_mib <= 48);
    CHECK(handled.reply["outcome"] == "ids");
    CHECK(handled.reply["ids_found"] == count);
    CHECK(handled.reply["ids"].size() > 3000);
    CHECK(handled.reply["ids"][0]["id"] == "2001.10000");
}

TEST_CASE("8 MiB of distinct ids in one resolve_many text: within 48 MiB", "[host][limits]") {
    std::size_t count = 0;
    const std::string text = distinct_ids(kCap - 100, count);
    const Handled handled = handle(json({{"type", "resolve_many"}, {"texts", {text}}}).dump());
    CHECK(handled.peak_mib <= 48);
    REQUIRE(handled.reply["results"].size() == 1);
    CHECK(handled.reply["results"][0]["ids_found"] == count);
}

TEST_CASE("2 million percent-encoded tokens in a selection: within 48 MiB", "[host][limits]") {
    std::string selection;
    while (selection.size() + 4 < kCap - 100) selection += "%41 ";
    const Handled handled = handle(json({{"type", "resolve"}, {"selection", selection}}).dump());
    CHECK(handled.peak_mib <= 48);
    CHECK(handled.reply["outcome"] == "search");
}
