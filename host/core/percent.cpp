#include "percent.hpp"

#include "ascii.hpp"

namespace coolpapers {

bool is_percent_escape(std::string_view text, std::size_t pos) {
    return pos + 2 < text.size() && text[pos] == '%' && ascii::is_hex(text[pos + 1]) &&
           ascii::is_hex(text[pos + 2]);
}

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_percent_escape(text, i)) {
            out.push_back(static_cast<char>(ascii::hex_value(text[i + 1]) * 16 + ascii::hex_value(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

std::string percent_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (ascii::is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out.push_back(c);
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += '%';
            out += kHex[b >> 4];
            out += kHex[b & 15];
        }
    }
    return out;
}

}  // namespace coolpapers
