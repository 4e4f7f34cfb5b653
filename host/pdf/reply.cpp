#include "reply.hpp"

#include "core/cool_urls.hpp"
#include "core/extract.hpp"
#include "core/json_text.hpp"
#include "pdf_error.hpp"

namespace coolpapers::pdf {

nlohmann::json reply_without_urls(const std::vector<PaperId>& ids, const std::string& title,
                                  const std::optional<Venue>& venue, int pages_read) {
    nlohmann::json reply = nlohmann::json::object();
    // `--all` on a huge bibliography: only the ids that kMaxUrls URLs hold (add_urls makes
    // them from these), and a flag.
    const CoolLinks links = cool_links(ids);
    if (links.cut()) reply["truncated"] = true;
    reply["ids"] = nlohmann::json::array();
    for (const PaperId& id : links.ids) reply["ids"].push_back({{"source", source_name(id.source)}, {"id", id.id}});
    // A /Title can be megabytes long; no page title is anywhere near the cap.
    reply["title"] = json_text::utf8_prefix(title, kMaxTitleBytes);
    if (venue) {
        reply["venue"] = venue->label();
        nlohmann::json hints = {{"venue", venue->name}};
        if (venue->year > 0) hints["year"] = venue->year;
        if (!venue->source.empty()) hints["source"] = venue->source;
        if (!venue->volume.empty()) hints["volume"] = venue->volume;
        if (venue->workshop) hints["workshop"] = true;
        reply["hints"] = hints;
    }
    reply["pages_read"] = pages_read;
    return reply;
}

void add_urls(nlohmann::json& reply) {
    std::vector<PaperId> ids;
    for (const nlohmann::json& id : reply.value("ids", nlohmann::json::array()))
        if (const auto source = source_from_name(id.value("source", "")))
            ids.push_back(PaperId{*source, id.value("id", "")});
    std::vector<std::string> urls = cool_papers_urls(ids);
    const std::string title = reply.value("title", "");
    if (urls.empty() && !title.empty()) {
        const std::string query = search_query(title);
        if (!query.empty()) urls.push_back(search_url(query));
    }
    reply["urls"] = urls;
}

nlohmann::json make_reply(const std::vector<PaperId>& ids, const std::string& title,
                          const std::optional<Venue>& venue, int pages_read) {
    nlohmann::json reply = reply_without_urls(ids, title, venue, pages_read);
    add_urls(reply);
    return reply;
}

namespace {

using nlohmann::json;

constexpr std::size_t kMaxReplyBytes = 4u << 20;  // --all on a long bibliography stays far below
constexpr std::size_t kMaxDepth = 4;              // {"ids":[{…}]}, {"hints":{…}}, {"error":{…}}

std::string string_field(const json& object, const char* key, std::size_t max) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) return "";
    return std::string(json_text::utf8_prefix(it->get_ref<const std::string&>(), max));
}

// An id the extractor itself reads back from its papers.cool URL, exactly.
std::optional<PaperId> checked_id(const json& entry) {
    if (!entry.is_object()) return std::nullopt;
    const auto source = source_from_name(string_field(entry, "source", 16));
    const std::string id = string_field(entry, "id", 200);
    if (!source || id.empty()) return std::nullopt;
    const PaperId paper{*source, id};
    const std::vector<std::string> urls = cool_papers_urls({paper});
    if (urls.size() != 1 || extract_ids(urls[0]) != std::vector<PaperId>{paper}) return std::nullopt;
    return paper;
}

std::optional<Venue> checked_venue(const json& reply) {
    const auto hints = reply.find("hints");
    if (hints == reply.end() || !hints->is_object()) return std::nullopt;
    Venue venue;
    venue.name = string_field(*hints, "venue", 40);
    if (venue.name.empty()) return std::nullopt;
    const auto year = hints->find("year");
    if (year != hints->end() && year->is_number_integer() && *year >= 1900 && *year <= 2200) venue.year = year->get<int>();
    venue.source = string_field(*hints, "source", 16);
    if (!venue.source.empty() && !source_from_name(venue.source)) venue.source.clear();
    venue.volume = string_field(*hints, "volume", 16);
    const auto workshop = hints->find("workshop");  // the title lookup's main-venue filter needs it
    venue.workshop = workshop != hints->end() && *workshop == true;
    return venue;
}

bool is_error_code(std::string_view code) {
    return (code.starts_with("pdf_") || code.starts_with("fetch_")) && code.size() <= 40 &&
           code.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string_view::npos;
}

}  // namespace

std::optional<json> rebuild_helper_reply(std::string_view text) {
    if (text.size() > kMaxReplyBytes || json_text::nesting_depth(text) > kMaxDepth) return std::nullopt;
    const json reply = json::parse(text, nullptr, false);
    if (!reply.is_object()) return std::nullopt;
    if (const auto error = reply.find("error"); error != reply.end()) {
        if (!error->is_object()) return std::nullopt;
        const std::string code = string_field(*error, "code", 64);
        if (!is_error_code(code)) return std::nullopt;
        return to_json(Error{code, string_field(*error, "message", kMaxErrorMessageBytes)});
    }
    if (const auto bytes = reply.find("bytes"); bytes != reply.end()) {
        if (!bytes->is_number_unsigned()) return std::nullopt;
        return json{{"bytes", bytes->get<std::size_t>()}};
    }
    const auto ids = reply.find("ids");
    if (ids == reply.end() || !ids->is_array()) return std::nullopt;
    std::vector<PaperId> checked;
    for (const json& entry : *ids)
        if (auto id = checked_id(entry)) checked.push_back(std::move(*id));
    const auto pages = reply.find("pages_read");
    const int pages_read = pages != reply.end() && pages->is_number_integer() && *pages >= 0 && *pages <= 100000
                               ? pages->get<int>() : 0;
    json rebuilt = reply_without_urls(checked, string_field(reply, "title", kMaxTitleBytes), checked_venue(reply), pages_read);
    if (reply.value("truncated", false) == true) rebuilt["truncated"] = true;  // the helper left ids out
    return rebuilt;
}

std::string dump_json(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace coolpapers::pdf
