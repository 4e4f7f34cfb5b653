#include <catch2/catch.hpp>
#include <cstring>

#include "nm/framing.hpp"

using namespace coolpapers::nm;

namespace {

// A byte stream served in reads of at most `chunk` bytes.
struct Stream {
    std::string data;
    std::size_t chunk;
    std::size_t pos = 0;
    int reads = 0;
    ReadFn fn() {
        return [this](char* buffer, std::size_t size) -> ssize_t {
            ++reads;
            const std::size_t n = std::min({size, chunk, data.size() - pos});
            std::memcpy(buffer, data.data() + pos, n);
            pos += n;
            return static_cast<ssize_t>(n);
        };
    }
};

std::string header(std::uint32_t length) {
    std::string h(4, '\0');
    std::memcpy(h.data(), &length, 4);
    return h;
}

}  // namespace

TEST_CASE("frames round-trip through encode and read", "[framing]") {
    const std::string encoded = encode_frame("{\"type\":\"ping\"}");
    REQUIRE(encoded.size() == 4 + 15);
    CHECK(encoded.substr(0, 4) == header(15));
    Stream s{encoded, 1 << 20};
    FrameReader reader(s.fn(), 1024);
    const Frame f = reader.next();
    CHECK(f.kind == Frame::Kind::message);
    CHECK(f.body == "{\"type\":\"ping\"}");
    CHECK(reader.next().kind == Frame::Kind::end);
}

TEST_CASE("a frame split over many one-byte reads", "[framing]") {
    Stream s{encode_frame("hello") + encode_frame("world"), 1};
    FrameReader reader(s.fn(), 1024);
    CHECK(reader.next().body == "hello");
    CHECK(reader.next().body == "world");
    CHECK(reader.next().kind == Frame::Kind::end);
}

TEST_CASE("several frames arriving in one read", "[framing]") {
    std::string all;
    for (int i = 0; i < 50; ++i) all += encode_frame("message " + std::to_string(i));
    Stream s{all, 1 << 20};
    FrameReader reader(s.fn(), 1024);
    for (int i = 0; i < 50; ++i) CHECK(reader.next().body == "message " + std::to_string(i));
    CHECK(reader.next().kind == Frame::Kind::end);
    CHECK(s.reads <= 3);
}

TEST_CASE("big frames between small ones, in reads of every size: each body whole and in order", "[framing]") {
    // A big frame's buffer becomes its body (no copy): what came after it must stay.
    const std::string big(300000, 'b'), bigger(1 << 20, 'c');
    const std::string all = encode_frame("first") + encode_frame(big) + encode_frame("middle") + encode_frame(bigger) +
                            encode_frame(big) + encode_frame("last");
    for (std::size_t chunk : {std::size_t{1000}, std::size_t{65536}, std::size_t{100001}, std::size_t{1} << 22}) {
        CAPTURE(chunk);
        Stream s{all, chunk};
        FrameReader reader(s.fn(), 2 << 20);
        CHECK(reader.next().body == "first");
        CHECK(reader.next().body == big);
        CHECK(reader.next().body == "middle");
        CHECK(reader.next().body == bigger);
        CHECK(reader.next().body == big);
        CHECK(reader.next().body == "last");
        CHECK(reader.next().kind == Frame::Kind::end);
    }
}

TEST_CASE("the stream ends inside a header", "[framing]") {
    Stream s{header(10).substr(0, 2), 1 << 20};
    FrameReader reader(s.fn(), 1024);
    CHECK(reader.next().kind == Frame::Kind::truncated);
}

TEST_CASE("the stream ends inside a body", "[framing]") {
    Stream s{header(10) + "abc", 1 << 20};
    FrameReader reader(s.fn(), 1024);
    const Frame f = reader.next();
    CHECK(f.kind == Frame::Kind::truncated);
    CHECK(f.declared_length == 10);
}

TEST_CASE("an oversized frame is dropped and the reader stays in sync", "[framing]") {
    Stream s{header(5000) + std::string(5000, 'x') + encode_frame("next"), 700};
    FrameReader reader(s.fn(), 1024);
    const Frame big = reader.next();
    CHECK(big.kind == Frame::Kind::too_large);
    CHECK(big.declared_length == 5000);
    CHECK(reader.next().body == "next");
}

TEST_CASE("an oversized frame whose body never arrives", "[framing]") {
    Stream s{header(0xFFFFFFFFu) + "only a little", 1 << 20};
    FrameReader reader(s.fn(), 1024);
    CHECK(reader.next().kind == Frame::Kind::truncated);
}

TEST_CASE("a zero-length frame is a message with an empty body", "[framing]") {
    Stream s{header(0) + encode_frame("x"), 1 << 20};
    FrameReader reader(s.fn(), 1024);
    const Frame empty = reader.next();
    CHECK(empty.kind == Frame::Kind::message);
    CHECK(empty.body.empty());
    CHECK(reader.next().body == "x");
}

TEST_CASE("a read error is reported as such", "[framing]") {
    FrameReader reader([](char*, std::size_t) -> ssize_t { return -1; }, 1024);
    CHECK(reader.next().kind == Frame::Kind::error);
}
