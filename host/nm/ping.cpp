#include "handlers.hpp"
#include "titles/default_index.hpp"

namespace coolpapers::nm {

json handle_ping(const json& request, const Limits& limits) {
    json reply = {{"version", COOLPAPERS_VERSION},
                  {"capabilities", {"ping", "resolve", "resolve_many", "resolve_pdf"}},
                  {"limits",
                   {{"max_request_bytes", limits.max_request_bytes},
                    {"max_reply_bytes", limits.max_reply_bytes},
                    {"max_texts", limits.max_texts},
                    {"max_pdf_jobs", limits.max_pdf_jobs}}}};
    // "title_index": true opens the offline title index now (once per process), so that a list
    // page's title batch, sent a moment later, does not wait 40-60 ms for it.
    const auto open_index = request.find("title_index");
    if (open_index != request.end() && !open_index->is_boolean())
        throw RequestError{"bad_field", "\"title_index\" must be true or false"};
    if (open_index != request.end() && open_index->get<bool>()) reply["title_index"] = titles::default_index() != nullptr;
    return reply;
}

}  // namespace coolpapers::nm
