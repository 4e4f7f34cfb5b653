// Cool Papers venue URLs a user copied (spec §2.2): papers.cool/venue/ELEM,ELEM,… where ELEM is
// ID@OpenReview, ID@ACL, NUM@YEAR@IJCAI or KEY@vNNN@PMLR. (papers.cool/arxiv/… holds bare arXiv
// ids, which the arXiv grammar finds by itself.)
#include <algorithm>
#include <array>

#include "ascii.hpp"
#include "grammar.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {
namespace {

using url_parts::npos;

// An element's '@'-separated parts: at most three are ever valid, so a fourth is not kept
// (`count` still says how many there were). No allocation: a list of empty elements (",,,,")
// costs a look at each byte.
struct Parts {
    std::array<std::string_view, 3> part;
    std::size_t count = 0;
};

Parts split_at_signs(std::string_view s) {
    Parts parts;
    std::size_t pos = 0;
    while (true) {
        const std::size_t next = s.find('@', pos);
        if (parts.count < parts.part.size()) parts.part[parts.count] = s.substr(pos, next == npos ? npos : next - pos);
        ++parts.count;
        if (next == npos) return parts;
        pos = next + 1;
    }
}

std::optional<PaperId> parse_element(std::string_view element) {
    if (element.size() < 3) return std::nullopt;  // not even "x@y"
    const Parts parts = split_at_signs(element);
    if (parts.count != 2 && parts.count != 3) return std::nullopt;
    const std::string_view tag = parts.part[parts.count - 1];
    const auto& p = parts.part;
    if (parts.count == 2 && ascii::iequals(tag, "OpenReview") && openreview_valid_id(p[0]))
        return PaperId{Source::openreview, std::string(p[0])};
    if (parts.count == 2 && ascii::iequals(tag, "ACL"))
        if (auto id = acl_canonical(p[0])) return PaperId{Source::acl, std::move(*id)};
    if (parts.count == 3 && ascii::iequals(tag, "IJCAI"))
        if (auto id = ijcai_canonical(p[0], p[1])) return PaperId{Source::ijcai, std::move(*id)};
    if (parts.count == 3 && ascii::iequals(tag, "PMLR"))
        if (auto id = pmlr_canonical(p[0], p[1])) return PaperId{Source::pmlr, std::move(*id)};
    return std::nullopt;
}

// One element of a list: from `pos` to the next ',', or to where the list ends ('?', '#', a
// character no URL holds, or `limit`).
struct Element {
    std::string_view text;
    bool last;  // no ',' follows: the list ends here
};

bool ends_list(char c) { return c == '?' || c == '#' || url_parts::ends_url_run(c); }

Element element_at(std::string_view text, std::size_t pos, std::size_t limit) {
    std::size_t end = pos;
    while (end < limit && text[end] != ',' && !ends_list(text[end])) ++end;
    return {text.substr(pos, end - pos), end == limit || text[end] != ','};
}

// Every character a valid element can hold: a run of them that ends anywhere else is no element.
bool may_be_in_element(char c) { return ascii::is_word(c) || c == '.' || c == '@'; }

void add_element(std::string_view text, std::size_t url, std::string_view element, HitSink& out) {
    const std::size_t end = static_cast<std::size_t>(element.data() - text.data()) + element.size();
    if (auto paper = parse_element(element)) out.add({url, 0, end, std::move(*paper)});
}

}  // namespace

void papers_cool_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo) {
    const std::size_t url = url_parts::url_start(text, slash, "papers.cool");
    if (url == npos) return;
    const std::size_t list = url_parts::skip_literal(text, slash + 1, "venue/");
    if (list == npos) return;
    const std::size_t limit = std::min(text.size(), list + url_parts::kMaxUrlRun);
    VenueListMemo& walked = memo.venue_list;
    std::size_t pos = list;
    if (list < walked.resume) {
        // This URL sits inside a list walked before: past its first element, its elements are
        // that list's, found there at an earlier position. Only the first element is new.
        std::size_t end = list;
        while (end < limit && may_be_in_element(text[end])) ++end;
        memo.bytes_walked += end - list + 1;
        if (end == limit || text[end] == ',' || ends_list(text[end]))
            add_element(text, url, text.substr(list, end - list), out);
        if (walked.ended) return;
        pos = walked.resume;
    }
    while (true) {
        const Element element = element_at(text, pos, limit);
        memo.bytes_walked += element.text.size() + 1;
        add_element(text, url, element.text, out);
        const std::size_t end = pos + element.text.size();
        if (element.last) {
            // Cut by the look-ahead bound: a later URL reads this element again, whole.
            walked = end == limit && limit < text.size() ? VenueListMemo{pos, false} : VenueListMemo{end, true};
            return;
        }
        pos = end + 1;
    }
}

}  // namespace coolpapers::grammar
