#include "cool_urls.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "json_text.hpp"
#include "normalize.hpp"
#include "percent.hpp"

namespace coolpapers {

std::string url_element(const PaperId& id) {
    switch (id.source) {
        case Source::arxiv: return id.id;
        case Source::openreview: return id.id + "@OpenReview";
        case Source::acl: return id.id + "@ACL";
        case Source::ijcai: return id.id + "@IJCAI";
        case Source::pmlr: return id.id + "@PMLR";
    }
    return id.id;
}

namespace {

std::string_view url_prefix(Source source) {
    return source == Source::arxiv ? "https://papers.cool/arxiv/" : "https://papers.cool/venue/";
}

// Where each id goes: URLs are built per source in order of first appearance, a source's URL
// closed when the next element would take it past kMaxUrlBytes. Calls place(id index, url index)
// for each id until it returns false; returns the URL count.
template <typename Place>
std::size_t lay_out(const std::vector<PaperId>& ids, Place&& place) {
    struct Open {
        Source source;
        std::size_t url;    // index of its last URL
        std::size_t bytes;  // that URL's length so far
    };
    std::vector<Open> open;  // one per source seen
    std::size_t urls = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::size_t element = url_element(ids[i]).size();
        const auto found = std::find_if(open.begin(), open.end(), [&](const Open& o) { return o.source == ids[i].source; });
        const std::size_t group = static_cast<std::size_t>(found - open.begin());
        if (group == open.size()) open.push_back({ids[i].source, urls++, url_prefix(ids[i].source).size() + element});
        else if (open[group].bytes + 1 + element > kMaxUrlBytes) open[group] = {ids[i].source, urls++, url_prefix(ids[i].source).size() + element};
        else open[group].bytes += 1 + element;
        if (!place(i, open[group].url)) return urls;
    }
    return urls;
}

}  // namespace

std::vector<std::string> cool_papers_urls(const std::vector<PaperId>& ids) {
    std::vector<std::string> urls;
    lay_out(ids, [&](std::size_t i, std::size_t url) {
        if (url == urls.size()) urls.emplace_back(url_prefix(ids[i].source));
        else urls[url] += ',';
        urls[url] += url_element(ids[i]);
        return true;
    });
    return urls;
}

CoolLinks cool_links(std::vector<PaperId> ids, std::size_t found) {
    CoolLinks links;
    links.found = std::max(found, ids.size());
    std::size_t keep = 0;
    lay_out(ids, [&](std::size_t i, std::size_t url) {
        if (url >= kMaxUrls) return false;
        keep = i + 1;
        return true;
    });
    ids.resize(keep);
    links.urls = cool_papers_urls(ids);
    links.ids = std::move(ids);
    return links;
}

std::string search_query(std::string_view text) {
    static const RE2 keyword("([\\p{L}\\p{N}]{2,})");
    std::string folded_storage;
    if (auto folded = fold_characters(text)) folded_storage = std::move(*folded), text = folded_storage;
    re2::StringPiece input(text.data(), text.size());
    std::string query, word;
    while (RE2::FindAndConsume(&input, keyword, &word)) {
        if (query.size() + 1 + word.size() > kMaxQueryBytes) {
            if (query.empty()) query = json_text::utf8_prefix(word, kMaxQueryBytes);  // one endless word
            break;
        }
        if (!query.empty()) query += ' ';
        query += word;
    }
    return query;
}

std::string search_url(std::string_view query) {
    return std::string(kCoolPapersBase) + "arxiv/search?highlight=1&query=" + percent_encode(query);
}

}  // namespace coolpapers
