#include "core/resolve.hpp"

#include "handlers.hpp"
#include "titles/default_index.hpp"

namespace coolpapers::nm {
namespace {

const char* outcome_name(ResolveOutcome outcome) {
    switch (outcome) {
        case ResolveOutcome::ids: return "ids";
        case ResolveOutcome::search: return "search";
        case ResolveOutcome::nothing: return "nothing";
    }
    return "nothing";
}

}  // namespace

json handle_resolve(const json& request, const Limits&) {
    const ResolveFields fields{optional_string(request, "selection"), optional_string(request, "link"),
                               optional_string(request, "page"), optional_string(request, "frame")};
    const Resolution r = resolve_fields(fields, [](std::string_view text) -> std::optional<PaperId> {
        const titles::TitleMatch match = titles::find_title(text);
        if (match.kind != titles::TitleMatchKind::unique) return std::nullopt;
        return match.candidates.front().paper;
    });
    json reply = {{"outcome", outcome_name(r.outcome)},
                  {"ids", ids_json(r.ids)},
                  {"urls", r.urls},
                  {"from", r.from.empty() ? json(nullptr) : json(r.from)},
                  {"message", r.message}};
    if (r.ids_found > r.ids.size()) {  // cut to what the URLs hold: ids and urls name the same papers
        reply["truncated"] = true;
        reply["ids_found"] = r.ids_found;
    }
    if (!r.pdf_url.empty()) reply["pdf_url"] = r.pdf_url;
    if (r.by_title) reply["matched"] = "title";
    return reply;
}

}  // namespace coolpapers::nm
