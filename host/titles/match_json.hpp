// Title-index results as JSON, shared by `coolpapers title`, the PDF reply and `resolve`.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "title_lookup.hpp"

namespace coolpapers::titles {

nlohmann::json candidate_json(const Candidate& candidate);

// "exact", "prefix", "ambiguous" or "none".
std::string_view match_name(const TitleMatch& match);

}  // namespace coolpapers::titles
