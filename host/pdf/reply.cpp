#include "reply.hpp"

#include "core/cool_urls.hpp"

namespace coolpapers::pdf {

nlohmann::json make_reply(const std::vector<PaperId>& ids, const std::string& title,
                          const std::optional<Venue>& venue, int pages_read) {
    nlohmann::json reply = nlohmann::json::object();
    reply["ids"] = nlohmann::json::array();
    for (const PaperId& id : ids) reply["ids"].push_back({{"source", source_name(id.source)}, {"id", id.id}});
    reply["title"] = title;
    std::vector<std::string> urls = cool_papers_urls(ids);
    if (urls.empty() && !title.empty()) {
        const std::string query = search_query(title);
        if (!query.empty()) urls.push_back(search_url(query));
    }
    reply["urls"] = urls;
    if (venue) {
        reply["venue"] = venue->label();
        nlohmann::json hints = {{"venue", venue->name}};
        if (venue->year > 0) hints["year"] = venue->year;
        if (!venue->source.empty()) hints["source"] = venue->source;
        if (!venue->volume.empty()) hints["volume"] = venue->volume;
        if (venue->workshop) hints["workshop"] = true;
        reply["hints"] = hints;
    }
    reply["pages_read"] = pages_read;
    return reply;
}

std::string dump_json(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace coolpapers::pdf
