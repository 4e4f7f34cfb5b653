#include "match_json.hpp"

namespace coolpapers::titles {

nlohmann::json candidate_json(const Candidate& c) {
    return {{"source", source_name(c.paper.source)}, {"id", c.paper.id}, {"venue", c.venue},
            {"year", c.year}, {"workshop", c.workshop}};
}

std::string_view match_name(const TitleMatch& m) {
    switch (m.kind) {
        case TitleMatchKind::unique: return m.exact ? "exact" : "prefix";
        case TitleMatchKind::ambiguous: return "ambiguous";
        case TitleMatchKind::none: break;
    }
    return "none";
}

}  // namespace coolpapers::titles
