// The reply body of `coolpapers pdf --json` and of the host's resolve_pdf:
// {"ids":[{"source","id"}…],"title":"…","urls":[…],"venue":"ICLR 2018","hints":{…},"pages_read":N}
// urls: the papers.cool pages for the ids, else the Cool Papers search for the title.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/paper_id.hpp"
#include "venue.hpp"

namespace coolpapers::pdf {

nlohmann::json make_reply(const std::vector<PaperId>& ids, const std::string& title,
                          const std::optional<Venue>& venue, int pages_read);

// The same without "urls": what the helper sends (the host makes the urls, add_urls).
nlohmann::json reply_without_urls(const std::vector<PaperId>& ids, const std::string& title,
                                  const std::optional<Venue>& venue, int pages_read);

// Sets a reply's "urls" from its "ids" and "title" (see above). Separate so that the host makes
// the title search URL only when the title index found no id.
void add_urls(nlohmann::json& reply);

// Caps on what a reply carries: a PDF's /Title or first-page title line can be any length.
inline constexpr std::size_t kMaxTitleBytes = 1000;
inline constexpr std::size_t kMaxErrorMessageBytes = 300;

// What the host passes on from a helper, rebuilt from its text: the helper is hostile (one
// poppler bug away from an attacker's). The size and nesting are checked before parsing;
// ids are kept only when the extractor reads each back from its own papers.cool URL; the title
// is cut to kMaxTitleBytes; venue hints keep known fields and types; `urls` is never taken from
// the helper (the caller makes them with add_urls). An error keeps a pdf_/fetch_ code and a
// short message; a download's report keeps its byte count. nullopt for anything else.
std::optional<nlohmann::json> rebuild_helper_reply(std::string_view text);

// nlohmann's dump, safe for PDF text that is not valid UTF-8.
std::string dump_json(const nlohmann::json& value);

}  // namespace coolpapers::pdf
