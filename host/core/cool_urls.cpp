#include "cool_urls.hpp"

#include <re2/re2.h>

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

std::vector<std::string> cool_papers_urls(const std::vector<PaperId>& ids) {
    std::vector<Source> order;
    std::vector<std::string> urls;
    for (const PaperId& id : ids) {
        std::size_t group = 0;
        while (group < order.size() && order[group] != id.source) ++group;
        if (group == order.size()) {
            order.push_back(id.source);
            urls.push_back(std::string(kCoolPapersBase) + (id.source == Source::arxiv ? "arxiv/" : "venue/"));
        } else {
            urls[group] += ',';
        }
        urls[group] += url_element(id);
    }
    return urls;
}

std::string search_query(std::string_view text) {
    static const RE2 keyword("([\\p{L}\\p{N}]{2,})");
    std::string folded_storage;
    if (auto folded = fold_characters(text)) folded_storage = std::move(*folded), text = folded_storage;
    re2::StringPiece input(text.data(), text.size());
    std::string query, word;
    while (RE2::FindAndConsume(&input, keyword, &word)) {
        if (!query.empty()) query += ' ';
        query += word;
    }
    return query;
}

std::string search_url(std::string_view query) {
    return std::string(kCoolPapersBase) + "arxiv/search?highlight=1&query=" + percent_encode(query);
}

}  // namespace coolpapers
