#include <limits>
#include <string_view>

#include "core/cool_urls.hpp"
#include "core/extract.hpp"
#include "handlers.hpp"
#include "titles/default_index.hpp"
#include "titles/match_json.hpp"
#include "titles/title_hints.hpp"

namespace coolpapers::nm {
namespace {

// No paper title is this long; longer "titles" are not looked up (each lookup also tries the
// title's prefixes, so the cost grows with the length).
constexpr std::size_t kMaxTitleBytes = 1000;

// What a resolve_many reply holds besides its results: {"id":…(256 bytes at most),"ok":true,…}.
constexpr std::size_t kEnvelopeBytes = 1024;

// One entry of "texts": a string, or {text, title, venue, year} from a list page's entry. Views
// into the request, which outlives the entry (a copy of an 8 MiB text was 8 MiB more).
struct Entry {
    std::string_view text;   // links and text that may hold ids
    std::string_view title;  // looked up when the text holds no id
    std::string_view venue;  // free text naming the venue ("ICLR 2017", "Proc. ICML, PMLR 70")
    int year = 0;            // 0: unknown
};

std::string_view string_field(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_string()) throw RequestError{"bad_field", std::string("\"") + key + "\" of a \"texts\" entry must be a string"};
    return it->get_ref<const std::string&>();
}

Entry entry_of(const json& item) {
    Entry entry;
    if (item.is_string()) {
        entry.text = item.get_ref<const std::string&>();
        return entry;
    }
    if (!item.is_object())
        throw RequestError{"bad_field", "every entry of \"texts\" must be a string or an object {text, title, venue, year}"};
    entry.text = string_field(item, "text");
    entry.title = string_field(item, "title");
    entry.venue = string_field(item, "venue");
    if (const auto year = item.find("year"); year != item.end() && !year->is_null()) {
        if (!year->is_number_integer() || *year < 0 || *year > std::numeric_limits<int>::max())
            throw RequestError{"bad_field", "\"year\" of a \"texts\" entry must be a whole number"};
        entry.year = year->get<int>();
    }
    return entry;
}

// The title's paper through the offline index, with the PDF path's tie-break rules
// (titles::narrow_candidates): a source or main venue the venue text names rules papers out, the
// venue and year choose between the rest.
json result_by_title(const Entry& entry) {
    json result = {{"ids", json::array()}, {"urls", json::array()}};
    if (entry.title.size() > kMaxTitleBytes) return result;
    titles::TitleHints hints = titles::hints_from_text(entry.venue);
    if (entry.year > 0) hints.year = entry.year;
    const titles::TitleMatch match = titles::find_title(entry.title, hints);
    if (match.kind == titles::TitleMatchKind::unique) {
        result = links_json({match.candidates.front().paper});
        result["matched"] = "title";
    } else if (match.kind == titles::TitleMatchKind::ambiguous) {
        // Several papers and nothing to choose between them: no link, but say which they are.
        result["candidates"] = json::array();
        for (const auto& c : match.candidates) result["candidates"].push_back(titles::candidate_json(c));
    }
    return result;
}

// The result a list page uses: the entry's first URL, "" when it has none (PROTOCOL.md,
// "first_url"). Half the bytes of {ids, urls}, which the browser's native messaging pays for.
json first_url_of(const json& result) {
    const auto urls = result.find("urls");
    return urls != result.end() && !urls->empty() ? urls->front() : json("");
}

}  // namespace

json handle_resolve_many(const json& request, const Limits& limits) {
    const auto texts = request.find("texts");
    if (texts == request.end() || !texts->is_array())
        throw RequestError{"bad_field", "\"texts\" must be a list of strings or entry objects"};
    const auto first_url = request.find("first_url");
    if (first_url != request.end() && !first_url->is_boolean())
        throw RequestError{"bad_field", "\"first_url\" must be true or false"};
    const bool only_first_url = first_url != request.end() && first_url->get<bool>();
    if (texts->size() > limits.max_texts)
        throw RequestError{"too_many_texts", "at most " + std::to_string(limits.max_texts) + " texts per request"};
    // The reply is built within its size cap, entry by entry: entries past it are left out
    // whole (PROTOCOL.md: "truncated"), and are never turned into JSON at all, which is what
    // kept a full request's memory in the hundreds of MiB. They are still checked for bad fields.
    const std::size_t budget = limits.max_reply_bytes > kEnvelopeBytes ? limits.max_reply_bytes - kEnvelopeBytes : 0;
    std::size_t used = 0;
    bool full = false;
    json results = json::array();
    for (const auto& item : *texts) {
        const Entry entry = entry_of(item);
        if (full) continue;
        FirstIds first = extract_first_ids(entry.text, kMaxLinkedIds);
        json result = first.ids.empty() && !entry.title.empty() ? result_by_title(entry)
                                                                 : links_json(std::move(first.ids), first.found);
        if (only_first_url) result = first_url_of(result);
        const std::size_t bytes = result.dump(-1, ' ', false, json::error_handler_t::replace).size() + 1;  // and a comma
        if (used + bytes > budget) {
            full = true;
            continue;
        }
        used += bytes;
        results.push_back(std::move(result));
    }
    if (full) return {{"results", std::move(results)}, {"truncated", true}};
    return {{"results", std::move(results)}};
}

}  // namespace coolpapers::nm
