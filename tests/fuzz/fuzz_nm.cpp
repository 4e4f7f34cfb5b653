// Fuzz target: the native-messaging reader. Any byte stream is cut into frames by FrameReader
// (fed in pieces whose sizes come from the input), and every frame goes through reply_to, as
// host mode does.
//
// Invariants:
//   - a frame's body is exactly its declared length and never over the cap;
//   - every reply is a JSON object with a boolean "ok", an "error" {code,message} when not ok,
//     the request's "id" echoed, and at most Limits::max_reply_bytes long (Chrome drops longer ones).
//
// resolve_pdf requests are answered with an error here without running the PDF helper
// (COOLPAPERS_PDF_HELPER points nowhere); the fuzzer must not read files or open sockets.
#include <sys/types.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "nm/dispatch.hpp"
#include "nm/framing.hpp"

using namespace coolpapers::nm;

#define FUZZ_CHECK(cond) \
    do {                 \
        if (!(cond)) std::abort(); \
    } while (0)

namespace {

bool is_pdf_request(const json& request) {
    if (!request.is_object()) return false;
    const auto type = request.find("type");
    return type != request.end() && type->is_string() && type->get_ref<const std::string&>() == "resolve_pdf";
}

// FUZZ_NM_IGNORE_REPLY_CAP=1 skips the reply size check, to fuzz on past that known finding
// (a huge "id" or "type" is echoed in full: see regressions/nm/).
const bool kCheckReplyCap = [] {
    const char* skip = std::getenv("FUZZ_NM_IGNORE_REPLY_CAP");
    return skip == nullptr || *skip == '\0' || *skip == '0';
}();

void check_reply(std::string_view body, const std::string& reply, const Limits& limits) {
    if (kCheckReplyCap) FUZZ_CHECK(reply.size() <= limits.max_reply_bytes);
    const json parsed = json::parse(reply, nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(!parsed.is_discarded() && parsed.is_object());
    const auto ok = parsed.find("ok");
    FUZZ_CHECK(ok != parsed.end() && ok->is_boolean());
    if (!ok->get<bool>()) {
        const auto error = parsed.find("error");
        FUZZ_CHECK(error != parsed.end() && error->is_object());
        FUZZ_CHECK(error->contains("code") && (*error)["code"].is_string());
        FUZZ_CHECK(error->contains("message") && (*error)["message"].is_string());
    }
    // The id comes back unchanged when the request is an object with one (and the reply is not
    // an error about the id itself being too large to echo).
    const json request = json::parse(body, nullptr, false);
    if (!request.is_discarded() && request.is_object() && request.contains("id") && parsed.contains("id") &&
        !parsed["id"].is_null())
        FUZZ_CHECK(parsed["id"] == request["id"]);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    setenv("COOLPAPERS_PDF_HELPER", "/nonexistent/coolpapers-pdf-disabled-in-fuzzing", 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    // Byte 0: how the stream is cut (1–64 bytes a read, or all at once) and whether it ends in
    // an error. Byte 1: which limits apply (small ones reach every refusal quickly).
    const unsigned cut = data[0] & 0x3F;
    const bool ends_in_error = data[0] & 0x40;
    Limits limits;
    if (data[1] & 1) {
        limits.max_request_bytes = 1u << 12;
        limits.max_reply_bytes = 1u << 10;
        limits.max_texts = 8;
        limits.max_json_depth = 8;
        limits.max_id_bytes = 64;
        limits.max_message_bytes = 256;
    } else {
        limits.max_request_bytes = 1u << 16;
        limits.max_reply_bytes = 1u << 14;
    }
    const std::string_view stream(reinterpret_cast<const char*>(data) + 2, size - 2);
    std::size_t pos = 0;
    FrameReader reader(
        [&](char* buffer, std::size_t want) -> ssize_t {
            if (pos >= stream.size()) return ends_in_error ? -1 : 0;
            std::size_t take = std::min(want, stream.size() - pos);
            if (cut > 0) take = std::min<std::size_t>(take, cut);
            std::copy_n(stream.data() + pos, take, buffer);
            pos += take;
            return static_cast<ssize_t>(take);
        },
        limits.max_request_bytes);

    for (int frames = 0; frames < 10000; ++frames) {
        Frame frame = reader.next();
        if (frame.kind == Frame::Kind::end || frame.kind == Frame::Kind::truncated || frame.kind == Frame::Kind::error)
            break;
        FUZZ_CHECK(frame.declared_length == frame.body.size() || frame.kind == Frame::Kind::too_large);
        if (frame.kind == Frame::Kind::too_large) {
            FUZZ_CHECK(frame.declared_length > limits.max_request_bytes && frame.body.empty());
            continue;
        }
        FUZZ_CHECK(frame.body.size() <= limits.max_request_bytes);
        if (is_pdf_request(json::parse(frame.body, nullptr, false))) continue;
        check_reply(frame.body, reply_to(frame.body, limits), limits);
    }
    // encode_frame round trip.
    const std::string encoded = encode_frame(stream);
    FUZZ_CHECK(encoded.size() == stream.size() + 4);
    return 0;
}
