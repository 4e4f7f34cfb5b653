#include "compose.hpp"

#include <array>

namespace coolpapers::pdf {

namespace {

struct Mark {
    char32_t mark;
    std::string_view bases;  // letters that compose with it
    std::string_view codes;  // the composed Latin-1 code point of each, as one byte
};

// Latin-1 Supplement, by mark.
constexpr std::array<Mark, 7> kMarks = {{
    {0x300, "AEIOUaeiou", "\xC0\xC8\xCC\xD2\xD9\xE0\xE8\xEC\xF2\xF9"},
    {0x301, "AEIOUYaeiouy", "\xC1\xC9\xCD\xD3\xDA\xDD\xE1\xE9\xED\xF3\xFA\xFD"},
    {0x302, "AEIOUaeiou", "\xC2\xCA\xCE\xD4\xDB\xE2\xEA\xEE\xF4\xFB"},
    {0x303, "ANOano", "\xC3\xD1\xD5\xE3\xF1\xF5"},
    {0x308, "AEIOUaeiouy", "\xC4\xCB\xCF\xD6\xDC\xE4\xEB\xEF\xF6\xFC\xFF"},
    {0x30A, "Aa", "\xC5\xE5"},
    {0x327, "Cc", "\xC7\xE7"},
}};

// A two-byte UTF-8 sequence at `pos` (all the marks and U+0131 are two bytes), or 0.
char32_t two_byte_at(std::string_view s, std::size_t pos) {
    if (pos + 1 >= s.size()) return 0;
    const auto b0 = static_cast<unsigned char>(s[pos]), b1 = static_cast<unsigned char>(s[pos + 1]);
    if ((b0 & 0xE0) != 0xC0 || (b1 & 0xC0) != 0x80) return 0;
    return static_cast<char32_t>(((b0 & 0x1F) << 6) | (b1 & 0x3F));
}

void append_latin1(std::string& out, unsigned char code) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
}

}  // namespace

std::string compose_accents(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        // The base: an ASCII letter, or TeX's dotless i (U+0131) standing for "i".
        char base = 0;
        std::size_t base_len = 1;
        if ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')) {
            base = s[i];
        } else if (two_byte_at(s, i) == 0x131) {
            base = 'i';
            base_len = 2;
        }
        bool composed = false;
        if (base != 0) {
            const char32_t mark = two_byte_at(s, i + base_len);
            for (const Mark& m : kMarks) {
                const std::size_t at = m.mark == mark ? m.bases.find(base) : std::string_view::npos;
                if (at == std::string_view::npos) continue;
                append_latin1(out, static_cast<unsigned char>(m.codes[at]));
                i += base_len + 2;
                composed = true;
                break;
            }
        }
        if (!composed) {
            out.append(s.substr(i, base_len));
            i += base_len;
        }
    }
    return out;
}

}  // namespace coolpapers::pdf
