// What a right-click means: the browser's four fields in, the Cool Papers pages to open out.
//
// The fields are tried in the order selection, link, frame, page, and the first one that
// holds any id wins (v0.2.0 did the same, with page before frame). Ids from several fields are
// not merged: a selection on some paper's page means that selection, not the page as well.
// The frame goes before the page because it is where the click happened (a PDF or a paper in an
// iframe), the page only around it. No id anywhere: search Cool Papers for the selected text.
#pragma once

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
    std::vector<PaperId> ids;
    std::vector<std::string> urls;
    std::string from;     // the field the ids came from ("selection", "link", "frame", "page")
    std::string message;  // one sentence for a notification
    std::string pdf_url;  // outcome `nothing` and the frame or page is a PDF: read it for its ids
};

// The URL itself when it names a PDF (http(s) or file, path ending in .pdf), else empty.
std::string pdf_location(std::string_view url);

Resolution resolve_fields(const ResolveFields& fields);

}  // namespace coolpapers
