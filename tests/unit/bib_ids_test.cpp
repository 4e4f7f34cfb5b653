// Ids from BibTeX fields, in the forms the exporters write them.
#include <catch2/catch.hpp>

#include "bib/bib_ids.hpp"

using namespace coolpapers;
using namespace coolpapers::bib;

namespace {

std::vector<std::string> ids_of(const std::string& entry_text) {
    const auto entries = parse_bibtex(entry_text);
    REQUIRE(entries.size() == 1);
    std::vector<std::string> out;
    for (const PaperId& id : ids_from_fields(entries[0])) out.push_back(std::string(source_name(id.source)) + ":" + id.id);
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("arXiv eprints need archivePrefix or eprinttype", "[bib]") {
    CHECK(ids_of("@misc{k, eprint={1706.03762}, archivePrefix={arXiv}}") == V{"arxiv:1706.03762"});
    CHECK(ids_of("@misc{k, eprint={1706.03762v5}, eprinttype={arxiv}}") == V{"arxiv:1706.03762"});
    CHECK(ids_of("@misc{k, eprint={hep-th/9901001}, archiveprefix={arXiv}}") == V{"arxiv:hep-th/9901001"});
    CHECK(ids_of("@misc{k, eprint={12345}, archivePrefix={PubMed}}").empty());
}

TEST_CASE("DBLP's CoRR volume, Scholar's journal, url, doi, note and howpublished", "[bib]") {
    CHECK(ids_of("@article{k, journal={CoRR}, volume={abs/1406.2661}}") == V{"arxiv:1406.2661"});
    CHECK(ids_of("@article{k, journal={Journal}, volume={abs/1406.2661}}").empty());
    CHECK(ids_of("@article{k, journal={arXiv preprint arXiv:1810.04805}}") == V{"arxiv:1810.04805"});
    CHECK(ids_of("@inproceedings{k, url={https://openreview.net/forum?id=B14TlG-RW}}") == V{"openreview:B14TlG-RW"});
    CHECK(ids_of("@inproceedings{k, doi={10.18653/v1/2020.acl-main.442}}") == V{"acl:2020.acl-main.442"});
    CHECK(ids_of("@misc{k, doi={10.48550/ARXIV.1706.03762}}") == V{"arxiv:1706.03762"});
    CHECK(ids_of("@misc{k, note={arXiv:1503.02531}}") == V{"arxiv:1503.02531"});
    CHECK(ids_of("@misc{k, howpublished={\\url{https://arxiv.org/abs/1409.3215}}}") == V{"arxiv:1409.3215"});
    CHECK(ids_of("@misc{k, url={http://proceedings.mlr.press/v32/le14.html}}") == V{"pmlr:le14@v32"});
}

TEST_CASE("several fields naming the same paper give it once; different papers in field order", "[bib]") {
    CHECK(ids_of("@article{k, journal={CoRR}, volume={abs/1706.03762}, url={http://arxiv.org/abs/1706.03762},"
                 " eprinttype={arXiv}, eprint={1706.03762}}") == V{"arxiv:1706.03762"});
    CHECK(ids_of("@inproceedings{k, url={https://aclanthology.org/P09-1113}, note={see also arXiv:1503.02531}}") ==
          V{"acl:P09-1113", "arxiv:1503.02531"});
}

TEST_CASE("fields without ids give none; an ordinary journal's DOI is not an id", "[bib]") {
    CHECK(ids_of("@article{k, title={Attention is all you need}, journal={Advances in neural information processing systems}}").empty());
    CHECK(ids_of("@article{k, doi={10.1038/nature14539}}").empty());
}
