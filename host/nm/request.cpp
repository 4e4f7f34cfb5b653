#include "request.hpp"

namespace coolpapers::nm {

std::optional<std::string> optional_string(const json& request, const char* key) {
    const auto it = request.find(key);
    if (it == request.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) throw RequestError{"bad_field", std::string("\"") + key + "\" must be a string"};
    return it->get<std::string>();
}

json ids_json(const std::vector<PaperId>& ids) {
    json out = json::array();
    for (const auto& id : ids) out.push_back({{"source", source_name(id.source)}, {"id", id.id}});
    return out;
}

json links_json(std::vector<PaperId> ids, std::size_t found) {
    const CoolLinks links = cool_links(std::move(ids), found);
    json out = {{"ids", ids_json(links.ids)}, {"urls", links.urls}};
    if (links.cut()) {
        out["truncated"] = true;
        out["ids_found"] = links.found;
    }
    return out;
}

}  // namespace coolpapers::nm
