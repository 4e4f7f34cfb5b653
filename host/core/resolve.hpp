// What a right-click means: the browser's four fields in, the Cool Papers pages to open out.
//
// The fields are tried in the order selection, link, frame, page, and the first one that
// holds any id wins (v0.2.0 did the same, with page before frame). Ids from several fields are
// not merged: a selection on some paper's page means that selection, not the page as well.
// The frame goes before the page because it is where the click happened (a PDF or a paper in an
// iframe), the page only around it. No id anywhere: a selection that is a known paper title opens
// that paper (the caller supplies the title lookup, which reads the offline index); any other
// selection is searched on Cool Papers.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "paper_id.hpp"

namespace coolpapers {

struct ResolveFields {
    std::optional<std::string> selection, link, page, frame;
};

enum class ResolveOutcome {
    ids,          // ids found: `urls` open them
    search,       // no id; `urls` holds the search for the selected text
    nothing,      // no id and no usable text: nothing to open
};

struct Resolution {
    ResolveOutcome outcome = ResolveOutcome::nothing;
    std::vector<PaperId> ids;  // the ids `urls` open: at most what kMaxUrls URLs hold
    std::vector<std::string> urls;
    std::size_t ids_found = 0;  // more than ids.size() when the rest were left out
    std::string from;     // the field the ids came from ("selection", "link", "frame", "page")
    bool by_title = false;  // the id is the selected title's, from the title index
    std::string message;  // one sentence for a notification
    std::string pdf_url;  // outcome `nothing` and the frame or page is a PDF: read it for its ids
};

// A PDF's address longer than this is not read (fetch_url_too_long): no real one comes near it.
inline constexpr std::size_t kMaxPdfLocationBytes = 16 * 1024;

// The URL itself when it names a PDF (http(s) or file, path ending in .pdf) and is at most
// kMaxPdfLocationBytes long, else empty.
std::string pdf_location(std::string_view url);

// The paper whose title `text` is, when exactly one is known.
using TitleLookup = std::function<std::optional<PaperId>(std::string_view text)>;

// Selections longer than this are not looked up as titles (no title is that long).
inline constexpr std::size_t kMaxTitleBytes = 300;

Resolution resolve_fields(const ResolveFields& fields, const TitleLookup& title_lookup = {});

}  // namespace coolpapers
