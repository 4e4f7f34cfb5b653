// OpenReview note ids (spec §4): only from openreview.net URLs whose path is a paper page
// (forum, pdf, attachment, revisions, notes), never from group/profile/venue pages.
#include "ascii.hpp"
#include "grammar.hpp"
#include "percent.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {
namespace {

using url_parts::npos;

constexpr std::size_t kMinIdLength = 7, kMaxIdLength = 14;

struct Param {
    std::string value;       // percent-decoded
    std::size_t raw_offset;  // where the raw value starts in the query
};

// Query parameter `name`; "&amp;" separates like "&".
std::optional<Param> query_param(std::string_view query, std::string_view name) {
    std::size_t pos = 0;
    while (pos <= query.size()) {
        std::size_t amp = query.find('&', pos);
        if (amp == npos) amp = query.size();
        std::string_view param = query.substr(pos, amp - pos);
        if (ascii::istarts_with(param, "amp;")) param.remove_prefix(4);
        if (param.size() > name.size() && param.substr(0, name.size()) == name && param[name.size()] == '=') {
            const std::size_t raw = static_cast<std::size_t>(param.data() - query.data()) + name.size() + 1;
            return Param{percent_decode(param.substr(name.size() + 1)), raw};
        }
        pos = amp + 1;
    }
    return std::nullopt;
}

std::size_t word_prefix(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && ascii::is_word(s[n])) ++n;
    return n;
}

// The note id a parameter value starts with: its longest [A-Za-z0-9_-] prefix, 7–14 long.
std::optional<Param> note_id_prefix(std::optional<Param> param) {
    if (!param) return std::nullopt;
    const std::size_t n = word_prefix(param->value);
    if (n < kMinIdLength || n > kMaxIdLength) return std::nullopt;
    param->value.resize(n);
    return param;
}

}  // namespace

bool openreview_valid_id(std::string_view id) {
    if (id.size() < kMinIdLength || id.size() > kMaxIdLength) return false;
    for (char c : id)
        if (!ascii::is_word(c)) return false;
    return true;
}

void openreview_at_slash(std::string_view text, std::size_t slash, Hits& out) {
    const std::size_t url = url_parts::url_start(text, slash, "openreview.net", {"www", "api", "api2"});
    if (url == npos) return;
    std::size_t p = slash + 1;
    std::size_t path_end = p;
    while (path_end < text.size() && ascii::is_lower(text[path_end])) ++path_end;
    const std::string_view path = text.substr(p, path_end - p);
    const bool is_notes = path == "notes";
    if (!(is_notes || path == "forum" || path == "pdf" || path == "attachment" || path == "revisions")) return;
    p = path_end;
    if (ascii::char_at_is(text, p, '/')) ++p;
    if (!ascii::char_at_is(text, p, '?')) return;
    ++p;
    std::size_t query_len = url_parts::url_run(text, p);
    const std::size_t hash = text.substr(p, query_len).find('#');
    if (hash != npos) query_len = hash;
    const std::string_view query = text.substr(p, query_len);
    auto id = note_id_prefix(query_param(query, "id"));
    if (!id && is_notes) id = note_id_prefix(query_param(query, "forum"));
    if (!id) return;
    const std::size_t end = p + id->raw_offset + word_prefix(query.substr(id->raw_offset));
    out.push_back({url, 0, end, {Source::openreview, std::move(id->value)}});
}

}  // namespace coolpapers::grammar
