// A PDF that prints no id of its own (ACL, IJCAI, PMLR, OpenReview camera-ready copies) still has
// its title: the offline title index turns that into the exact id, using the venue and year the
// page-1 header or footer printed to break ties.
#pragma once

#include <nlohmann/json.hpp>

namespace coolpapers::pdf {

// Given a reader's reply with no ids, adds the title's id ("ids", "urls", "ids_from":
// "title_index") when the index knows it unambiguously, or the "candidates" when several
// papers share the title. Leaves the reply alone otherwise (no index, unknown title).
void add_ids_from_title(nlohmann::json& reply);

}  // namespace coolpapers::pdf
