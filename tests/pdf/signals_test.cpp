// The PDF decisions on hand-made facts (host/pdf/signals.hpp): no poppler, no files.
#include <catch2/catch.hpp>

#include "pdf/signals.hpp"

using namespace coolpapers;
using namespace coolpapers::pdf;

namespace {

constexpr double kHeight = 792;

// Words laid out left to right from (x, y): each char 0.5 em wide, 0.3 em between words.
void add_line(PdfFacts& facts, const std::vector<std::string>& words, double x, double y, double size) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const double width = 0.5 * size * static_cast<double>(words[i].size());
        facts.words.push_back(Word{words[i], 0, size, Rect{x, y, x + width, y + size}, i + 1 < words.size()});
        x += width + 0.3 * size;
    }
}

// A vertical stamp in the left margin, reading bottom to top (poppler's rotation 3).
void add_rotated(PdfFacts& facts, const std::vector<std::string>& words, double x, double y) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const double length = 10.0 * static_cast<double>(words[i].size());
        facts.words.push_back(Word{words[i], 3, 20, Rect{x, y - length, x + 18, y}, i + 1 < words.size()});
        y -= length + 6;
    }
}

PdfFacts page() {
    PdfFacts facts;
    facts.page_count = 1;
    facts.page_width = 612;
    facts.page_height = kHeight;
    return facts;
}

std::vector<std::string> ids_of(const Findings& f) {
    std::vector<std::string> out;
    for (const PaperId& id : f.ids) out.push_back(std::string(source_name(id.source)) + ":" + id.id);
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("stamp_id accepts exactly the arXiv margin stamp", "[pdf][signals]") {
    CHECK(stamp_id("arXiv:1503.02531v1 [stat.ML] 9 Mar 2015")->id == "1503.02531");
    CHECK(stamp_id("arXiv:1409.3215v3  [cs.CL]  14 Dec 2014")->id == "1409.3215");
    CHECK(stamp_id("arXiv:2503.05372v1 [hep-ph] 7 Mar 2025")->id == "2503.05372");
    CHECK(stamp_id("arXiv:hep-th/9901001v2 10 May 1999")->id == "hep-th/9901001");
    CHECK(stamp_id("arXiv:math/0211159v1 [math.DG] 11 Nov 2002")->id == "math/0211159");
    CHECK_FALSE(stamp_id("arXiv:1706.03762 [cs.CL]"));                          // a citation, no version or date
    CHECK_FALSE(stamp_id("see arXiv:1706.03762v2 [cs.CL] 3 Dec 2017 there"));  // not the whole line
    CHECK_FALSE(stamp_id("arXiv:2399.12345v1 [cs.CL] 1 Jan 2024"));            // month 99
    CHECK_FALSE(stamp_id("Accuracy (%)"));
    CHECK_FALSE(stamp_id(""));
}

TEST_CASE("sane_meta_title rejects file names, stamps and proceedings names", "[pdf][signals]") {
    CHECK(sane_meta_title("Convolutional Neural Networks for Sentence Classification") ==
          "Convolutional Neural Networks for Sentence Classification");
    CHECK(sane_meta_title("  Generative\tAdversarial  Nets ") == "Generative Adversarial Nets");
    for (const char* bogus : {"", "   ", "paper3.dvi", "countries.capitals.projections.eps", "Microsoft Word - Loeb_Sing.docx",
                              "Proceedings of the 45th Annual Meeting of the Association of Computational Linguistics",
                              "arXiv:1409.3215v3  [cs.CL]  14 Dec 2014", "main_final", "untitled", "main.tex"}) {
        INFO(bogus);
        CHECK_FALSE(sane_meta_title(bogus));
    }
}

TEST_CASE("sane_meta_title: file-name-like titles are cleaned or refused", "[pdf][signals]") {
    // Cleaned: what is left is the title.
    CHECK(sane_meta_title("LNCS 9351 - U-Net: Convolutional Networks for Biomedical Image Segmentation") ==
          "U-Net: Convolutional Networks for Biomedical Image Segmentation");
    CHECK(sane_meta_title("LNAI 10000 – Some Learning Paper") == "Some Learning Paper");
    CHECK(sane_meta_title("Attention Is All You Need (1)") == "Attention Is All You Need");
    CHECK(sane_meta_title("Attention Is All You Need(12) (2)") == "Attention Is All You Need");
    // Kept: real titles that merely look odd.
    CHECK(sane_meta_title("U-Net: Convolutional Networks") == "U-Net: Convolutional Networks");
    CHECK(sane_meta_title("BERT: Pre-training of Deep Bidirectional Transformers") ==
          "BERT: Pre-training of Deep Bidirectional Transformers");
    CHECK(sane_meta_title("Learning (1) to Rank") == "Learning (1) to Rank");
    CHECK(sane_meta_title("ATTENTION IS ALL YOU NEED") == "ATTENTION IS ALL YOU NEED");
    CHECK(sane_meta_title("Deep_Learning for Everyone") == std::nullopt);  // underscores join words: refused
    // Refused: file names, copies of file names, tool prefixes, all-caps stems.
    for (const char* bogus : {"Trainability_Generalization_ICML2020 (6)", "Trainability_Generalization_ICML2020",
                              "ICML 2020 camera_ready", "final paper.pdf (2)", "paper.PDF", "Microsoft Word - A Real Looking Title",
                              "Microsoft PowerPoint - slides", "LNCS 9351 - main.tex", "CAMERAREADY", "ACL-FINAL",
                              "ACL2023", "camera-ready-v2", "submission (3)", "LNCS 9351 - "}) {
        INFO(bogus);
        CHECK_FALSE(sane_meta_title(bogus));
    }
}

TEST_CASE("find_venue reads header and footer hints", "[pdf][signals]") {
    struct Case {
        const char* text;
        const char* label;
        const char* source;
        const char* volume;
    };
    const Case cases[] = {
        {"Proceedings of the Twenty-Sixth International Joint Conference on Artificial Intelligence (IJCAI-17)",
         "IJCAI 2017", "ijcai", ""},
        {"Published as a conference paper at ICLR 2020", "ICLR 2020", "openreview", ""},
        {"Under review as a conference paper at ICLR 2016", "ICLR 2016", "openreview", ""},
        {"Proceedings of the 31 st International Conference on Machine Learning, Beijing, China, 2014. JMLR: W&CP volume 32.",
         "ICML 2014", "pmlr", "v32"},
        {"Proceedings of the 40th International Conference on Machine Learning, Honolulu, Hawaii, USA. PMLR 202, 2023.",
         "ICML 2023", "pmlr", "v202"},
        {"Appearing in Proceedings of the 19th International Conference on Artificial Intelligence and Statistics "
         "(AISTATS) 2016, Cadiz, Spain. JMLR: W&CP volume 51.",
         "AISTATS 2016", "pmlr", "v51"},
        {"Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics, pages 4902–4912\n"
         "July 5 - 10, 2020. c 2020 Association for Computational Linguistics",
         "ACL 2020", "acl", ""},
        {"Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP), pages 1746–1751,",
         "EMNLP 2014", "acl", ""},
        // Body text cites other years before the footer; a page range is no year.
        {"as shown by Smith (2018).\nProceedings of the 47th Annual Meeting of the ACL, pages 2001–2010,\nSuntec, Singapore, 2-7 August 2009.",
         "ACL 2009", "acl", ""},
        {"34th Conference on Neural Information Processing Systems (NeurIPS 2020), Vancouver, Canada.", "NeurIPS 2020", "", ""},
        {"Appearing in Proceedings of the 28 th International Con-\nference on Machine Learning, Bellevue, WA, USA, 2011.",
         "ICML 2011", "", ""},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const std::optional<Venue> venue = find_venue(c.text);
        REQUIRE(venue);
        CHECK(venue->label() == c.label);
        CHECK(venue->source == c.source);
        CHECK(venue->volume == c.volume);
    }
    CHECK_FALSE(find_venue("We thank the reviewers. 1 Code at https://github.com/x/y"));
}

TEST_CASE("find_venue tells a workshop from the main venue", "[pdf][signals]") {
    const auto main = find_venue("Findings of the Association for Computational Linguistics: ACL 2025, pages 1–12");
    REQUIRE(main);
    CHECK(main->label() == "Findings 2025");
    CHECK(main->source == "acl");
    CHECK_FALSE(main->workshop);
    const auto srw = find_venue("Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics\n"
                                "(Volume 4: Student Research Workshop), pages 1–9");
    REQUIRE(srw);
    CHECK(srw->workshop);
    const auto iclrw = find_venue("Published as a workshop paper at ICLR 2025");
    REQUIRE(iclrw);
    CHECK(iclrw->workshop);
}

TEST_CASE("build_lines joins small caps and splits at line changes", "[pdf][signals]") {
    PdfFacts facts = page();
    // "QAN" 17pt + "ET" 14pt touching; poppler marks a space after every font change.
    facts.words.push_back(Word{"QAN", 0, 17.22, Rect{108.4, 81.9, 147.4, 97.3}, false});
    facts.words.push_back(Word{"ET", 0, 13.77, Rect{148.3, 84.2, 166.0, 96.5}, false});
    facts.words.push_back(Word{":", 0, 17.22, Rect{166.0, 81.9, 170.8, 97.3}, true});
    facts.words.push_back(Word{"C", 0, 17.22, Rect{185.8, 81.9, 197.3, 97.3}, true});
    facts.words.push_back(Word{"OMBINING", 0, 13.77, Rect{198.2, 84.2, 274.5, 96.5}, true});
    add_line(facts, {"Adams", "Wei", "Yu"}, 114, 157.6, 9.96);
    const std::vector<Line> lines = build_lines(facts.words);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "QANET: COMBINING");
    CHECK(lines[1].text == "Adams Wei Yu");
    CHECK(typeset_title(facts, lines) == "QANet: Combining");
}

TEST_CASE("the title comes from /Title when sane, else from the largest type", "[pdf][signals]") {
    PdfFacts facts = page();
    add_line(facts, {"Published", "as", "a", "conference", "paper", "at", "ICLR", "2020"}, 108, 28, 10);
    add_line(facts, {"Distributed", "Representations", "of", "Words"}, 108, 80, 17);
    add_line(facts, {"and", "their", "Composi-"}, 108, 100, 17);
    add_line(facts, {"tionality"}, 108, 120, 17);
    add_line(facts, {"Tomas", "Mikolov"}, 108, 160, 10);
    add_line(facts, {"Abstract"}, 108, 200, 12);
    CHECK(find_own(facts).title == "Distributed Representations of Words and their Compositionality");

    facts.meta_title = "paper3.dvi";
    CHECK(find_own(facts).title == "Distributed Representations of Words and their Compositionality");
    facts.meta_title = "The Real Title From Metadata";
    CHECK(find_own(facts).title == "The Real Title From Metadata");
    // A file name with a copy number (a real ICML 2020 PDF): the page-1 title is used.
    facts.meta_title = "Trainability_Generalization_ICML2020 (6)";
    CHECK(find_own(facts).title == "Distributed Representations of Words and their Compositionality");
    facts.meta_title = "LNCS 9351 - Distributed Representations of Words";
    CHECK(find_own(facts).title == "Distributed Representations of Words");
}

TEST_CASE("a thesis cover's university name is not its title", "[pdf][signals]") {
    PdfFacts facts = page();
    add_line(facts, {"Universidade", "do", "Estado", "do", "Rio", "de", "Janeiro"}, 140, 90, 24.8);
    add_line(facts, {"Dissertação", "de", "Mestrado"}, 75, 234, 14.3);
    add_line(facts, {"Dupla", "difração", "no", "LHC/CMS"}, 152, 320, 20.7);
    add_line(facts, {"Sheila", "Mara", "Silva", "do", "Amaral"}, 183, 390, 20.7);
    CHECK(find_own(facts).title == "Dupla difração no LHC/CMS");
}

TEST_CASE("own ids: the rotated stamp, never an id from the body", "[pdf][signals]") {
    PdfFacts facts = page();
    add_line(facts, {"A", "Synthetic", "Paper"}, 108, 80, 17);
    add_line(facts, {"We", "build", "on", "arXiv:1706.03762", "and", "https://doi.org/10.18653/v1/P17-1152."}, 108, 400, 10);
    add_rotated(facts, {"arXiv:hep-th/9901001v2", "10", "May", "1999"}, 18, 560);
    const Findings found = find_own(facts);
    CHECK(ids_of(found) == Strings{"arxiv:hep-th/9901001"});
    CHECK(found.title == "A Synthetic Paper");
    CHECK_FALSE(found.venue);
}

TEST_CASE("own ids: a rotated figure label is not a stamp", "[pdf][signals]") {
    PdfFacts facts = page();
    add_line(facts, {"A", "Synthetic", "Paper"}, 108, 80, 17);
    add_rotated(facts, {"Accuracy", "(%)"}, 200, 500);
    add_rotated(facts, {"arXiv:1706.03762", "[cs.CL]"}, 300, 500);
    CHECK(find_own(facts).ids.empty());
}

TEST_CASE("own ids: a /Title that is the stamp", "[pdf][signals]") {
    PdfFacts facts = page();
    facts.meta_title = "arXiv:1409.3215v3  [cs.CL]  14 Dec 2014";
    add_line(facts, {"Sequence", "to", "Sequence", "Learning"}, 108, 80, 17);
    const Findings found = find_own(facts);
    CHECK(ids_of(found) == Strings{"arxiv:1409.3215"});
    CHECK(found.title == "Sequence to Sequence Learning");
}

TEST_CASE("own ids: DOIs printed in the page-1 footer", "[pdf][signals]") {
    PdfFacts facts = page();
    add_line(facts, {"A", "Synthetic", "Paper"}, 108, 80, 17);
    add_line(facts, {"Proceedings", "of", "the", "55th", "Annual", "Meeting", "of", "the", "Association", "for",
                     "Computational", "Linguistics,", "pages", "1657–1668"}, 80, 730, 9);
    add_line(facts, {"Vancouver,", "Canada,", "July", "30", "-", "August", "4,", "2017."}, 80, 741, 9);
    SECTION("on one line") {
        add_line(facts, {"https://doi.org/10.18653/v1/P17-1152"}, 200, 752, 9);
    }
    SECTION("broken after the hyphen") {
        add_line(facts, {"https://doi.org/10.18653/v1/P17-"}, 200, 752, 9);
        add_line(facts, {"1152"}, 200, 763, 9);
    }
    const Findings found = find_own(facts);
    CHECK(ids_of(found) == Strings{"acl:P17-1152"});
    REQUIRE(found.venue);
    CHECK(found.venue->label() == "ACL 2017");
}

TEST_CASE("own ids: a bare arXiv citation in a footnote is not the paper's", "[pdf][signals]") {
    PdfFacts facts = page();
    add_line(facts, {"A", "Synthetic", "Paper"}, 108, 80, 17);
    add_line(facts, {"1", "Following", "arXiv:1706.03762."}, 80, 760, 9);
    CHECK(find_own(facts).ids.empty());
    add_line(facts, {"DOI:", "10.48550/arXiv.2305.10601"}, 80, 770, 9);
    CHECK(ids_of(find_own(facts)) == Strings{"arxiv:2305.10601"});
}

TEST_CASE("find_cited lists every id of the pages read, in order", "[pdf][signals]") {
    PdfFacts facts = page();
    facts.page_texts = {"arXiv:1503.02531v1 [stat.ML] 9 Mar 2015\nIntro", "[1] arXiv:1706.03762\n[2] doi:10.24963/ijcai.2017/579"};
    std::vector<std::string> got;
    for (const PaperId& id : find_cited(facts)) got.push_back(id.id);
    CHECK(got == Strings{"1503.02531", "1706.03762", "579@2017"});
}
