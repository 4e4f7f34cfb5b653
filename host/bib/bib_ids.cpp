#include "bib_ids.hpp"

#include <algorithm>

#include "core/ascii.hpp"
#include "core/extract.hpp"

namespace coolpapers::bib {

namespace {

void add_unique(std::vector<PaperId>& ids, const std::vector<PaperId>& more) {
    for (const PaperId& id : more)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// A URL or DOI field: braces dropped, TeX escapes (\_ \% \& \#) undone, '~' kept.
std::string verbatim(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '{' || value[i] == '}') continue;
        if (value[i] == '\\' && i + 1 < value.size() && std::string_view("_%&#").find(value[i + 1]) != std::string_view::npos)
            continue;
        out += value[i];
    }
    return out;
}

bool names_arxiv(const BibEntry& entry) {
    return ascii::iequals(plain_text(entry.field("archiveprefix")), "arxiv") ||
           ascii::iequals(plain_text(entry.field("eprinttype")), "arxiv");
}

}  // namespace

std::vector<PaperId> ids_from_fields(const BibEntry& entry) {
    std::vector<PaperId> ids;
    const std::string eprint = plain_text(entry.field("eprint"));
    if (!eprint.empty() && names_arxiv(entry)) add_unique(ids, extract_ids("arXiv:" + eprint));

    const std::string volume = plain_text(entry.field("volume"));
    const std::string journal = plain_text(entry.field("journal"));
    if (ascii::iequals(journal, "CoRR") && ascii::istarts_with(volume, "abs/"))
        add_unique(ids, extract_ids("arXiv:" + volume.substr(4)));

    add_unique(ids, extract_ids(verbatim(entry.field("url"))));
    const std::string doi = verbatim(entry.field("doi"));
    if (!doi.empty()) add_unique(ids, extract_ids(ascii::istarts_with(doi, "http") ? doi : "https://doi.org/" + doi));
    for (const char* field : {"note", "howpublished", "journal"}) add_unique(ids, extract_ids(plain_text(entry.field(field))));
    return ids;
}

}  // namespace coolpapers::bib
