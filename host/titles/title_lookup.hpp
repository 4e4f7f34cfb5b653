// Title → paper id, exact and offline, never a guess:
//
//   auto m = lookup_title(index, "Distributed Representations of Sentences and Documents",
//                         TitleHints{.year = 2014, .source = Source::pmlr});
//   if (m.kind == TitleMatchKind::unique) use(m.candidates[0].paper);   // {pmlr, "le14@v32"}
//
// The whole title is tried first, then ever shorter prefixes that end a word before a title-ending
// mark (`:` `.` `?` `!` `—` `(` `|`, a line break), so "Title: a subtitle the index lacks" and
// "Title⏎Author Names" still match; a prefix ending in plain words does not ("one word different"
// must not find a shorter title). Pass line breaks through as '\n'.
//
// Several ids for one title (the tie-break, narrow_candidates, shared by every title lookup):
//   - what the page states rules candidates out: a candidate of another source than the page
//     names, or a workshop paper when the page names a main venue, is never taken, even alone;
//     when none is left the match is `none` and the caller falls back to a title search;
//   - year and venue only rank (each only when some candidate fits it): a printed year can be
//     the template's (a UAI 2025 PDF prints "UAI 2024, PMLR 244"), and so can a PMLR volume,
//     which is not a hint at all;
//   - then a main-venue paper beats workshop papers unless the page names a workshop.
// More than one left: `ambiguous`, with all of them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "title_index.hpp"

namespace coolpapers::titles {

// What a page states about the paper; every field empty = unknown.
struct TitleHints {
    std::optional<int> year{};        // ranks
    std::optional<Source> source{};   // filters: e.g. pmlr from "JMLR: W&CP", ijcai from "(IJCAI-17)"
    std::string venue{};              // ranks: lower-case short name as in Candidate::venue ("" = none)
    std::optional<bool> workshop{};   // true: the page names a workshop (ranks); false: it names a
                                      // main venue and no workshop (filters out workshop papers)
};

enum class TitleMatchKind { none, unique, ambiguous };

struct TitleMatch {
    TitleMatchKind kind = TitleMatchKind::none;
    std::vector<Candidate> candidates;  // unique: the one; ambiguous: all that remain
    bool exact = false;                 // the whole title matched, not a prefix of it
    std::size_t matched_length = 0;     // bytes of the title the match covers (a prefix)
};

// Titles shorter than this many key characters are too generic to look up ("Introduction").
inline constexpr std::size_t kMinTitleKey = 8;
// A prefix match needs at least this many key characters.
inline constexpr std::size_t kMinPrefixKey = 16;

TitleMatch lookup_title(const TitleIndex& index, std::string_view title, const TitleHints& hints = {});

// The tie-break above, on the candidates of one title: those the page allows, best first; empty
// when the page rules every candidate out.
std::vector<Candidate> narrow_candidates(std::vector<Candidate> candidates, const TitleHints& hints);

}  // namespace coolpapers::titles
