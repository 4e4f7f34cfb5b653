// IJCAI papers (spec §6): ijcai.org/proceedings/YEAR/NUM URLs and 10.24963/ijcai.YEAR/NUM DOIs.
// Canonical id NUM@YEAR with NUM unpadded (0010 → 10).
#include "ascii.hpp"
#include "grammar.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {
namespace {

using ascii::digit_run;
using url_parts::npos;

struct Parsed {
    std::string id;
    std::size_t end;
};

// YEAR '/' NUM at `pos`; the caller checks what may follow NUM.
std::optional<Parsed> parse_year_and_number(std::string_view text, std::size_t pos) {
    if (digit_run(text, pos) != 4 || text.substr(pos, 2) != "20" || !ascii::char_at_is(text, pos + 4, '/'))
        return std::nullopt;
    const std::size_t num = pos + 5;
    const std::size_t len = digit_run(text, num);
    if (len < 1 || len > 4) return std::nullopt;
    auto id = ijcai_canonical(text.substr(num, len), text.substr(pos, 4));
    if (!id) return std::nullopt;
    return Parsed{std::move(*id), num + len};
}

}  // namespace

std::optional<std::string> ijcai_canonical(std::string_view num, std::string_view year) {
    if (num.empty() || num.size() > 4 || digit_run(num, 0) != num.size()) return std::nullopt;
    if (year.size() != 4 || digit_run(year, 0) != 4 || year.substr(0, 2) != "20") return std::nullopt;
    const unsigned value = ascii::digits_value(num);
    if (value == 0) return std::nullopt;
    return std::to_string(value) + '@' + std::string(year);
}

void ijcai_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo) {
    if (std::size_t url = url_parts::url_start(text, slash, "ijcai.org"); url != npos) {
        const std::size_t p = url_parts::skip_literal(text, slash + 1, "proceedings/");
        if (p == npos) return;
        auto parsed = parse_year_and_number(text, p);
        if (parsed && !(parsed->end < text.size() && ascii::is_alnum(text[parsed->end])))
            out.add({url, 0, parsed->end, {Source::ijcai, std::move(parsed->id)}});
        return;
    }
    if (std::size_t doi = url_parts::doi_start(text, slash, "24963"); doi != npos) {
        const std::size_t p = url_parts::skip_literal(text, slash + 1, "ijcai.");
        if (p == npos) return;
        auto parsed = parse_year_and_number(text, p);
        if (parsed && !(parsed->end < text.size() && ascii::is_digit(text[parsed->end])))
            out.add({url_parts::form_start(text, doi, memo.form), 0, parsed->end, {Source::ijcai, std::move(parsed->id)}});
    }
}

}  // namespace coolpapers::grammar
