#include "extract.hpp"

#include <string>

#include "ascii.hpp"
#include "byte_scan.hpp"
#include "grammar.hpp"
#include "normalize.hpp"
#include "percent.hpp"
#include "url_parts.hpp"

namespace coolpapers {
namespace {

using ascii::is_alnum;
using ascii::is_digit;

// Every id form contains one of these bytes; the scan skips everything else.
constexpr byte_scan::ByteSet kTriggers({'.', '/', '-', '%'});

// The URL and DOI grammars need a dotted name right before their '/' (a host such as
// openreview.net, a DOI prefix such as 10.18653): a '.' among the last kMaxHostLength bytes of
// the run of letters, digits, '.' and '-' there. Without one, only an old arXiv id can stand there.
bool after_dotted_name(std::string_view text, std::size_t slash) {
    const std::size_t bound = slash > url_parts::kMaxHostLength ? slash - url_parts::kMaxHostLength : 0;
    for (std::size_t i = slash; i > bound; --i) {
        const char c = text[i - 1];
        if (c == '.') return true;
        if (!is_alnum(c) && c != '-') return false;
    }
    return false;
}

struct Span {
    std::size_t start, end;
};

void add_decoded_hits(std::string_view text, Span token, HitSink& hits, ExtractCost* cost);

// One pass over `text`: dispatch each trigger to the grammars that can start there, and give the
// tokens holding %XX escapes (when `decode_percent_tokens`) a second, decoded look as they come
// (noting them all for later held 16 bytes per token: 32 MiB for 8 MiB of "%41 ").
void scan(std::string_view text, HitSink& hits, bool decode_percent_tokens, ExtractCost* cost) {
    grammar::ScanMemo memo;
    std::size_t token_end = 0;  // end of the last percent token noted
    const std::size_t n = text.size();
    byte_scan::Positions triggers(text, kTriggers);
    for (std::size_t i = triggers.next(0); i < n; i = triggers.next(i + 1)) {
        switch (text[i]) {
            case '.':
                if (i >= 4 && is_digit(text[i - 1]) && i + 1 < n) {
                    if (is_digit(text[i + 1])) grammar::arxiv_new_at_dot(text, i, hits, memo);
                    else if (ascii::is_alpha(text[i + 1])) grammar::acl_new_at_dot(text, i, hits, memo);
                }
                break;
            case '/':
                if (i > 0 && is_alnum(text[i - 1])) {
                    grammar::arxiv_old_at_slash(text, i, hits, memo);
                    if (!after_dotted_name(text, i)) break;
                    if (cost) ++cost->url_grammar_runs;
                    grammar::openreview_at_slash(text, i, hits, memo);
                    grammar::acl_at_slash(text, i, hits, memo);
                    grammar::ijcai_at_slash(text, i, hits, memo);
                    grammar::pmlr_at_slash(text, i, hits);
                    grammar::papers_cool_at_slash(text, i, hits, memo);
                }
                break;
            case '-':
                if (i >= 3 && ascii::to_lower(text[i - 1]) == 'r') grammar::pmlr_key_at_hyphen(text, i, hits);
                else if (i >= 3 && is_digit(text[i - 1])) grammar::acl_label_at_hyphen(text, i, hits);
                break;
            case '%':
                if (decode_percent_tokens && i >= token_end && is_percent_escape(text, i)) {
                    std::size_t start = i, end = i;
                    while (start > 0 && !ascii::is_space(text[start - 1])) --start;
                    while (end < n && !ascii::is_space(text[end])) ++end;
                    add_decoded_hits(text, {start, end}, hits, cost);
                    token_end = end;
                }
                break;
        }
    }
    if (cost) cost->bytes_examined += memo.bytes_walked + memo.form.walked;
}

// Every hit, as found.
class HitList final : public HitSink {
public:
    void add(Hit hit) override { hits.push_back(std::move(hit)); }
    Hits hits;
};

// Whether some hit ends exactly at `pos`.
class EndsAt final : public HitSink {
public:
    explicit EndsAt(std::size_t pos) : pos_(pos) {}
    void add(Hit hit) override { found = found || hit.end == pos_; }
    bool found = false;

private:
    std::size_t pos_;
};

// Hits of a percent-decoded token count at the token's start, after its raw hits.
class AtToken final : public HitSink {
public:
    AtToken(HitSink& to, std::size_t start) : to_(to), start_(start) {}
    void add(Hit hit) override { to_.add({start_, 1 + hit.pos, hit.end, std::move(hit.paper)}); }

private:
    HitSink& to_;
    std::size_t start_;
};

// arXiv, ACL and IJCAI ids end in a digit; only PMLR keys, OpenReview ids and papers.cool
// elements can end in a letter, and each needs its site's name before it: "mlr"
// (proceedings.mlr.press, jmlr.org, pmlr-), "openreview", "papers.cool". Without a digit before
// `pos` nor one of those names, no id ends at `pos`, and the probe need not scan (a URL token
// joined over lines that each end in "a." was scanned again at every line).
constexpr byte_scan::ByteSet kSiteNameAnchors({'m', 'M', 'v', 'V', 'c', 'C'});

bool may_end_an_id(std::string_view token, std::size_t pos) {
    if (pos == 0 || pos > token.size()) return false;
    if (is_digit(token[pos - 1])) return true;
    const std::string_view before = token.substr(0, pos);
    byte_scan::Positions anchors(before, kSiteNameAnchors);
    for (std::size_t i = anchors.next(0); i < before.size(); i = anchors.next(i + 1)) {
        const auto named = [&](std::string_view name, std::size_t anchor) {
            return i >= anchor && ascii::istarts_with(before.substr(i - anchor), name);
        };
        if (named("mlr", 0) || named("openreview", 6) || named("papers.cool", 7)) return true;
    }
    return false;
}

// The line-break repair's question: does an id end exactly at `pos` of `token`?
IdEndProbe id_end_probe(ExtractCost* cost) {
    return [cost](std::string_view token, std::size_t pos) {
        if (!may_end_an_id(token, pos)) return false;
        if (cost) ++cost->probe_scans;
        EndsAt ends(pos);
        scan(token, ends, false, cost);
        return ends.found;
    };
}

// The decoded token's hits count at its start, after the raw hits there (their `sub` is 0), so
// that looking at each token as the scan meets it orders ids as looking at all of them after.
void add_decoded_hits(std::string_view text, Span token, HitSink& hits, ExtractCost* cost) {
    std::string decoded = percent_decode(text.substr(token.start, token.end - token.start));
    if (auto folded = fold_characters(decoded)) decoded = std::move(*folded);
    AtToken at_token(hits, token.start);
    scan(decoded, at_token, false, cost);
}

}  // namespace

Hits scan_normalized(std::string_view text) {
    HitList all;
    scan(text, all, false, nullptr);
    return std::move(all.hits);
}

std::vector<PaperId> extract_ids(std::string_view text, ExtractCost* cost) { return Extractor().ids(text, cost); }

FirstIds extract_first_ids(std::string_view text, std::size_t max_ids, ExtractCost* cost) {
    return Extractor().first_ids(text, max_ids, cost);
}

void Extractor::scan_into(FirstAppearances& firsts, std::string_view text, ExtractCost* cost, bool ascii_without_backslash) {
    RepairCost repair;
    const std::string_view normalized = normalize(text, buffers_, id_end_probe(cost), &repair, ascii_without_backslash);
    if (cost) cost->bytes_examined += repair.bytes_examined;
    scan(normalized, firsts, true, cost);
    if (cost) cost->ids_held = firsts.held();
}

std::vector<PaperId> Extractor::ids(std::string_view text, ExtractCost* cost, bool ascii_without_backslash) {
    FirstAppearances firsts;
    scan_into(firsts, text, cost, ascii_without_backslash);
    return std::move(firsts).ids();
}

FirstIds Extractor::first_ids(std::string_view text, std::size_t max_ids, ExtractCost* cost) {
    FirstAppearances firsts(max_ids);
    scan_into(firsts, text, cost, false);
    const std::size_t found = firsts.found();
    return {std::move(firsts).ids(), found};
}

}  // namespace coolpapers
