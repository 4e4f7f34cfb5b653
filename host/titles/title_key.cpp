#include "title_key.hpp"

namespace coolpapers::titles {
namespace {

std::uint32_t read_u32(const unsigned char* p) {
    return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
}

// One UTF-8 sequence at s[i]; invalid bytes decode as U+FFFD, one byte each.
char32_t decode(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int extra = b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : 0;
    if (extra == 0 || i + extra >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = b & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = cp << 6 | (c & 0x3F);
    }
    i += extra + 1;
    return cp;
}

bool ends_title(char32_t cp) {
    switch (cp) {
        case ':': case '.': case '?': case '!': case ';': case '(': case '[': case '|':
        case '\n': case '\r': case 0x2013: case 0x2014: case 0x2015:  // – — ―
            return true;
        default:
            return false;
    }
}

}  // namespace

std::optional<std::string_view> FoldTable::fold(char32_t cp) const {
    std::size_t lo = 0, hi = count_;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        const std::uint32_t at = read_u32(entries_ + mid * 8);
        if (at == cp) {
            const std::size_t off = read_u32(entries_ + mid * 8 + 4);
            if (off >= strings_.size()) return std::nullopt;
            const auto len = static_cast<unsigned char>(strings_[off]);
            return strings_.substr(off + 1, len);  // substr clamps a corrupt length
        }
        if (at < cp) lo = mid + 1; else hi = mid;
    }
    return std::nullopt;
}

TitleKey make_title_key(std::string_view text, const FoldTable& folds) {
    TitleKey out;
    out.key.reserve(text.size());
    bool in_word = false;
    // Closes the current word; a later title-ending mark (before the next word) makes it strong.
    auto end_word = [&](std::size_t text_end) {
        if (in_word) out.words.push_back({out.key.size(), text_end, false});
        in_word = false;
    };
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char c = text[i];
        std::optional<std::string_view> folded;
        char lower[1];
        char32_t cp = 0;
        if (static_cast<unsigned char>(c) < 0x80) {
            ++i;
            cp = static_cast<unsigned char>(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                lower[0] = c;
                folded = std::string_view(lower, 1);
            } else if (c >= 'A' && c <= 'Z') {
                lower[0] = static_cast<char>(c + 32);
                folded = std::string_view(lower, 1);
            }
        } else {
            cp = decode(text, i);
            folded = folds.fold(cp);
        }
        if (folded && (!folded->empty() || in_word)) {
            out.key += *folded;
            in_word = in_word || !folded->empty();
            continue;
        }
        if (folded) continue;  // a combining mark outside a word
        end_word(start);
        if (ends_title(cp) && !out.words.empty()) out.words.back().strong = true;
    }
    end_word(text.size());
    if (!out.words.empty()) out.words.back().strong = true;  // the end of the text ends the title
    return out;
}

}  // namespace coolpapers::titles
