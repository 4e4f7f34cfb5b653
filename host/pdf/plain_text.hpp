// Small text helpers the PDF decisions share (signals.cpp, meta_title.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "core/ascii.hpp"

namespace coolpapers::pdf::plain_text {

inline re2::StringPiece piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// Runs of ASCII white space become one space; none at either end.
inline std::string collapse_spaces(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (ascii::is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

inline bool contains(std::string_view hay, std::string_view needle) {
    return ascii::ifind(hay, needle) != std::string_view::npos;
}

// Letters: ASCII letters and every non-ASCII byte (accented letters are multi-byte UTF-8).
inline std::size_t letter_count(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return ascii::is_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
    }));
}

}  // namespace coolpapers::pdf::plain_text
