// Resolving a PDF (a local file, a file:// URL or an http(s) URL) to the paper's own ids and
// title, for `coolpapers pdf` and the host's `resolve_pdf`. The parsing itself runs in a child
// process (coolpapers-pdf) so that this binary never loads poppler.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace coolpapers::pdf {

struct PdfOptions {
    bool all = false;  // every cited paper id instead of the paper's own
};

// Returns the reply body {"ids":[…],"title":"…","urls":[…],"venue":"…","pages_read":N}, or
// {"error":{"code":"…","message":"…"}} when the PDF cannot be had or read.
nlohmann::json resolve_pdf(std::string_view location, const PdfOptions& options);

}  // namespace coolpapers::pdf
