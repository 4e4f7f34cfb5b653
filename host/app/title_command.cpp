// `coolpapers title "…"`: the exact paper for a title, from the offline title index.
#include "title_command.hpp"

#include <nlohmann/json.hpp>

#include "core/cool_urls.hpp"
#include "stdio.hpp"
#include "text_commands.hpp"
#include "titles/default_index.hpp"
#include "titles/match_json.hpp"

namespace coolpapers::cli {
int run_title(const std::string& title, bool json, std::FILE* out) {
    std::string error;
    const titles::TitleIndex* index = titles::default_index(&error);
    if (!index) {
        std::fprintf(stderr, "coolpapers: %s\n", error.c_str());
        return kUsageError;
    }
    const titles::TitleMatch m = titles::lookup_title(*index, title);
    const bool known = m.kind == titles::TitleMatchKind::unique;
    std::vector<PaperId> ids;
    if (known) ids.push_back(m.candidates.front().paper);
    // Unknown or ambiguous: the search for the title, as `coolpapers url` does for text without ids.
    std::vector<std::string> urls = known ? cool_papers_urls(ids) : std::vector<std::string>{};
    if (!known && !search_query(title).empty()) urls.push_back(search_url(search_query(title)));

    std::string text;
    if (json) {
        nlohmann::json j = {{"match", titles::match_name(m)}, {"ids", nlohmann::json::array()},
                            {"urls", urls}, {"candidates", nlohmann::json::array()}};
        for (const PaperId& id : ids) j["ids"].push_back({{"source", source_name(id.source)}, {"id", id.id}});
        for (const auto& c : m.candidates) j["candidates"].push_back(titles::candidate_json(c));
        if (m.kind != titles::TitleMatchKind::none && !m.exact)
            j["matched_title"] = title.substr(0, m.matched_length);
        text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else {
        for (const std::string& url : urls) text += url + "\n";
        if (m.kind == titles::TitleMatchKind::ambiguous) {
            std::fprintf(stderr, "coolpapers: %zu papers have this title:\n", m.candidates.size());
            for (const auto& c : m.candidates)
                std::fprintf(stderr, "  %s %s (%s %d%s)\n", std::string(source_name(c.paper.source)).c_str(),
                             c.paper.id.c_str(), c.venue.c_str(), c.year, c.workshop ? ", workshop" : "");
        }
    }
    write_all(out, text);
    return known ? kFound : kNothingFound;
}

}  // namespace coolpapers::cli
