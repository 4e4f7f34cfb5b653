// arXiv identifiers (spec §3): new style YYMM.NNNN(N) found at its '.', old style
// archive(.SC)/YYMMNNN found at its '/'. Versions are dropped; old ids drop the subject class.
#include <re2/re2.h>

#include "ascii.hpp"
#include "grammar.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {
namespace {

using ascii::digit_run;
using ascii::digits_value;
using ascii::is_digit;

// After an id's digits: an optional version `v[0-9]+`. Returns the end of the id as written.
std::size_t skip_version(std::string_view text, std::size_t pos) {
    if (ascii::char_at_is(text, pos, 'v') && digit_run(text, pos + 1) > 0)
        return pos + 1 + digit_run(text, pos + 1);
    return pos;
}

// Right boundary shared by both schemes: not followed by a digit, nor by ". digit".
bool free_on_the_right(std::string_view text, std::size_t end) {
    if (end < text.size() && is_digit(text[end])) return false;
    return !(ascii::char_at_is(text, end, '.') && end + 1 < text.size() && is_digit(text[end + 1]));
}

bool valid_new_yymm(unsigned yy, unsigned mm) {
    return mm >= 1 && mm <= 12 && yy >= 7 && !(yy == 7 && mm < 4);
}

// YY MM from 9107 to 0703 (1991-07 … 2007-03).
bool valid_old_yymm(unsigned yy, unsigned mm) {
    if (mm < 1 || mm > 12) return false;
    const unsigned yyyymm = (yy >= 91 ? 1900 + yy : 2000 + yy) * 100 + mm;
    return yyyymm >= 199107 && yyyymm <= 200703;
}

// ARCHIVE ( '.' [A-Za-z-]{2,} )? — the old-scheme archives (case-insensitive).
const RE2& old_archive_re() {
    static const RE2 re(
        "(?i)(acc-phys|adap-org|alg-geom|ao-sci|astro-ph|atom-ph|bayes-an|chao-dyn|chem-ph|cmp-lg|"
        "comp-gas|cond-mat|cs|dg-ga|funct-an|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|math|"
        "mtrl-th|nlin|nucl-ex|nucl-th|patt-sol|physics|plasm-ph|q-alg|q-bio|quant-ph|solv-int|"
        "supr-con)(?:\\.[a-z-]{2,})?");
    return re;
}

// The hyphenated archives, for the lost-hyphen form (`arXiv:hepph/0503134`, spec §3.1 added
// 2026-12): the name as written without its hyphen → the archive.
std::string_view archive_missing_hyphen(std::string_view written) {
    static constexpr std::string_view kHyphenated[] = {
        "acc-phys", "adap-org", "alg-geom", "ao-sci",  "astro-ph", "atom-ph",  "bayes-an", "chao-dyn",
        "chem-ph",  "cmp-lg",   "comp-gas", "cond-mat", "dg-ga",   "funct-an", "gr-qc",    "hep-ex",
        "hep-lat",  "hep-ph",   "hep-th",   "math-ph", "mtrl-th",  "nucl-ex",  "nucl-th",  "patt-sol",
        "plasm-ph", "q-alg",    "q-bio",    "quant-ph", "solv-int", "supr-con"};
    for (std::string_view archive : kHyphenated) {
        const std::size_t hyphen = archive.find('-');
        if (written.size() + 1 == archive.size() &&
            ascii::iequals(written.substr(0, hyphen), archive.substr(0, hyphen)) &&
            ascii::iequals(written.substr(hyphen), archive.substr(hyphen + 1)))
            return archive;
    }
    return {};
}

// True when `arXiv:` (any case, one optional space) ends right at `pos`.
bool after_arxiv_label(std::string_view text, std::size_t pos) {
    if (pos > 0 && text[pos - 1] == ' ') --pos;
    constexpr std::string_view kLabel = "arXiv:";
    return pos >= kLabel.size() && ascii::iequals(text.substr(pos - kLabel.size(), kLabel.size()), kLabel);
}

}  // namespace

void arxiv_new_at_dot(std::string_view text, std::size_t dot, HitSink& out, ScanMemo& memo) {
    if (dot < 4 || digit_run(text, dot - 4) < 4) return;
    const std::size_t start = dot - 4;
    if (start > 0 && is_digit(text[start - 1])) return;                            // 12401.12345
    if (start > 1 && text[start - 1] == '.' && is_digit(text[start - 2])) return;  // 3.1706.03762
    const unsigned yy = digits_value(text.substr(start, 2));
    const unsigned mm = digits_value(text.substr(start + 2, 2));
    if (!valid_new_yymm(yy, mm)) return;
    const std::size_t seq_len = digit_run(text, dot + 1);
    const std::size_t wanted = (yy * 100 + mm <= 1412) ? 4 : 5;
    if (seq_len != wanted) return;
    const std::string_view seq = text.substr(dot + 1, seq_len);
    if (seq.find_first_not_of('0') == std::string_view::npos) return;  // 2401.00000
    const std::size_t end = skip_version(text, dot + 1 + seq_len);
    if (!free_on_the_right(text, end)) return;
    out.add({url_parts::form_start(text, start, memo.form), 0, end,
                   {Source::arxiv, std::string(text.substr(start, 5 + seq_len))}});
}

void arxiv_old_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo) {
    if (digit_run(text, slash + 1) != 7 || slash == 0 || !ascii::is_alpha(text[slash - 1])) return;
    const std::string_view number = text.substr(slash + 1, 7);
    if (!valid_old_yymm(digits_value(number.substr(0, 2)), digits_value(number.substr(2, 2))) ||
        number.substr(4) == "000")
        return;
    std::size_t seg = slash;
    while (seg > 0 && (ascii::is_alpha(text[seg - 1]) || text[seg - 1] == '-' || text[seg - 1] == '.'))
        --seg;
    if (seg > 0 && is_digit(text[seg - 1])) return;
    std::string_view archive = text.substr(seg, slash - seg);
    if (ascii::istarts_with(archive, "arxiv.")) archive.remove_prefix(6);  // DOI 10.48550/arXiv.hep-th/…
    re2::StringPiece name;
    std::string_view archive_name;
    if (RE2::FullMatch(re2::StringPiece(archive.data(), archive.size()), old_archive_re(), &name))
        archive_name = std::string_view(name.data(), name.size());
    else if (after_arxiv_label(text, seg))
        archive_name = archive_missing_hyphen(archive);
    if (archive_name.empty()) return;
    std::string id;
    for (char c : archive_name) id.push_back(ascii::to_lower(c));
    id += '/';
    id += number;
    const std::size_t end = skip_version(text, slash + 8);
    out.add({url_parts::form_start(text, seg, memo.form), 0, end, {Source::arxiv, std::move(id)}});
}

}  // namespace coolpapers::grammar
