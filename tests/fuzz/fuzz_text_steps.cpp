// Fuzz target: the text steps before matching, one by one (spec §2.1): percent-decoding,
// character folding, line-break repair, and the JSON-string decoder of `ids --jsonl`.
//
// Invariants:
//   - percent_decode(percent_encode(x)) == x, and decoding never grows the text;
//   - normalize() returns the input itself or the copy it made;
//   - decode_string agrees with nlohmann::json on which documents are one JSON string, and on
//     the string; append_string writes JSON that decodes back to its (valid UTF-8) input;
//   - is_valid_utf8 agrees with a plain reference validator.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/cool_urls.hpp"
#include "core/extract.hpp"
#include "core/json_text.hpp"
#include "core/normalize.hpp"
#include "core/percent.hpp"

using namespace coolpapers;

#define FUZZ_CHECK(cond) \
    do {                 \
        if (!(cond)) std::abort(); \
    } while (0)

namespace {

// RFC 3629, written for clarity rather than speed.
bool reference_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len;
        std::uint32_t cp;
        if (c < 0x80) len = 1, cp = c;
        else if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07;
        else return false;
        if (i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

// What the extractor's line-break repair asks: does an id end exactly at `pos` of `token`?
bool id_ends_at(std::string_view token, std::size_t pos) {
    for (const Hit& h : scan_normalized(token))
        if (h.end == pos) return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    // Percent-decoding.
    const std::string decoded = percent_decode(text);
    FUZZ_CHECK(decoded.size() <= text.size());
    FUZZ_CHECK(percent_decode(percent_encode(text)) == text);
    for (std::size_t i = 0; i < text.size() && i < 64; ++i) (void)is_percent_escape(text, i);

    // Normalisation steps 1–5.
    if (auto folded = fold_characters(text)) (void)folded->size();
    (void)repair_line_breaks(text, id_ends_at);
    NormalizeBuffers buffers;
    const std::string_view normalized = normalize(text, buffers, id_ends_at);
    FUZZ_CHECK(normalized.data() == text.data() || normalized.data() == buffers.folded.data() ||
               normalized.data() == buffers.repaired.data());
    if (normalized.data() == text.data()) FUZZ_CHECK(normalized.size() == text.size());

    // UTF-8 validation.
    const bool valid = json_text::is_valid_utf8(text);
    FUZZ_CHECK(valid == reference_utf8(text));

    // One JSON string, as `ids --jsonl` reads a line: agree with nlohmann. (nlohmann 3.11 takes a
    // NUL byte for the end of its input and ignores what follows, so those inputs are not compared.)
    std::string error;
    const std::optional<std::string> mine = json_text::decode_string(text, error);
    if (!mine) FUZZ_CHECK(!error.empty());
    if (text.find('\0') == std::string_view::npos) {
        const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
        const bool theirs_is_string = !theirs.is_discarded() && theirs.is_string();
        FUZZ_CHECK(mine.has_value() == theirs_is_string);
        if (mine) FUZZ_CHECK(*mine == theirs.get_ref<const std::string&>());
    }

    // Writing a JSON string and reading it back.
    std::string written;
    json_text::append_string(written, text);
    FUZZ_CHECK(json_text::is_valid_utf8(written));
    const std::optional<std::string> back = json_text::decode_string(written, error);
    FUZZ_CHECK(back.has_value());
    if (valid) FUZZ_CHECK(*back == text);

    // The search fallback.
    const std::string query = search_query(text);
    FUZZ_CHECK(json_text::is_valid_utf8(query) || !valid);
    if (!query.empty()) FUZZ_CHECK(search_url(query).starts_with(kCoolPapersBase));
    return 0;
}
