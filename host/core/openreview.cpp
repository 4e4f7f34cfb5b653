// OpenReview note ids (spec §4): only from openreview.net URLs whose path is a paper page
// (forum, pdf, attachment, revisions, notes), never from group/profile/venue pages.
#include <algorithm>

#include "ascii.hpp"
#include "grammar.hpp"
#include "percent.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {
namespace {

using url_parts::npos;

constexpr std::size_t kMinIdLength = 7, kMaxIdLength = 14;

// A query string: from its first parameter up to whitespace, '#', a quote, '<', '>' or the
// look-ahead bound. Positions are offsets into the whole text, so that walks can be remembered.
struct Query {
    std::string_view text;
    std::size_t limit;

    bool ends_at(std::size_t i) const { return i >= limit || text[i] == '#' || url_parts::ends_url_run(text[i]); }
    // Does `literal` stand at `i`, inside the query (in any case when `any_case`)?
    bool holds(std::size_t i, std::string_view literal, bool any_case = false) const {
        for (std::size_t k = 0; k < literal.size(); ++k) {
            if (ends_at(i + k)) return false;
            const char c = any_case ? ascii::to_lower(text[i + k]) : text[i + k];
            if (c != literal[k]) return false;
        }
        return true;
    }
};

// The note id a parameter value starts with: its longest [A-Za-z0-9_-] prefix once
// percent-decoded, 7–14 long. Reads at most a few bytes past the longest valid id.
struct NoteId {
    std::string id;
    std::size_t end;  // end of the value's raw (undecoded) [A-Za-z0-9_-] prefix
};
std::optional<NoteId> note_id_at(const Query& q, std::size_t value) {
    std::string id;
    for (std::size_t i = value; !q.ends_at(i) && q.text[i] != '&' && id.size() <= kMaxIdLength;) {
        const bool escape = q.text[i] == '%' && !q.ends_at(i + 2) && is_percent_escape(q.text, i);
        const char c = escape ? static_cast<char>(ascii::hex_value(q.text[i + 1]) * 16 + ascii::hex_value(q.text[i + 2]))
                              : q.text[i];
        if (!ascii::is_word(c)) break;
        id.push_back(c);
        i += escape ? 3 : 1;
    }
    if (id.size() < kMinIdLength || id.size() > kMaxIdLength) return std::nullopt;
    std::size_t end = value;
    while (!q.ends_at(end) && ascii::is_word(q.text[end])) ++end;
    return NoteId{std::move(id), end};
}

// Where the value starts when the parameter at `param` is `name=…` ("amp;" first is "&amp;" in
// HTML source); else npos.
std::size_t value_if_named(const Query& q, std::size_t param, std::string_view name) {
    if (q.holds(param, "amp;", /*any_case=*/true)) param += 4;
    if (!q.holds(param, name) || !q.holds(param + name.size(), "=")) return npos;
    return param + name.size() + 1;
}

// The value of the first parameter `name` of the query starting at `start`, or npos.
// A query can hold other openreview.net URLs whose queries are its tail: `walked` remembers where
// the last walk for `name` stopped, so that each parameter is walked once, whatever the input.
std::size_t find_param(const Query& q, std::size_t start, std::string_view name, ParamMemo& walked, ScanMemo& memo) {
    if (const std::size_t value = value_if_named(q, start, name); value != npos) return value;
    // Past its first parameter, a query inside a walked one has that one's parameters.
    const bool inside = start > walked.start && start < walked.resume;
    if (inside && (walked.value != npos || walked.ended)) return walked.value;
    std::size_t param = inside ? walked.resume : start;
    bool first = !inside;
    while (true) {
        if (!first) {
            if (const std::size_t value = value_if_named(q, param, name); value != npos) {
                walked = {start, param, value, false};
                return value;
            }
        }
        first = false;
        std::size_t i = param;
        while (!q.ends_at(i) && q.text[i] != '&') ++i;
        memo.bytes_walked += i - param + 1;
        if (q.ends_at(i)) {
            // Cut by the bound: a later query walks on from this parameter with a bound of its own.
            walked = {start, param, npos, i < q.limit};
            return npos;
        }
        param = i + 1;
    }
}

}  // namespace

bool openreview_valid_id(std::string_view id) {
    if (id.size() < kMinIdLength || id.size() > kMaxIdLength) return false;
    for (char c : id)
        if (!ascii::is_word(c)) return false;
    return true;
}

void openreview_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo) {
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
    const Query query{text, std::min(text.size(), p + url_parts::kMaxUrlRun)};
    std::optional<NoteId> id;
    if (std::size_t value = find_param(query, p, "id", memo.query_id, memo); value != npos) id = note_id_at(query, value);
    if (!id && is_notes)
        if (std::size_t value = find_param(query, p, "forum", memo.query_forum, memo); value != npos)
            id = note_id_at(query, value);
    if (id) out.add({url, 0, id->end, {Source::openreview, std::move(id->id)}});
}

}  // namespace coolpapers::grammar
