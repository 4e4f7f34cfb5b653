// The decisions about a PDF, on plain facts (pdf_facts.hpp): which ids are the paper's own, what
// its title is, which venue it names. Pure, so it is tested without poppler (spec: pdf.md §7).
//
//   Findings f = find_own(facts);   // page-1 arXiv stamp, stamp /Title, header/footer DOIs
//   auto cited = find_cited(facts); // --all: every id in the pages read
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/paper_id.hpp"
#include "meta_title.hpp"
#include "pdf_facts.hpp"
#include "venue.hpp"

namespace coolpapers::pdf {

struct Findings {
    std::vector<PaperId> ids;  // the paper's own, best signal first
    std::string title;         // "" when none was found
    std::optional<Venue> venue;
};

// A text line of page 1 built from word boxes (exposed for tests and the dump tool).
struct Line {
    std::string text;  // words joined as poppler spaced them
    int rotation = 0;
    double font_size = 0;  // the largest in the line
    Rect box;
    std::size_t first = 0, last = 0;  // word indices [first, last)
};
std::vector<Line> build_lines(const std::vector<Word>& words);

// The arXiv id of a margin stamp `arXiv:<id>v<N> [<cat>] <D Mon YYYY>` (old ids too), when
// `text` is exactly one.
std::optional<PaperId> stamp_id(std::string_view text);

// The title from page-1 typography: the first block of largest-font lines, small caps merged.
std::string typeset_title(const PdfFacts& facts, const std::vector<Line>& lines);

// The venue named in the header or footer text of page 1.
std::optional<Venue> find_venue(std::string_view header_footer_text);

Findings find_own(const PdfFacts& facts);

// Every paper id in the pages read, in order (--all).
std::vector<PaperId> find_cited(const PdfFacts& facts);

}  // namespace coolpapers::pdf
