// The reply body of `coolpapers pdf --json` and of the host's resolve_pdf:
// {"ids":[{"source","id"}…],"title":"…","urls":[…],"venue":"ICLR 2018","hints":{…},"pages_read":N}
// urls: the papers.cool pages for the ids, else the Cool Papers search for the title.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/paper_id.hpp"
#include "venue.hpp"

namespace coolpapers::pdf {

nlohmann::json make_reply(const std::vector<PaperId>& ids, const std::string& title,
                          const std::optional<Venue>& venue, int pages_read);

// nlohmann's dump, safe for PDF text that is not valid UTF-8.
std::string dump_json(const nlohmann::json& value);

}  // namespace coolpapers::pdf
