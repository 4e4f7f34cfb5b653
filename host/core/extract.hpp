// The extractor: one text in, the paper ids it contains out (spec §2).
//
//   auto ids = coolpapers::extract_ids("see arXiv:2305.10601v2 and https://openreview.net/forum?id=YicbFdNTTy");
//   // → {arxiv, "2305.10601"}, {openreview, "YicbFdNTTy"}
//
// Pure: no I/O, no global state; regexes are compiled on first use only.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "first_appearances.hpp"
#include "normalize.hpp"
#include "paper_id.hpp"

namespace coolpapers {

// What an extraction examined beyond its passes over the text: the bytes walked in windows
// around triggers (venue lists, query strings, tokens joined across lines, id probes). Tests
// hold it proportional to the text on hostile input, where re-scanned windows made it quadratic.
// `ids_held` is what the extraction kept of its hits: one entry per distinct id, however many
// times each appears (sorting every hit made 700,000 copies of one id the slowest text of all),
// at most `max_ids` of them for extract_first_ids.
// `url_grammar_runs` counts the '/' where the URL and DOI grammars ran (only after a dotted name),
// `probe_scans` the line-break repair's questions that needed a scan of the token's end.
struct ExtractCost {
    std::size_t bytes_examined = 0;
    std::size_t ids_held = 0;
    std::size_t url_grammar_runs = 0;
    std::size_t probe_scans = 0;
};

// Every id in `text` (any bytes), canonical, de-duplicated, in order of first appearance.
std::vector<PaperId> extract_ids(std::string_view text, ExtractCost* cost = nullptr);

// The first `max_ids` of those ids, and how many distinct ids the text holds: exact up to
// `max_ids`, past it counted by fingerprint (a lower bound; see FirstAppearances). What the host
// needs to open a few thousand ids of a text that may hold 800,000, in a few MiB.
struct FirstIds {
    std::vector<PaperId> ids;
    std::size_t found = 0;
};
FirstIds extract_first_ids(std::string_view text, std::size_t max_ids, ExtractCost* cost = nullptr);

// The same for many texts one after another (`ids --jsonl`): the normalisation's copies reuse
// their buffers, so that a text costs no allocation for them once they have grown.
class Extractor {
public:
    // `ascii_without_backslash`: the caller knows it of `text` (see normalize).
    std::vector<PaperId> ids(std::string_view text, ExtractCost* cost = nullptr, bool ascii_without_backslash = false);
    FirstIds first_ids(std::string_view text, std::size_t max_ids, ExtractCost* cost = nullptr);

private:
    void scan_into(FirstAppearances& firsts, std::string_view text, ExtractCost* cost, bool ascii_without_backslash);
    NormalizeBuffers buffers_;
};

// The matching step alone, on already normalised text: every hit, unsorted, duplicates kept.
Hits scan_normalized(std::string_view text);

}  // namespace coolpapers
