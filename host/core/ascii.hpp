// Small ASCII helpers shared by the grammars. Everything here works on bytes:
// the spec's "digit", "letter" and "alnum" are ASCII (after the full-width fold).
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace coolpapers::ascii {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
constexpr bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
constexpr bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_hex(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr int hex_value(char c) {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return c - 'A' + 10;
}
constexpr char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }
constexpr char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }

// Letters, digits, '_' and '-': the alphabet of OpenReview ids, PMLR keys and ACL suffix checks.
constexpr bool is_word(char c) { return is_alnum(c) || c == '_' || c == '-'; }

// A 256-entry membership table for a scan loop that skips uninteresting bytes.
constexpr std::array<bool, 256> byte_set(std::initializer_list<unsigned char> members) {
    std::array<bool, 256> table{};
    for (unsigned char c : members) table[c] = true;
    return table;
}

inline bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (to_lower(a[i]) != to_lower(b[i])) return false;
    return true;
}

inline bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

inline bool iends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

// Case-insensitive search for an ASCII needle; npos when absent.
inline std::size_t ifind(std::string_view hay, std::string_view needle, std::size_t from = 0) {
    if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
    const char first = to_lower(needle[0]);
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i)
        if (to_lower(hay[i]) == first && iequals(hay.substr(i, needle.size()), needle)) return i;
    return std::string_view::npos;
}

// Number of consecutive digits starting at `pos` (0 when pos is past the end).
inline std::size_t digit_run(std::string_view s, std::size_t pos) {
    std::size_t n = 0;
    while (pos + n < s.size() && is_digit(s[pos + n])) ++n;
    return n;
}

inline bool char_at_is(std::string_view s, std::size_t pos, char c) {
    return pos < s.size() && s[pos] == c;
}

// Integer value of an all-digit view (callers bound the length, so no overflow).
inline unsigned digits_value(std::string_view digits) {
    unsigned v = 0;
    for (char c : digits) v = v * 10 + static_cast<unsigned>(c - '0');
    return v;
}

}  // namespace coolpapers::ascii
