// The paper ids a BibTeX entry names in its own fields, the way exporters write them:
// eprint + archivePrefix = {arXiv} (arXiv, biblatex's eprinttype), url, doi, note, howpublished,
// Google Scholar's journal = {arXiv preprint arXiv:…}, DBLP's journal = {CoRR} + volume = {abs/…}.
// Pure: no I/O. The title-index fallback is the caller's.
#pragma once

#include <vector>

#include "bibtex.hpp"
#include "core/paper_id.hpp"

namespace coolpapers::bib {

// In field order as listed above, de-duplicated.
std::vector<PaperId> ids_from_fields(const BibEntry& entry);

}  // namespace coolpapers::bib
