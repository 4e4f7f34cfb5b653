#include "title_lookup.hpp"

#include <algorithm>
#include <cstdint>

namespace coolpapers::titles {
namespace {

// Keeps the candidates that satisfy `fits`, unless none does.
template <class Fits>
void keep_if_any(std::vector<Candidate>& cs, Fits fits) {
    if (std::any_of(cs.begin(), cs.end(), fits)) std::erase_if(cs, [&](const Candidate& c) { return !fits(c); });
}

}  // namespace

std::vector<Candidate> narrow_candidates(std::vector<Candidate> cs, const TitleHints& hints) {
    // Filters: the page names another source, or a main venue where the candidate is a workshop paper.
    if (hints.source) std::erase_if(cs, [&](const Candidate& c) { return c.paper.source != *hints.source; });
    if (hints.workshop == false) std::erase_if(cs, [](const Candidate& c) { return c.workshop; });
    // Ranks.
    if (hints.year) keep_if_any(cs, [&](const Candidate& c) { return c.year == *hints.year; });
    if (!hints.venue.empty()) keep_if_any(cs, [&](const Candidate& c) { return c.venue == hints.venue; });
    const bool want_workshop = hints.workshop.value_or(false);
    keep_if_any(cs, [&](const Candidate& c) { return c.workshop == want_workshop; });
    return cs;
}

TitleMatch lookup_title(const TitleIndex& index, std::string_view title, const TitleHints& hints) {
    TitleMatch match;
    const TitleKey key = make_title_key(title, index.folds());
    if (key.key.size() < kMinTitleKey) return match;
    std::vector<std::uint64_t> prefix_hashes;
    prefix_hashes.reserve(key.words.size());
    std::uint64_t h = kFnvOffset;
    std::size_t from = 0;
    for (const WordEnd& w : key.words) {
        h = fnv1a(std::string_view(key.key).substr(from, w.key_end - from), h);
        prefix_hashes.push_back(h);
        from = w.key_end;
    }
    for (std::size_t k = key.words.size(); k-- > 0;) {
        const WordEnd& w = key.words[k];
        const bool exact = k + 1 == key.words.size();
        if (!exact && (!w.strong || w.key_end < kMinPrefixKey)) continue;
        const auto [first, last] = index.equal_range(prefix_hashes[k]);
        if (first == last) continue;
        std::vector<Candidate> cs;
        for (std::size_t i = first; i < last; ++i) {
            Candidate c = index.entry(i);
            if (!c.paper.id.empty() && std::find(cs.begin(), cs.end(), c) == cs.end()) cs.push_back(std::move(c));
        }
        if (cs.empty()) continue;
        match.candidates = narrow_candidates(std::move(cs), hints);
        if (match.candidates.empty()) return TitleMatch{};  // the page rules them all out: no id
        match.kind = match.candidates.size() == 1 ? TitleMatchKind::unique : TitleMatchKind::ambiguous;
        match.exact = exact;
        match.matched_length = exact ? title.size() : w.text_end;
        return match;  // the longest match decides, even when it is ambiguous
    }
    return match;
}

}  // namespace coolpapers::titles
