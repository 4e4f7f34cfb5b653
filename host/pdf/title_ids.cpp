#include "title_ids.hpp"

#include "core/cool_urls.hpp"
#include "titles/default_index.hpp"
#include "titles/match_json.hpp"
#include "titles/title_hints.hpp"

namespace coolpapers::pdf {

void add_ids_from_title(nlohmann::json& reply) {
    const std::string title = reply.value("title", "");
    if (title.empty() || !reply.value("ids", nlohmann::json::array()).empty()) return;
    const nlohmann::json hints = reply.value("hints", nlohmann::json::object());
    const titles::TitleMatch match = titles::find_title(
        title, titles::hints_from_venue(hints.value("venue", ""), hints.value("year", 0), hints.value("source", ""),
                                        hints.contains("workshop") && hints["workshop"] == true));
    if (match.kind == titles::TitleMatchKind::unique) {
        const PaperId& paper = match.candidates.front().paper;
        reply["ids"] = {{{"source", source_name(paper.source)}, {"id", paper.id}}};
        reply["urls"] = cool_papers_urls({paper});
        reply["ids_from"] = "title_index";
    } else if (match.kind == titles::TitleMatchKind::ambiguous) {
        reply["candidates"] = nlohmann::json::array();
        for (const auto& c : match.candidates) reply["candidates"].push_back(titles::candidate_json(c));
    }
}

}  // namespace coolpapers::pdf
