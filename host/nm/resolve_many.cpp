#include "core/cool_urls.hpp"
#include "core/extract.hpp"
#include "handlers.hpp"

namespace coolpapers::nm {

json handle_resolve_many(const json& request, const Limits& limits) {
    const auto texts = request.find("texts");
    if (texts == request.end() || !texts->is_array())
        throw RequestError{"bad_field", "\"texts\" must be a list of strings"};
    if (texts->size() > limits.max_texts)
        throw RequestError{"too_many_texts", "at most " + std::to_string(limits.max_texts) + " texts per request"};
    json results = json::array();
    for (const auto& text : *texts) {
        if (!text.is_string()) throw RequestError{"bad_field", "every entry of \"texts\" must be a string"};
        const auto ids = extract_ids(text.get_ref<const std::string&>());
        results.push_back({{"ids", ids_json(ids)}, {"urls", cool_papers_urls(ids)}});
    }
    return {{"results", std::move(results)}};
}

}  // namespace coolpapers::nm
