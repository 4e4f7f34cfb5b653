// Writes small title indexes in the format of tools/title-index/index_file.py, for tests that
// need exact control over titles, ids and ties. A second, independent writer of the format.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "titles/title_index.hpp"

namespace coolpapers::titles::test {

struct Paper {
    std::string key;  // already normalised
    Source source;
    std::string id;
    std::string venue;
    int year;
    bool workshop = false;
};

inline unsigned source_code(Source s) {
    switch (s) {
        case Source::acl: return 1;
        case Source::pmlr: return 2;
        case Source::ijcai: return 3;
        case Source::openreview: return 4;
        default: return 0;
    }
}

inline void put(std::string& out, std::uint64_t v, int bytes) {
    for (int k = 0; k < bytes; ++k) out += static_cast<char>(v >> (8 * k) & 0xFF);
}

inline std::string build_index(std::vector<Paper> papers, const std::map<char32_t, std::string>& folds = {},
                               const std::string& meta_text = "test index") {
    std::sort(papers.begin(), papers.end(), [](const Paper& a, const Paper& b) {
        return std::tuple(fnv1a(a.key), a.workshop) < std::tuple(fnv1a(b.key), b.workshop);
    });
    std::vector<std::string> venues;
    for (const auto& p : papers)
        if (std::find(venues.begin(), venues.end(), p.venue) == venues.end()) venues.push_back(p.venue);
    std::string hashes, entries, ids, fold_entries, fold_strings, venue_pool, meta = meta_text;
    for (const auto& p : papers) {
        put(hashes, fnv1a(p.key), 8);
        put(entries, ids.size(), 4);
        put(entries, std::find(venues.begin(), venues.end(), p.venue) - venues.begin(), 2);
        put(entries, static_cast<unsigned>(p.year - 1900), 1);
        put(entries, source_code(p.source) | (p.workshop ? 0x10u : 0u), 1);
        ids += static_cast<char>(p.id.size()) + p.id;
    }
    for (const auto& [cp, s] : folds) {
        put(fold_entries, cp, 4);
        put(fold_entries, fold_strings.size(), 4);
        fold_strings += static_cast<char>(s.size()) + s;
    }
    for (const auto& v : venues) venue_pool += static_cast<char>(v.size()) + v;
    std::string body(80, '\0');
    std::vector<std::uint32_t> f = {static_cast<std::uint32_t>(papers.size()), static_cast<std::uint32_t>(folds.size()),
                                    static_cast<std::uint32_t>(venues.size())};
    auto section = [&](const std::string& s, bool with_len) {
        f.push_back(static_cast<std::uint32_t>(body.size()));
        if (with_len) f.push_back(static_cast<std::uint32_t>(s.size()));
        body += s;
    };
    section(hashes, false);
    section(entries, false);
    section(ids, true);
    section(fold_entries, false);
    section(fold_strings, true);
    section(venue_pool, true);
    section(meta, true);
    f.push_back(static_cast<std::uint32_t>(body.size()));
    std::string header = "CPTIDX01";
    put(header, 1, 4);
    for (auto v : f) put(header, v, 4);
    body.replace(0, header.size(), header);
    return body;
}

}  // namespace coolpapers::titles::test
