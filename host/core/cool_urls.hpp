// papers.cool URLs for extracted ids, and the search fallback (spec §2.3).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "paper_id.hpp"

namespace coolpapers {

inline constexpr std::string_view kCoolPapersBase = "https://papers.cool/";

// A URL holds at most this many bytes (servers refuse longer request lines; no tab needs more).
inline constexpr std::size_t kMaxUrlBytes = 4096;
// One answer opens at most this many tabs.
inline constexpr std::size_t kMaxUrls = 10;
// Search keywords are cut to this many bytes (whole words), so a search URL fits kMaxUrlBytes
// even when every byte is percent-encoded as three.
inline constexpr std::size_t kMaxQueryBytes = 1000;

// One URL per source, ids of that source comma-joined, sources in order of first appearance:
// https://papers.cool/arxiv/ID1,ID2 and https://papers.cool/venue/A@OpenReview,B@OpenReview.
// A source whose ids do not fit kMaxUrlBytes gets several URLs, one after the other.
std::vector<std::string> cool_papers_urls(const std::vector<PaperId>& ids);

// The ids one answer opens and their URLs: the longest prefix of `ids` whose URLs number at most
// kMaxUrls. `found` is how many there were; fewer in `ids` means the rest were left out.
struct CoolLinks {
    std::vector<PaperId> ids;
    std::vector<std::string> urls;
    std::size_t found = 0;
    bool cut() const { return ids.size() < found; }
};
// `found`: how many ids the text held, when `ids` are only the first of them (never fewer than
// ids.size()).
CoolLinks cool_links(std::vector<PaperId> ids, std::size_t found = 0);

// No answer opens more ids than this (each takes 2 bytes of a URL at least: a 1-byte element and
// a comma), so cool_links gives the same answer for the first kMaxLinkedIds ids of a list as for
// the whole list: what the host keeps of a text (extract_first_ids).
inline constexpr std::size_t kMaxLinkedIds = kMaxUrls * kMaxUrlBytes / 2;

// The URL element of one id: "2305.10601", "YicbFdNTTy@OpenReview", "10@2023@IJCAI", …
std::string url_element(const PaperId& id);

// The search keywords of a text: every maximal run of letters and digits (Unicode \p{L}\p{N})
// at least 2 characters long, joined by one space; the words that fit kMaxQueryBytes.
std::string search_query(std::string_view text);

// https://papers.cool/arxiv/search?highlight=1&query=<query percent-encoded as UTF-8>.
std::string search_url(std::string_view query);

}  // namespace coolpapers
