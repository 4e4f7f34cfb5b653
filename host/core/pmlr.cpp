// PMLR papers (spec §7): proceedings.mlr.press/vNNN/KEY(.html|.pdf|.zip|/…) URLs, the legacy
// jmlr.org/proceedings/papers/ host, and BibTeX keys pmlr-vNNN-KEY. Canonical id KEY@vNNN.
#include "ascii.hpp"
#include "grammar.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {
namespace {

using ascii::digit_run;
using url_parts::npos;

std::size_t key_length(std::string_view text, std::size_t pos) {
    if (pos >= text.size() || !ascii::is_alnum(text[pos])) return 0;
    std::size_t n = 1;
    while (pos + n < text.size() && ascii::is_word(text[pos + n])) ++n;
    return n;
}

// What may follow a key in a URL. Returns the end of the URL part that names the paper and
// whether the key is a supplement file name (`…-supp.pdf`), or npos when nothing valid follows.
struct Tail {
    std::size_t end;
    bool file;
};
std::optional<Tail> url_tail(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return Tail{pos, false};
    const char c = text[pos];
    if (c == '/') return Tail{pos, false};
    if (c == '.') {
        for (std::string_view ext : {".html", ".pdf", ".zip"}) {
            const std::size_t after = url_parts::skip_literal(text, pos, ext);
            if (after != npos && (after == text.size() || !ascii::is_alnum(text[after])))
                return Tail{pos, ext != ".html"};
        }
        const bool sentence_end = pos + 1 == text.size() || ascii::is_space(text[pos + 1]);
        if (sentence_end) return Tail{pos, false};
        return std::nullopt;
    }
    if (ascii::is_word(c)) return std::nullopt;
    return Tail{pos, false};  // whitespace, '?', '#', or other punctuation
}

// VOL '/' KEY TAIL at `pos` (just after the host and its path).
void parse_volume_and_key(std::string_view text, std::size_t pos, std::size_t form, HitSink& out) {
    if (pos >= text.size() || ascii::to_lower(text[pos]) != 'v') return;
    const std::size_t vol_digits = digit_run(text, pos + 1);
    if (vol_digits == 0 || vol_digits > 4 || !ascii::char_at_is(text, pos + 1 + vol_digits, '/')) return;
    const std::string_view volume = text.substr(pos + 1, vol_digits);
    const std::size_t key = pos + 2 + vol_digits;
    const std::size_t len = key_length(text, key);
    const auto tail = url_tail(text, key + len);
    if (len == 0 || !tail) return;
    std::string_view name = text.substr(key, len);
    if (tail->file && ascii::iends_with(name, "-supp")) name.remove_suffix(5);
    if (auto id = pmlr_canonical(name, volume)) out.add({form, 0, tail->end, {Source::pmlr, std::move(*id)}});
}

}  // namespace

std::optional<std::string> pmlr_canonical(std::string_view key, std::string_view volume) {
    if (ascii::istarts_with(volume, "v")) volume.remove_prefix(1);
    if (volume.empty() || volume.size() > 4 || digit_run(volume, 0) != volume.size()) return std::nullopt;
    if (key_length(key, 0) != key.size() || key.find_first_of("0123456789") == std::string_view::npos)
        return std::nullopt;
    return std::string(key) + "@v" + std::string(volume);
}

void pmlr_at_slash(std::string_view text, std::size_t slash, HitSink& out) {
    if (std::size_t url = url_parts::url_start(text, slash, "proceedings.mlr.press"); url != npos)
        return parse_volume_and_key(text, slash + 1, url, out);
    if (std::size_t url = url_parts::url_start(text, slash, "jmlr.org"); url != npos) {
        const std::size_t p = url_parts::skip_literal(text, slash + 1, "proceedings/papers/");
        if (p != npos) parse_volume_and_key(text, p, url, out);
    }
}

void pmlr_key_at_hyphen(std::string_view text, std::size_t hyphen, HitSink& out) {
    if (hyphen < 4 || !ascii::iequals(text.substr(hyphen - 4, 4), "pmlr")) return;
    const std::size_t start = hyphen - 4;
    if (start > 0 && ascii::is_word(text[start - 1])) return;
    const std::size_t v = hyphen + 1;
    if (v >= text.size() || ascii::to_lower(text[v]) != 'v') return;
    const std::size_t vol_digits = digit_run(text, v + 1);
    if (vol_digits == 0 || !ascii::char_at_is(text, v + 1 + vol_digits, '-')) return;
    const std::size_t key = v + 2 + vol_digits;
    const std::size_t len = key_length(text, key);
    if (len == 0) return;
    if (auto id = pmlr_canonical(text.substr(key, len), text.substr(v + 1, vol_digits)))
        out.add({start, 0, key + len, {Source::pmlr, std::move(*id)}});
}

}  // namespace coolpapers::grammar
