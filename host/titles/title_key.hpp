// A title's lookup key (tools/title-index/titlekey.py is the other half and must agree):
// NFKD, accents dropped, case-folded, only [a-z0-9] kept. Non-ASCII folding comes from the table
// the generator stores in the index, so the rule lives in one place.
//
//   FoldTable folds = index.folds();
//   TitleKey k = make_title_key("QAN ET: C OMBINING L OCAL …", folds);   // k.key == "qanetcombininglocal…"
//
// Small-caps fragments ("P RE - TRAINING") need no merging: spaces are dropped from the key anyway;
// they only add word ends, where a prefix match may stop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coolpapers::titles {

// Sorted (code point, folding) pairs, as stored in the index file.
class FoldTable {
public:
    FoldTable() = default;
    FoldTable(const unsigned char* entries, std::size_t count, std::string_view strings)
        : entries_(entries), count_(count), strings_(strings) {}

    // The ASCII folding of a non-ASCII code point: "" for a combining mark (dropped, not a word
    // break); nullopt when it folds to nothing (punctuation, other scripts: a word break).
    std::optional<std::string_view> fold(char32_t cp) const;

private:
    const unsigned char* entries_ = nullptr;  // count_ × (u32 code point, u32 string offset), little-endian
    std::size_t count_ = 0;
    std::string_view strings_;                // u8 length + bytes
};

// Where a word of the title ends: in the key and in the original text.
struct WordEnd {
    std::size_t key_end;
    std::size_t text_end;
    bool strong;  // followed by a title-ending mark (`:` `.` `?` `!` `—` `(` `|` or a line break) or the end
};

struct TitleKey {
    std::string key;
    std::vector<WordEnd> words;  // in order; the last one ends the key
};

TitleKey make_title_key(std::string_view utf8, const FoldTable& folds);

// 64-bit FNV-1a: incremental, so every word-end prefix is hashed in one pass.
inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
inline constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;
inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = kFnvOffset) {
    for (unsigned char c : bytes) h = (h ^ c) * kFnvPrime;
    return h;
}

}  // namespace coolpapers::titles
