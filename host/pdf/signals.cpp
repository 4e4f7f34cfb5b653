#include "signals.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "core/ascii.hpp"
#include "core/extract.hpp"
#include "compose.hpp"
#include "plain_text.hpp"

namespace coolpapers::pdf {

namespace {

// Page-1 regions, as fractions of the page height. The running header sits in the top 5 %; venue
// footers and first-page footnotes (PMLR's "JMLR: W&CP volume 32" at 86 %) in the bottom 20 %.
// Own DOIs/URLs are only trusted nearer the edge, where body text and its citations never reach.
constexpr double kHeaderEnd = 0.10, kFooterStart = 0.80;
constexpr double kIdHeaderEnd = 0.08, kIdFooterStart = 0.88;
constexpr double kTitleZoneEnd = 0.60;  // the title is in the top 60 % of page 1

using plain_text::collapse_spaces;
using plain_text::contains;
using plain_text::letter_count;
using plain_text::piece;

// Each pattern is compiled once, on first use.
const RE2& stamp_re() {
    static const RE2 re(R"(arXiv:(\S+v\d+) (?:\[[^\]\s]+\] )?\d{1,2} [A-Z][a-z]{2} \d{4})");
    return re;
}
const RE2& ijcai_re() {
    static const RE2 re(R"(\(IJCAI(?:-ECAI)?[- ]?(\d{2}|\d{4})\))");
    return re;
}
const RE2& at_venue_re() {
    static const RE2 re(R"((?:Published|Under review|Accepted) as an? (?:conference|workshop) paper at ([A-Z][A-Za-z]+) ((?:19|20)\d\d))");
    return re;
}
const RE2& pmlr_re() {
    static const RE2 re(R"(((?:PMLR|JMLR:? W\s*&\s*CP,?(?: (?:volume|vol\.?))?) (\d{1,3}))\b)");
    return re;
}
const RE2& neurips_re() {
    static const RE2 re(R"(Conference on Neural Information Processing Systems \((NeurIPS|NIPS) ((?:19|20)\d\d)\))");
    return re;
}
// A year that is not half of a page range ("pages 2001–2010").
const RE2& year_re() {
    static const RE2 re(R"((?:^|[^\d\-–])((?:19|20)\d\d)(?:[^\d\-–]|$))");
    return re;
}

double center(const Rect& r, bool vertical) { return vertical ? (r.x0 + r.x1) / 2 : (r.y0 + r.y1) / 2; }

Rect unite(const Rect& a, const Rect& b) {
    return Rect{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool continues_line(const Word& prev, const Word& next) {
    if (prev.rotation != next.rotation) return false;
    const bool vertical = prev.rotation % 2 == 1;
    const double size = std::max({prev.font_size, next.font_size, 1.0});
    if (std::abs(center(prev.box, vertical) - center(next.box, vertical)) > 0.5 * size) return false;
    if (vertical) return true;
    // Upright text reads left to right; a jump back or across a column gap starts a new line.
    return next.box.x0 + 0.5 * size >= prev.box.x0 && next.box.x0 - prev.box.x1 <= 4 * size;
}

// Poppler marks a space at every font change, so small caps ("C" 17pt + "OMBINING" 14pt) come
// out as two words; a real space is also a visible gap.
bool space_between(const Word& prev, const Word& next) {
    if (prev.rotation != 0) return prev.space_after;
    return prev.space_after && next.box.x0 - prev.box.x1 > 0.1 * std::max(prev.font_size, next.font_size);
}

double page_height(const PdfFacts& facts) {
    if (facts.page_height > 0) return facts.page_height;
    double h = 1;
    for (const Word& w : facts.words) h = std::max(h, w.box.y1);
    return h;
}

// Lines of a title page that carry the institution or the degree, not the title (theses put the
// university's name in the largest font).
bool is_cover_boilerplate(std::string_view text) {
    // Word starts; accents may be combining characters, hence "gradua" for "Graduação".
    static constexpr std::array<std::string_view, 11> kWords = {
        "universi", "institut", "faculdade", "faculty", "departament", "department", "gradua",
        "disserta", "thesis", "mestrado", "doutorado"};
    for (std::string_view word : kWords) {
        for (std::size_t at = ascii::ifind(text, word); at != std::string_view::npos; at = ascii::ifind(text, word, at + 1))
            if (at == 0 || !ascii::is_alpha(text[at - 1])) return true;
    }
    return false;
}

bool is_title_candidate(const Line& line, double height) {
    if (line.rotation != 0 || line.box.y0 > kTitleZoneEnd * height || line.box.y1 <= 0.06 * height) return false;
    const std::size_t letters = letter_count(line.text);
    std::size_t visible = 0;
    for (char c : line.text) visible += ascii::is_space(c) ? 0 : 1;
    // Rules, underscores and page numbers are not titles.
    return letters >= 4 && 2 * letters >= visible && !is_cover_boilerplate(line.text);
}

// Small caps: a capital letter set in a smaller size than the block's largest stands for a
// lower-case one ("P" 17pt + "RE" 14pt → "Pre").
bool is_small_caps(const Word& w, double block_size) {
    if (w.font_size >= 0.9 * block_size) return false;
    bool upper = false;
    for (char c : w.text) {
        if (ascii::is_lower(c)) return false;
        upper = upper || ascii::is_upper(c);
    }
    return upper;
}

void strip_trailing_marks(std::string& s) {
    static constexpr std::array<std::string_view, 5> kMarks = {"*", "\u2217", "\u2020", "\u2021", " "};
    for (bool again = true; again;) {
        again = false;
        for (std::string_view mark : kMarks)
            if (s.size() >= mark.size() && std::string_view(s).substr(s.size() - mark.size()) == mark) {
                s.resize(s.size() - mark.size());
                again = true;
            }
    }
}

std::optional<int> first_year(std::string_view text) {
    re2::StringPiece input = piece(text);
    std::string year;
    if (!RE2::FindAndConsume(&input, year_re(), &year)) return std::nullopt;
    return std::stoi(year);
}

// The year of the proceedings named at `pos`: the first one from the "Proceedings of" that
// introduces it ("Proceedings of the 2014 Conference on …", "… pages 4902–4912 July 2020").
// Body text around the footer cites other years, so never search before that.
int proceedings_year(std::string_view text, std::size_t pos) {
    std::size_t anchor = pos;
    for (std::size_t at = ascii::ifind(text, "Proceedings"); at != std::string_view::npos && at <= pos;
         at = ascii::ifind(text, "Proceedings", at + 1))
        if (pos - at <= 300) {
            anchor = at;
            break;
        }
    return first_year(text.substr(anchor)).value_or(0);
}

int full_year(const std::string& digits) {
    const int n = std::stoi(digits);
    return digits.size() == 2 ? 2000 + n : n;
}

struct NamedVenue {
    std::string_view phrase, name, source;
};

// Venues recognised by a phrase of their proceedings' name (ACL family, ICML and friends).
constexpr std::array<NamedVenue, 12> kProceedings = {{
    {"Annual Meeting of the Association for Computational Linguistics", "ACL", "acl"},
    {"Annual Meeting of the Association of Computational Linguistics", "ACL", "acl"},
    {"Annual Meeting of the ACL", "ACL", "acl"},
    {"Findings of the Association for Computational Linguistics", "Findings", "acl"},
    {"Empirical Methods in Natural Language Processing", "EMNLP", "acl"},
    {"North American Chapter of the Association", "NAACL", "acl"},
    {"European Chapter of the Association", "EACL", "acl"},
    {"International Conference on Computational Linguistics", "COLING", "acl"},
    {"Conference on Computational Natural Language Learning", "CoNLL", "acl"},
    {"Artificial Intelligence and Statistics", "AISTATS", ""},
    {"Conference on Learning Theory", "COLT", ""},
    {"International Conference on Machine Learning", "ICML", ""},
}};

}  // namespace

std::vector<Line> build_lines(const std::vector<Word>& words) {
    std::vector<Line> lines;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        if (lines.empty() || !continues_line(words[i - 1], w)) {
            lines.push_back(Line{"", w.rotation, 0, w.box, i, i});
        } else if (space_between(words[i - 1], w)) {
            lines.back().text += ' ';
        }
        Line& line = lines.back();
        line.text += w.text;
        line.font_size = std::max(line.font_size, w.font_size);
        line.box = unite(line.box, w.box);
        line.last = i + 1;
    }
    return lines;
}

std::optional<PaperId> stamp_id(std::string_view text) {
    const std::string line = collapse_spaces(text);
    std::string token;
    if (!RE2::FullMatch(piece(line), stamp_re(), &token)) return std::nullopt;
    const std::vector<PaperId> ids = extract_ids("arXiv:" + token);
    if (ids.size() != 1 || ids[0].source != Source::arxiv) return std::nullopt;
    return ids[0];
}

std::string typeset_title(const PdfFacts& facts, const std::vector<Line>& lines) {
    const double height = page_height(facts);
    double largest = 0;
    for (const Line& line : lines)
        if (is_title_candidate(line, height)) largest = std::max(largest, line.font_size);
    if (largest <= 0) return "";

    std::vector<const Line*> block;
    for (const Line& line : lines) {
        if (line.rotation != 0) continue;  // the stamp may sit anywhere in reading order
        if (block.empty()) {
            if (is_title_candidate(line, height) && line.font_size >= 0.95 * largest) block.push_back(&line);
            continue;
        }
        const Line& prev = *block.back();
        const bool adjacent = line.box.y0 >= prev.box.y0 && line.box.y0 - prev.box.y1 <= largest;
        bool small_caps_only = true;  // a wrapped small-caps line ("HENSION") has no large glyph
        for (std::size_t i = line.first; i < line.last; ++i)
            small_caps_only = small_caps_only && (is_small_caps(facts.words[i], largest) ||
                                                  letter_count(facts.words[i].text) == 0);
        const bool title_sized = line.font_size >= 0.95 * largest || (line.font_size >= 0.7 * largest && small_caps_only);
        if (!adjacent || !title_sized) break;
        block.push_back(&line);
    }

    std::string title;
    for (const Line* line : block) {
        for (std::size_t i = line->first; i < line->last; ++i) {
            const Word& w = facts.words[i];
            std::string text = w.text;
            if (is_small_caps(w, largest))
                std::transform(text.begin(), text.end(), text.begin(), [](char c) { return ascii::to_lower(c); });
            if (i == line->first && !title.empty()) {
                // A hyphen that broke a word across lines goes; one before a capital stays.
                if (title.back() == '-' && !text.empty() && ascii::is_lower(text[0])) title.pop_back();
                else title += ' ';
            }
            title += text;
            if (i + 1 < line->last && space_between(w, facts.words[i + 1])) title += ' ';
        }
    }
    title = collapse_spaces(title);
    strip_trailing_marks(title);
    return title;
}

namespace {

// The venue a header or footer names, without the workshop flag.
std::optional<Venue> named_venue(std::string_view header_footer_text) {
    // Footnotes hyphenate ("International Con-⏎ference"): rejoin before matching phrases.
    std::string joined;
    for (std::size_t i = 0; i < header_footer_text.size(); ++i) {
        const char c = header_footer_text[i];
        if (c == '-' && i + 2 < header_footer_text.size() && header_footer_text[i + 1] == '\n' &&
            ascii::is_lower(header_footer_text[i + 2]) && i > 0 && ascii::is_alpha(header_footer_text[i - 1])) {
            ++i;
            continue;
        }
        joined += c;
    }
    const std::string text = collapse_spaces(joined);
    const re2::StringPiece input = piece(text);
    std::string a, b;
    if (RE2::PartialMatch(input, ijcai_re(), &a)) return Venue{"IJCAI", full_year(a), "ijcai", ""};
    if (RE2::PartialMatch(input, at_venue_re(), &a, &b))
        return Venue{a, std::stoi(b), a == "ICLR" ? "openreview" : "", ""};
    re2::StringPiece pmlr_match;
    if (RE2::PartialMatch(input, pmlr_re(), &pmlr_match, &a)) {
        const auto pos = static_cast<std::size_t>(pmlr_match.data() - text.data());
        Venue venue{"PMLR", proceedings_year(text, pos), "pmlr", "v" + a};
        for (const NamedVenue& named : kProceedings)
            if (named.source.empty() && contains(text, named.phrase)) {
                venue.name = named.name;
                break;
            }
        return venue;
    }
    if (RE2::PartialMatch(input, neurips_re(), &a, &b)) return Venue{"NeurIPS", std::stoi(b), "", ""};
    for (const NamedVenue& named : kProceedings)
        if (const std::size_t pos = ascii::ifind(text, named.phrase); pos != std::string_view::npos)
            return Venue{std::string(named.name), proceedings_year(text, pos), std::string(named.source), ""};
    return std::nullopt;
}

}  // namespace

std::optional<Venue> find_venue(std::string_view header_footer_text) {
    std::optional<Venue> venue = named_venue(header_footer_text);
    if (venue) venue->workshop = contains(header_footer_text, "workshop");
    return venue;
}

Findings find_own(const PdfFacts& facts) {
    Findings found;
    auto add = [&found](const PaperId& id) {
        if (std::find(found.ids.begin(), found.ids.end(), id) == found.ids.end()) found.ids.push_back(id);
    };

    const std::vector<Line> lines = build_lines(facts.words);
    // 1. The arXiv margin stamp: rotated, and exactly the stamp's shape (a rotated figure label
    //    or axis title is neither).
    for (const Line& line : lines)
        if (line.rotation != 0)
            if (auto id = stamp_id(line.text)) add(*id);
    // 2. A /Title that is the stamp string (dvips builds).
    if (auto id = stamp_id(facts.meta_title)) add(*id);

    // 3. Own DOIs and URLs, from the page edges only: the body and references of page 1 cite
    //    other papers. arXiv ids need the DOI form there; a bare "arXiv:…" is a citation.
    const double height = page_height(facts);
    std::string edge_text, venue_text;
    for (const Line& line : lines) {
        if (line.rotation != 0) continue;
        if (line.box.y1 <= kIdHeaderEnd * height || line.box.y0 >= kIdFooterStart * height) edge_text += line.text + "\n";
        if (line.box.y1 <= kHeaderEnd * height || line.box.y0 >= kFooterStart * height) venue_text += line.text + "\n";
    }
    for (const PaperId& id : extract_ids(edge_text))
        if (id.source != Source::arxiv || contains(edge_text, "10.48550/arXiv." + id.id)) add(id);

    // 4. The venue, for a title lookup to rank with.
    found.venue = find_venue(venue_text);

    // 5. The title: /Title when sane, else the typography of page 1.
    if (auto meta = sane_meta_title(facts.meta_title)) found.title = compose_accents(*meta);
    else found.title = compose_accents(typeset_title(facts, lines));
    return found;
}

std::vector<PaperId> find_cited(const PdfFacts& facts) {
    std::string text;
    for (const std::string& page : facts.page_texts) text += page + "\n";
    return extract_ids(text);
}

}  // namespace coolpapers::pdf
