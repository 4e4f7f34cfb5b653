#include "handlers.hpp"

namespace coolpapers::nm {

json handle_ping(const json&, const Limits& limits) {
    return {{"version", COOLPAPERS_VERSION},
            {"capabilities", {"ping", "resolve", "resolve_many", "resolve_pdf"}},
            {"limits",
             {{"max_request_bytes", limits.max_request_bytes},
              {"max_reply_bytes", limits.max_reply_bytes},
              {"max_texts", limits.max_texts},
              {"max_pdf_jobs", limits.max_pdf_jobs}}}};
}

}  // namespace coolpapers::nm
