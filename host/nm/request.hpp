// What every request handler shares: the limits, the error it throws for a bad request, and
// typed access to request fields.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/cool_urls.hpp"
#include "core/paper_id.hpp"

namespace coolpapers::nm {

using nlohmann::json;

struct Limits {
    std::size_t max_request_bytes = 8u << 20;  // Chrome allows 64 MiB; nothing we do needs more
    std::size_t max_reply_bytes = 1000000;     // Chrome refuses host replies of 1 MiB and more
    std::size_t max_texts = 10000;             // resolve_many
    std::size_t max_pdf_jobs = 4;              // resolve_pdf requests read at once (pdf_busy past it)
    std::size_t max_json_depth = 64;
    std::size_t max_json_values = 200000;      // resolve_many's 10,000 entries of 4 fields need 50,000
    std::size_t max_id_bytes = 256;            // the echoed "id": replies must fit whatever it is
    std::size_t max_message_bytes = 1024;      // error messages, which may quote paths and names
};

// Thrown by handlers; becomes {"ok":false,"error":{"code","message"}}.
struct RequestError {
    std::string code;
    std::string message;
};

// `request[key]` as a string; nullopt when absent or null; RequestError(bad_field) otherwise.
std::optional<std::string> optional_string(const json& request, const char* key);

json ids_json(const std::vector<PaperId>& ids);

// {"ids":[…],"urls":[…]} for the ids one answer opens (cool_links: at most kMaxUrls URLs), with
// "truncated": true and "ids_found" when some were left out (`found`: see cool_links).
json links_json(std::vector<PaperId> ids, std::size_t found = 0);

}  // namespace coolpapers::nm
