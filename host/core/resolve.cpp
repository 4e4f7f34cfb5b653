#include "resolve.hpp"

#include <utility>

#include "ascii.hpp"
#include "cool_urls.hpp"
#include "extract.hpp"

namespace coolpapers {
namespace {

std::string count_phrase(std::size_t n) {
    return n == 1 ? "1 paper" : std::to_string(n) + " papers";
}

// Keeps notification text short: the first ~60 bytes of the query, cut at a UTF-8 boundary.
std::string excerpt(std::string_view text) {
    constexpr std::size_t kMax = 60;
    if (text.size() <= kMax) return std::string(text);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "…";
}

// http(s) or file, path ending in .pdf.
bool names_pdf(std::string_view url) {
    const bool known_scheme = ascii::istarts_with(url, "http://") || ascii::istarts_with(url, "https://") ||
                              ascii::istarts_with(url, "file://");
    const std::string_view path = url.substr(0, url.find_first_of("?#"));
    return known_scheme && ascii::iends_with(path, ".pdf");
}

}  // namespace

std::string pdf_location(std::string_view url) {
    return names_pdf(url) && url.size() <= kMaxPdfLocationBytes ? std::string(url) : std::string();
}

Resolution resolve_fields(const ResolveFields& fields, const TitleLookup& title_lookup) {
    const std::pair<const char*, const std::optional<std::string>*> order[] = {
        {"selection", &fields.selection}, {"link", &fields.link}, {"frame", &fields.frame}, {"page", &fields.page}};
    Resolution r;
    for (const auto& [name, value] : order) {
        if (!*value || (*value)->empty()) continue;
        FirstIds first = extract_first_ids(**value, kMaxLinkedIds);
        if (first.ids.empty()) continue;
        CoolLinks links = cool_links(std::move(first.ids), first.found);
        const bool cut = links.cut();
        r.outcome = ResolveOutcome::ids;
        r.urls = std::move(links.urls);
        r.ids = std::move(links.ids);
        r.ids_found = links.found;
        r.from = name;
        // Past kMaxLinkedIds the count is a lower bound (extract_first_ids).
        const std::string total = (links.found > kMaxLinkedIds ? "at least " : "") + std::to_string(links.found);
        r.message = cut ? "Opening the first " + count_phrase(r.ids.size()) + " of " + total +
                                      " on Cool Papers (from the " + name + "; at most " + std::to_string(kMaxUrls) + " tabs)."
                                : "Opening " + count_phrase(r.ids.size()) + " on Cool Papers (from the " + name + ").";
        return r;
    }
    if (title_lookup && fields.selection && fields.selection->size() <= kMaxTitleBytes) {
        if (auto paper = title_lookup(*fields.selection)) {
            r.outcome = ResolveOutcome::ids;
            r.ids = {std::move(*paper)};
            r.urls = cool_papers_urls(r.ids);
            r.ids_found = 1;
            r.from = "selection";
            r.by_title = true;
            r.message = "The selection is a known paper title: opening that paper on Cool Papers.";
            return r;
        }
    }
    const std::string query = fields.selection ? search_query(*fields.selection) : std::string();
    if (!query.empty()) {
        r.outcome = ResolveOutcome::search;
        r.urls = {search_url(query)};
        r.from = "selection";
        r.message = "No paper ID found: searching Cool Papers for \"" + excerpt(query) + "\".";
        return r;
    }
    for (const auto* url : {&fields.frame, &fields.page}) {
        if (!*url || !names_pdf(**url)) continue;
        if ((*url)->size() > kMaxPdfLocationBytes) {
            r.message = "No paper ID in the address, and the PDF's address is too long to read it (over " +
                        std::to_string(kMaxPdfLocationBytes >> 10) + " KiB).";
            return r;
        }
        r.pdf_url = **url;
        r.message = "No paper ID in the address: reading the PDF.";
        return r;
    }
    r.message = "No paper ID found. Select text or right-click a link that contains a paper ID.";
    return r;
}

}  // namespace coolpapers
