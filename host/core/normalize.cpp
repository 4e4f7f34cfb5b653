#include "normalize.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "ascii.hpp"
#include "byte_scan.hpp"

namespace coolpapers {
namespace {

using ascii::is_alnum;
using ascii::is_digit;

// Bytes that can start something steps 1–4 change: the lead bytes of U+00AD (C2), U+2010–U+2060
// (E2), U+3000 (E3), U+FEFF and U+FF01–U+FF5E (EF), and the backslash of `\_`.
constexpr byte_scan::ByteSet kFoldLeads({0xC2, 0xE2, 0xE3, 0xEF, '\\'});

std::size_t next_fold_lead(std::string_view text, std::size_t from) { return byte_scan::find(text, from, kFoldLeads); }

// Fixed UTF-8 sequences and what they become (steps 1–3, apart from the full-width range).
struct Replacement {
    std::string_view utf8;
    std::string_view with;
};
constexpr Replacement kReplacements[] = {
    {"\u3000", " "},                                                        // ideographic space
    {"\u2010", "-"}, {"\u2011", "-"}, {"\u2012", "-"}, {"\u2013", "-"}, {"\u2212", "-"},  // dashes
    {"\u200B", ""}, {"\u200C", ""}, {"\u200D", ""}, {"\u2060", ""}, {"\uFEFF", ""}, {"\u00AD", ""},  // invisible
};

// Appends one folded character, applying the markdown unescape to what has been written.
void put(std::string& out, char c) {
    if (c == '_' && !out.empty() && out.back() == '\\') {
        out.back() = '_';
        return;
    }
    out.push_back(c);
}

bool is_full_width(std::string_view text, std::size_t i) {
    if (i + 2 >= text.size()) return false;
    const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
    if (static_cast<unsigned char>(text[i]) != 0xEF || (b1 != 0xBC && b1 != 0xBD) || b2 < 0x80 || b2 > 0xBF) return false;
    const unsigned cp = ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu) | 0xF000u;
    return cp >= 0xFF01 && cp <= 0xFF5E;
}

const Replacement* replacement_at(std::string_view text, std::size_t i) {
    for (const auto& r : kReplacements)
        if (text.substr(i, r.utf8.size()) == r.utf8) return &r;
    return nullptr;
}

// The first byte steps 1–4 change (most non-ASCII text, curly quotes and all, has none).
std::size_t first_change(std::string_view text) {
    for (std::size_t i = next_fold_lead(text, 0); i < text.size(); i = next_fold_lead(text, i + 1))
        if (is_full_width(text, i) || replacement_at(text, i) || text.substr(i, 2) == "\\_") return i;
    return text.size();
}

}  // namespace

std::optional<std::string> fold_characters(std::string_view text) {
    std::string out;
    if (!fold_characters_into(text, out)) return std::nullopt;
    return out;
}

bool fold_characters_into(std::string_view text, std::string& out) {
    std::size_t i = first_change(text);
    if (i == text.size()) return false;
    out.clear();
    out.reserve(text.size());
    out.append(text.substr(0, i));
    while (i < text.size()) {
        if (!kFoldLeads.contains(text[i])) {  // copy the run up to the next candidate at once
            if (text[i] == '_' && !out.empty() && out.back() == '\\') {  // `\_` with the backslash folded or made adjacent
                out.back() = '_';
                ++i;
                continue;
            }
            const std::size_t next = next_fold_lead(text, i);
            out.append(text.substr(i, next - i));
            i = next;
            continue;
        }
        if (is_full_width(text, i)) {  // U+FF01..U+FF5E → U+0021..U+007E (code point − 0xFEE0)
            const unsigned cp = ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                                (static_cast<unsigned char>(text[i + 2]) & 0x3Fu) | 0xF000u;
            put(out, static_cast<char>(cp - 0xFEE0));
            i += 3;
            continue;
        }
        if (const Replacement* replacement = replacement_at(text, i)) {
            out.append(replacement->with);
            i += replacement->utf8.size();
            continue;
        }
        put(out, text[i]);
        ++i;
    }
    return true;
}

namespace {

// Where a line's content ends once trailing blanks and a CR are set aside.
std::size_t content_end(std::string_view before) {
    std::size_t e = before.size();
    while (e > 0 && (before[e - 1] == ' ' || before[e - 1] == '\t' || before[e - 1] == '\r')) --e;
    return e;
}

// Rule a: `DDDD '.' D{1,4} '-'` just before `end`, the four digits not preceded by a digit.
bool ends_inside_arxiv_number(std::string_view s, std::size_t end) {
    if (end < 7 || s[end - 1] != '-') return false;
    std::size_t i = end - 1, tail = 0;
    while (i > 0 && is_digit(s[i - 1]) && tail < 5) --i, ++tail;
    if (tail < 1 || tail > 4 || i < 5 || s[i - 1] != '.') return false;
    const std::size_t dot = i - 1;
    for (std::size_t k = dot - 4; k < dot; ++k)
        if (!is_digit(s[k])) return false;
    return dot == 4 || !is_digit(s[dot - 5]);
}

constexpr std::array<std::string_view, 18> kUrlMarkers = {
    "://",           "arxiv:",       "doi:",        "arxiv.org/",  "openreview.net/",
    "aclanthology.org/", "aclweb.org/", "ijcai.org/", "mlr.press/",  "doi.org/",
    "ar5iv.org/",    "alphaxiv.org/", "huggingface.co/", "hf.co/", "scirate.com/",
    "semanticscholar.org/", "papers.cool/", "aclanthology.coli.uni-saarland.de/",
};

// Which markers end in a given byte (':' → 0, '/' → 1) after a given one: bit k for kUrlMarkers[k].
constexpr auto kMarkersEndingIn = [] {
    static_assert(kUrlMarkers.size() <= 32);
    std::array<std::array<std::uint32_t, 256>, 2> table{};
    for (std::size_t k = 0; k < kUrlMarkers.size(); ++k) {
        const std::string_view marker = kUrlMarkers[k];
        table[marker.back() == '/'][static_cast<unsigned char>(marker[marker.size() - 2])] |= std::uint32_t{1} << k;
    }
    return table;
}();

// A DOI prefix `10.NNNN/` (a registrant code longer than 32 digits is no DOI: the bound keeps the
// check constant-time).
bool starts_with_doi_prefix(std::string_view t) {
    if (!ascii::istarts_with(t, "10.")) return false;
    const std::size_t n = ascii::digit_run(t.substr(0, 3 + 33), 3);
    return n >= 4 && n <= 32 && ascii::char_at_is(t, 3 + n, '/');
}

// The openers rule c looks past at the start of a token: `(https://…`, `url={https://…`.
constexpr std::string_view kOpeners[] = {"url={", "(", "[", "{", "<", "\"", "'"};  // not built at each call

std::string_view without_opener(std::string_view token) {
    if (token.empty()) return token;
    const char first = ascii::to_lower(token.front());
    for (std::string_view opener : kOpeners)
        if (first == opener.front() && token.size() > opener.size() && ascii::istarts_with(token, opener))
            return token.substr(opener.size());
    return token;
}

// The first '\n' at or after `from`, or text.size() (memchr: lines of prose are short, and a
// restarted search costs less there than byte_scan::Positions's classification of each block).
std::size_t next_newline(std::string_view text, std::size_t from) {
    const std::size_t nl = text.find('\n', from);
    return nl == std::string_view::npos ? text.size() : nl;
}

constexpr bool can_end_broken_url(char c) {
    return c == '/' || c == '=' || c == '?' || c == '&' || c == '_' || c == '-' || c == '.';
}

// What rule c asks at each line break about the last token of the text repaired so far, kept up
// to date as that text grows so that each byte is looked at once however many breaks a token
// spans: where the token starts, where the last URL marker in the text starts (every marker ends
// in ':' or '/'), and how many breaks rule c has joined inside the token.
class LastToken {
public:
    // Looks at `before` (the text repaired so far) up to `end`, where its line's content ends.
    void advance(std::string_view before, std::size_t end, RepairCost* cost) {
        if (end <= scanned_) return;
        // Only the bytes after the last blank matter: find it from the end, then look for
        // markers in what follows (bytes before it are never read again).
        std::size_t from = end;
        while (from > scanned_ && !ascii::is_space(before[from - 1])) --from;
        if (from > scanned_) start_ = from, joins = 0;
        if (cost) cost->bytes_examined += end - from;
        for (std::size_t i = from; i < end; ++i)
            if (before[i] == ':' || before[i] == '/') note_markers_ending_at(before, i + 1);
        scanned_ = end;
    }
    // A join cut `before` to `keep` bytes: only blanks, a CR or a hyphen went, none of which a
    // token start or a marker involves.
    void cut_to(std::size_t keep) { scanned_ = std::min(scanned_, keep); }

    // The token ending at `end` (at most kMaxUrlTokenScan long), and whether it names a URL, a
    // DOI or an arXiv label: rule c's trigger.
    std::string_view token(std::string_view before, std::size_t end) const {
        const std::size_t from = std::max(start_, end > kMaxUrlTokenScan ? end - kMaxUrlTokenScan : 0);
        return before.substr(from, end - from);
    }
    bool looks_like_url(std::string_view before, std::string_view token) const {
        const auto from = static_cast<std::size_t>(token.data() - before.data());
        return starts_with_doi_prefix(without_opener(token)) || marker_ > from;
    }

    std::size_t joins = 0;  // rule c joins inside the current token

private:
    void note_markers_ending_at(std::string_view before, std::size_t end) {
        // The markers are lower case and end in ':' or '/': their last two bytes rule most out at
        // once (a table lookup, not a loop over the markers at every '/' of a URL), the first the rest.
        const char last = before[end - 1], next_to_last = end >= 2 ? ascii::to_lower(before[end - 2]) : '\0';
        for (std::uint32_t left = kMarkersEndingIn[last == '/'][static_cast<unsigned char>(next_to_last)]; left;
             left &= left - 1) {
            const std::string_view marker = kUrlMarkers[static_cast<std::size_t>(std::countr_zero(left))];
            if (end >= marker.size() && ascii::to_lower(before[end - marker.size()]) == marker.front() &&
                ascii::iequals(before.substr(end - marker.size(), marker.size()), marker))
                marker_ = std::max(marker_, end - marker.size() + 1);  // stored as start + 1
        }
    }

    std::size_t start_ = 0, marker_ = 0, scanned_ = 0;
};

// Rule c: a URL-like token that ends where a URL may break. A final '.' is a break only when
// no id ends exactly there (otherwise it is the end of a sentence); every id ends in a letter,
// digit, '_' or '-', and the probe reads the token's last kMaxIdProbe bytes only.
bool url_continues(std::string_view before, std::size_t end, LastToken& last, const IdEndProbe& id_ends_at,
                   RepairCost* cost) {
    last.advance(before, end, cost);
    if (last.joins >= kMaxUrlBreaks) return false;
    const std::string_view token = last.token(before, end);
    if (!last.looks_like_url(before, token)) return false;
    if (token.back() != '.' || token.size() < 2 || !ascii::is_word(token[token.size() - 2])) return true;
    const std::string_view probed = token.substr(token.size() - std::min(token.size(), kMaxIdProbe));
    if (cost) cost->bytes_examined += probed.size();
    return !id_ends_at(probed, probed.size() - 1);
}

// How the newline between `before` (the text so far, already repaired) and `after` is repaired.
struct Join {
    bool join = false;
    std::size_t keep = 0;  // how much of `before` stays
    std::size_t skip = 0;  // how much of `after` is dropped (the blanks that start it)
};

Join join_at(std::string_view before, std::string_view after, LastToken& last, const IdEndProbe& id_ends_at,
             RepairCost* cost) {
    const std::size_t e = content_end(before);
    if (e == 0 || !can_end_broken_url(before[e - 1])) return {};  // every rule's last byte is one of these
    std::size_t next = 0;
    while (next < after.size() && (after[next] == ' ' || after[next] == '\t')) ++next;
    if (next == after.size()) return {};
    const char c = after[next];
    if (ends_inside_arxiv_number(before, e) && is_digit(c)) return {true, e - 1, next};  // rule a
    if (before[e - 1] == '-' && e >= 2 && is_alnum(before[e - 2]) && is_alnum(c)) return {true, e, next};  // b
    if (c != '\r' && c != '\n' && can_end_broken_url(before[e - 1]) && url_continues(before, e, last, id_ends_at, cost)) {
        ++last.joins;
        return {true, e, next};  // rule c
    }
    return {};
}

}  // namespace

std::optional<std::string> repair_line_breaks(std::string_view text, const IdEndProbe& id_ends_at, RepairCost* cost) {
    std::string out;
    if (!repair_line_breaks_into(text, id_ends_at, out, cost)) return std::nullopt;
    return out;
}

bool repair_line_breaks_into(std::string_view text, const IdEndProbe& id_ends_at, std::string& out, RepairCost* cost) {
    // Most newlines stay: look for the first one that joins before copying anything.
    LastToken last;
    std::size_t nl = next_newline(text, 0);
    Join join;
    while (nl < text.size()) {
        join = join_at(text.substr(0, nl), text.substr(nl + 1), last, id_ends_at, cost);
        if (join.join) break;
        nl = next_newline(text, nl + 1);
    }
    if (nl == text.size()) return false;
    out.clear();
    out.reserve(text.size());
    out.append(text.substr(0, join.keep));
    last.cut_to(join.keep);
    std::size_t pos = nl + 1 + join.skip;
    while (true) {
        nl = next_newline(text, pos);
        out.append(text.substr(pos, nl - pos));
        if (nl == text.size()) return true;
        join = join_at(out, text.substr(nl + 1), last, id_ends_at, cost);
        if (join.join) {
            out.resize(join.keep);
            last.cut_to(join.keep);
            pos = nl + 1 + join.skip;
        } else {
            out.push_back('\n');
            pos = nl + 1;
        }
    }
}

std::string_view normalize(std::string_view text, NormalizeBuffers& buffers, const IdEndProbe& id_ends_at,
                           RepairCost* cost, bool ascii_without_backslash) {
    if (!ascii_without_backslash && fold_characters_into(text, buffers.folded)) text = buffers.folded;
    if (repair_line_breaks_into(text, id_ends_at, buffers.repaired, cost)) text = buffers.repaired;
    return text;
}

}  // namespace coolpapers
