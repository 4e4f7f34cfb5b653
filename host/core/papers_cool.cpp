// Cool Papers venue URLs a user copied (spec §2.2): papers.cool/venue/ELEM,ELEM,… where ELEM is
// ID@OpenReview, ID@ACL, NUM@YEAR@IJCAI or KEY@vNNN@PMLR. (papers.cool/arxiv/… holds bare arXiv
// ids, which the arXiv grammar finds by itself.)
#include <vector>

#include "ascii.hpp"
#include "grammar.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {
namespace {

using url_parts::npos;

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    std::size_t pos = 0;
    while (true) {
        const std::size_t next = s.find(sep, pos);
        parts.push_back(s.substr(pos, next == npos ? npos : next - pos));
        if (next == npos) return parts;
        pos = next + 1;
    }
}

std::optional<PaperId> parse_element(std::string_view element) {
    const auto parts = split(element, '@');
    const std::string_view tag = parts.back();
    if (parts.size() == 2 && ascii::iequals(tag, "OpenReview") && openreview_valid_id(parts[0]))
        return PaperId{Source::openreview, std::string(parts[0])};
    if (parts.size() == 2 && ascii::iequals(tag, "ACL"))
        if (auto id = acl_canonical(parts[0])) return PaperId{Source::acl, std::move(*id)};
    if (parts.size() == 3 && ascii::iequals(tag, "IJCAI"))
        if (auto id = ijcai_canonical(parts[0], parts[1])) return PaperId{Source::ijcai, std::move(*id)};
    if (parts.size() == 3 && ascii::iequals(tag, "PMLR"))
        if (auto id = pmlr_canonical(parts[0], parts[1])) return PaperId{Source::pmlr, std::move(*id)};
    return std::nullopt;
}

}  // namespace

void papers_cool_at_slash(std::string_view text, std::size_t slash, Hits& out) {
    const std::size_t url = url_parts::url_start(text, slash, "papers.cool");
    if (url == npos) return;
    const std::size_t list = url_parts::skip_literal(text, slash + 1, "venue/");
    if (list == npos) return;
    std::string_view elements = text.substr(list, url_parts::url_run(text, list));
    elements = elements.substr(0, elements.find_first_of("?#"));
    for (std::string_view element : split(elements, ',')) {
        const std::size_t end = static_cast<std::size_t>(element.data() - text.data()) + element.size();
        if (auto paper = parse_element(element)) out.push_back({url, 0, end, std::move(*paper)});
    }
}

}  // namespace coolpapers::grammar
