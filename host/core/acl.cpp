// ACL Anthology ids (spec §5). New style YEAR.VENUE-VOLUME.NUMBER anywhere in text (found at
// its first '.'); old style LETTER YY-DDDD only in context: Anthology URLs, ACL DOIs and the
// "Anthology ID:" label. Revision (vN) and erratum (eN) suffixes are dropped.
#include <algorithm>

#include "ascii.hpp"
#include "grammar.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {
namespace {

using ascii::digit_run;
using ascii::is_alnum;
using ascii::is_digit;
using url_parts::npos;

constexpr std::size_t kMaxNewIdLength = 96;

// Right boundary: not followed by [A-Za-z0-9_-] nor by ". digit".
bool free_on_the_right(std::string_view text, std::size_t end) {
    if (end < text.size() && ascii::is_word(text[end])) return false;
    return !(ascii::char_at_is(text, end, '.') && end + 1 < text.size() && is_digit(text[end + 1]));
}

// Paper number without leading zeros; empty for 0 (front matter is not a paper).
std::string paper_number(std::string_view digits) {
    const std::size_t first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? std::string() : std::string(digits.substr(first));
}

struct Parsed {
    std::string id;
    std::size_t end;
};

std::size_t alnum_run(std::string_view s, std::size_t pos) {
    std::size_t n = 0;
    while (pos + n < s.size() && is_alnum(s[pos + n])) ++n;
    return n;
}

// YEAR '.' VENUE '-' VOLUME '.' NUMBER, then an optional revision/erratum suffix, in any case and
// within kMaxNewIdLength bytes: (19|20)DD '.' [a-z][a-z0-9]* '-' [a-z0-9]+ '.' [0-9]+ ([ve][0-9]+)?
// Every part is a maximal run, so reading it straight is the regular expression's match.
std::optional<Parsed> parse_new(std::string_view text, std::size_t pos) {
    const std::string_view t = text.substr(0, std::min(text.size(), pos + kMaxNewIdLength));
    if (digit_run(t, pos) < 4 || !(t.substr(pos, 2) == "19" || t.substr(pos, 2) == "20") ||
        !ascii::char_at_is(t, pos + 4, '.') || pos + 5 >= t.size() || !ascii::is_alpha(t[pos + 5]))
        return std::nullopt;
    const std::size_t hyphen = pos + 5 + alnum_run(t, pos + 5);
    if (!ascii::char_at_is(t, hyphen, '-')) return std::nullopt;
    const std::size_t dot = hyphen + 1 + alnum_run(t, hyphen + 1);
    if (dot == hyphen + 1 || !ascii::char_at_is(t, dot, '.')) return std::nullopt;
    const std::size_t digits = digit_run(t, dot + 1);
    if (digits == 0) return std::nullopt;
    std::size_t end = dot + 1 + digits;
    if (end < t.size() && (ascii::to_lower(t[end]) == 'v' || ascii::to_lower(t[end]) == 'e') && digit_run(t, end + 1) > 0)
        end += 1 + digit_run(t, end + 1);
    const std::string number = paper_number(t.substr(dot + 1, digits));
    if (number.empty() || !free_on_the_right(text, end)) return std::nullopt;
    std::string id;
    for (char c : t.substr(pos, dot - pos)) id.push_back(ascii::to_lower(c));
    return Parsed{id + '.' + number, end};
}

// LETTER YY '-' DDDD; `allow_missing_hyphen` accepts `D171145` (PDF de-hyphenation) in URLs/DOIs.
std::optional<Parsed> parse_old(std::string_view text, std::size_t pos, bool allow_missing_hyphen) {
    if (pos + 7 > text.size() || !ascii::is_alpha(text[pos]) || digit_run(text, pos + 1) < 2) return std::nullopt;
    std::size_t p = pos + 3;
    const bool hyphen = text[p] == '-';
    if (hyphen) ++p;
    else if (!allow_missing_hyphen || digit_run(text, pos + 1) != 6) return std::nullopt;
    if (hyphen && digit_run(text, p) != 4) return std::nullopt;
    std::string id{ascii::to_upper(text[pos]), text[pos + 1], text[pos + 2], '-'};
    id.append(text.substr(p, 4));
    std::size_t end = p + 4;
    if (end < text.size() && (text[end] == 'v' || text[end] == 'e') && digit_run(text, end + 1) > 0)
        end += 1 + digit_run(text, end + 1);
    if (!free_on_the_right(text, end)) return std::nullopt;
    return Parsed{std::move(id), end};
}

std::optional<Parsed> parse_in_context(std::string_view text, std::size_t pos) {
    if (auto parsed = parse_new(text, pos)) return parsed;
    return parse_old(text, pos, /*allow_missing_hyphen=*/true);
}

void add(HitSink& out, std::size_t form, std::optional<Parsed> parsed) {
    if (parsed) out.add({form, 0, parsed->end, {Source::acl, std::move(parsed->id)}});
}

// A legacy directory `L/` and `LYY/` before an old id (`P/P11/`, `P/`); returns the position
// after whichever are present.
std::size_t skip_letter_directories(std::string_view text, std::size_t p) {
    if (p + 1 < text.size() && ascii::is_alpha(text[p]) && text[p + 1] == '/') p += 2;
    if (p + 3 < text.size() && ascii::is_alpha(text[p]) && digit_run(text, p + 1) == 2 && text[p + 3] == '/') p += 4;
    return p;
}

// Where the id starts after `aclweb.org/`: anthology/, anthology-new/, the legacy directories
// anthology/P/ and anthology/P/P11/, the 2018–19 layout anthology/papers/P/P19/ and
// attachments (anthology/attachments/N19-1366.Presentation.pdf names its paper).
std::size_t aclweb_id_start(std::string_view text, std::size_t path) {
    std::size_t p = url_parts::skip_literal(text, path, "anthology/");
    if (p == npos) p = url_parts::skip_literal(text, path, "anthology-new/");
    if (p == npos) return npos;
    for (std::string_view directory : {"papers/", "attachments/"})
        if (std::size_t after = url_parts::skip_literal(text, p, directory); after != npos) return skip_letter_directories(text, after);
    return skip_letter_directories(text, p);
}

// Hosts whose paper pages sit in one directory: the id starts after `directory`.
struct DirectoryHost {
    std::string_view host;
    std::string_view directory;
};
constexpr DirectoryHost kDirectoryHosts[] = {
    {"aclanthology.info", "papers/"},
    {"aclanthology.coli.uni-saarland.de", "papers/"},  // the 2018 mirror
};

// The registrants of the ACL's DOIs (10.18653/v1/…, and 10.3115/ for older papers).
constexpr std::string_view kDoiRegistrants[] = {"18653", "3115"};

}  // namespace

void acl_new_at_dot(std::string_view text, std::size_t dot, HitSink& out, ScanMemo& memo) {
    if (dot < 4 || dot + 1 >= text.size() || !ascii::is_alpha(text[dot + 1]) || digit_run(text, dot - 4) < 4)
        return;
    const std::size_t start = dot - 4;
    if (start > 0 && (is_alnum(text[start - 1]) || text[start - 1] == '.')) return;
    if (auto parsed = parse_new(text, start)) add(out, url_parts::form_start(text, start, memo.form), std::move(parsed));
}

void acl_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo) {
    const std::size_t path = slash + 1;
    if (std::size_t url = url_parts::url_start(text, slash, "aclanthology.org"); url != npos) {
        const std::size_t attachment = url_parts::skip_literal(text, path, "attachments/");
        return add(out, url, parse_in_context(text, attachment != npos ? attachment : path));
    }
    if (std::size_t url = url_parts::url_start(text, slash, "aclweb.org"); url != npos) {
        const std::size_t id = aclweb_id_start(text, path);
        if (id != npos) add(out, url, parse_in_context(text, id));
        return;
    }
    for (const DirectoryHost& site : kDirectoryHosts) {
        const std::size_t url = url_parts::url_start(text, slash, site.host);
        if (url == npos) continue;
        const std::size_t id = url_parts::skip_literal(text, path, site.directory);
        if (id != npos) add(out, url, parse_in_context(text, id));
        return;
    }
    for (std::string_view registrant : kDoiRegistrants) {
        const std::size_t doi = url_parts::doi_start(text, slash, registrant);
        if (doi == npos) continue;
        const std::size_t id = url_parts::skip_literal(text, path, "v1/");
        if (id == npos) return;
        if (auto parsed = parse_in_context(text, id)) add(out, url_parts::form_start(text, doi, memo.form), std::move(parsed));
        return;
    }
}

void acl_label_at_hyphen(std::string_view text, std::size_t hyphen, HitSink& out) {
    if (hyphen < 3 || !ascii::is_alpha(text[hyphen - 3]) || digit_run(text, hyphen - 2) < 2) return;
    const std::size_t id = hyphen - 3;
    std::size_t label_end = id;
    while (label_end > 0 && ascii::is_space(text[label_end - 1]) && id - label_end < 16) --label_end;
    constexpr std::string_view kLabel = "Anthology ID:";
    if (label_end < kLabel.size() || !ascii::iequals(text.substr(label_end - kLabel.size(), kLabel.size()), kLabel))
        return;
    add(out, label_end - kLabel.size(), parse_old(text, id, /*allow_missing_hyphen=*/false));
}

std::optional<std::string> acl_canonical(std::string_view whole_id) {
    auto parsed = parse_new(whole_id, 0);
    if (!parsed) parsed = parse_old(whole_id, 0, /*allow_missing_hyphen=*/false);
    if (!parsed || parsed->end != whole_id.size()) return std::nullopt;
    return std::move(parsed->id);
}

}  // namespace coolpapers::grammar
