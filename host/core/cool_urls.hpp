// papers.cool URLs for extracted ids, and the search fallback (spec §2.3).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "paper_id.hpp"

namespace coolpapers {

inline constexpr std::string_view kCoolPapersBase = "https://papers.cool/";

// One URL per source, ids of that source comma-joined, sources in order of first appearance:
// https://papers.cool/arxiv/ID1,ID2 and https://papers.cool/venue/A@OpenReview,B@OpenReview.
std::vector<std::string> cool_papers_urls(const std::vector<PaperId>& ids);

// The URL element of one id: "2305.10601", "YicbFdNTTy@OpenReview", "10@2023@IJCAI", …
std::string url_element(const PaperId& id);

// The search keywords of a text: every maximal run of letters and digits (Unicode \p{L}\p{N})
// at least 2 characters long, joined by one space.
std::string search_query(std::string_view text);

// https://papers.cool/arxiv/search?highlight=1&query=<query percent-encoded as UTF-8>.
std::string search_url(std::string_view query);

}  // namespace coolpapers
