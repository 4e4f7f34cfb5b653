#include "extract.hpp"

#include <algorithm>
#include <unordered_set>

#include "ascii.hpp"
#include "byte_scan.hpp"
#include "grammar.hpp"
#include "normalize.hpp"
#include "percent.hpp"

namespace coolpapers {
namespace {

using ascii::is_alnum;
using ascii::is_digit;

// Every id form contains one of these bytes; the scan skips everything else.
constexpr byte_scan::ByteSet kTriggers({'.', '/', '-', '%'});

struct Span {
    std::size_t start, end;
};

// One pass over `text`: dispatch each trigger to the grammars that can start there, and note the
// tokens holding %XX escapes (when `percent_tokens` is given) for a second, decoded look.
Hits scan(std::string_view text, std::vector<Span>* percent_tokens, ExtractCost* cost) {
    Hits hits;
    grammar::ScanMemo memo;
    std::size_t token_end = 0;  // end of the last percent token noted
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        i = byte_scan::find(text, i, kTriggers);
        if (i >= n) break;
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
                if (percent_tokens && i >= token_end && is_percent_escape(text, i)) {
                    std::size_t start = i, end = i;
                    while (start > 0 && !ascii::is_space(text[start - 1])) --start;
                    while (end < n && !ascii::is_space(text[end])) ++end;
                    percent_tokens->push_back({start, end});
                    token_end = end;
                }
                break;
        }
    }
    if (cost) cost->bytes_examined += memo.bytes_walked + memo.form.walked;
    return hits;
}

// The line-break repair's question: does an id end exactly at `pos` of `token`?
IdEndProbe id_end_probe(ExtractCost* cost) {
    return [cost](std::string_view token, std::size_t pos) {
        const Hits hits = scan(token, nullptr, cost);
        return std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.end == pos; });
    };
}

// Hits of a percent-decoded token count at the token's start, after its raw hits.
void add_decoded_hits(std::string_view text, Span token, Hits& hits, ExtractCost* cost) {
    std::string decoded = percent_decode(text.substr(token.start, token.end - token.start));
    if (auto folded = fold_characters(decoded)) decoded = std::move(*folded);
    for (Hit& h : scan(decoded, nullptr, cost)) hits.push_back({token.start, 1 + h.pos, h.end, std::move(h.paper)});
}

std::vector<PaperId> first_appearances(Hits& hits) {
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.pos != b.pos) return a.pos < b.pos;
        if (a.sub != b.sub) return a.sub < b.sub;
        return a.end < b.end;
    });
    std::vector<PaperId> ids;
    std::unordered_set<std::string> seen;
    for (Hit& h : hits) {
        std::string key = std::string(source_name(h.paper.source)) + ':' + h.paper.id;
        if (seen.insert(std::move(key)).second) ids.push_back(std::move(h.paper));
    }
    return ids;
}

}  // namespace

Hits scan_normalized(std::string_view text) { return scan(text, nullptr, nullptr); }

std::vector<PaperId> extract_ids(std::string_view text, ExtractCost* cost) {
    std::string storage;
    RepairCost repair;
    const std::string_view normalized = normalize(text, storage, id_end_probe(cost), &repair);
    if (cost) cost->bytes_examined += repair.bytes_examined;
    std::vector<Span> percent_tokens;
    Hits hits = scan(normalized, &percent_tokens, cost);
    for (Span token : percent_tokens) add_decoded_hits(normalized, token, hits, cost);
    if (hits.empty()) return {};
    return first_appearances(hits);
}

}  // namespace coolpapers
