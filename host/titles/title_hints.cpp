#include "title_hints.hpp"

#include "core/ascii.hpp"

namespace coolpapers::titles {
namespace {

struct VenueSign {
    std::string_view phrase;  // case-insensitive
    std::string_view venue;
    std::optional<Source> source;
    bool word = false;  // the phrase must not run on into letters ("ICML" is not "ICMLA")
};

// First match wins: longer, more specific phrases go before the ones they contain.
constexpr VenueSign kSigns[] = {
    {"Findings of the Association for Computational Linguistics", "findings", Source::acl},
    {"Findings of", "findings", Source::acl},
    {"Empirical Methods in Natural Language Processing", "emnlp", Source::acl},
    {"EMNLP", "emnlp", Source::acl},
    {"North American Chapter of the Association for Computational Linguistics", "naacl", Source::acl},
    {"NAACL", "naacl", Source::acl},
    {"European Chapter of the Association for Computational Linguistics", "eacl", Source::acl},
    {"Transactions of the Association for Computational Linguistics", "tacl", Source::acl},
    {"International Conference on Computational Linguistics", "coling", Source::acl},
    {"COLING", "coling", Source::acl},
    {"Annual Meeting of the Association for Computational Linguistics", "acl", Source::acl},
    {"Annual Meeting of the Association of Computational Linguistics", "acl", Source::acl},
    {"Annual Meeting of the ACL", "acl", Source::acl},
    {"International Joint Conference on Artificial Intelligence", "ijcai", Source::ijcai},
    {"IJCAI", "ijcai", Source::ijcai},
    {"International Conference on Learning Representations", "iclr", Source::openreview},
    {"ICLR", "iclr", Source::openreview},
    {"Transactions on Machine Learning Research", "tmlr", Source::openreview},
    {"Artificial Intelligence and Statistics", "aistats", std::nullopt},
    {"AISTATS", "aistats", std::nullopt},
    {"Conference on Learning Theory", "colt", std::nullopt},
    {"Uncertainty in Artificial Intelligence", "uai", std::nullopt},
    {"Conference on Robot Learning", "corl", std::nullopt},
    {"International Conference on Machine Learning", "icml", std::nullopt},
    {"ICML", "icml", std::nullopt, true},
    {"Neural Information Processing Systems", "neurips", Source::openreview},
    {"NeurIPS", "neurips", Source::openreview},
};

bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && ascii::is_digit(t[i]); }

bool alpha_at(std::string_view t, std::size_t i) { return i < t.size() && ascii::is_alpha(t[i]); }

bool names(std::string_view text, const VenueSign& s) {
    for (std::size_t p = ascii::ifind(text, s.phrase); p != std::string_view::npos; p = ascii::ifind(text, s.phrase, p + 1)) {
        if (!s.word || ((p == 0 || !alpha_at(text, p - 1)) && !alpha_at(text, p + s.phrase.size()))) return true;
    }
    return false;
}

// The last plausible year (1950–2099) that is not part of a page range such as "2010–2020".
std::optional<int> find_year(std::string_view t) {
    std::optional<int> year;
    for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
        if ((i > 0 && digit_at(t, i - 1)) || !digit_at(t, i) || !digit_at(t, i + 1) || !digit_at(t, i + 2) ||
            !digit_at(t, i + 3) || digit_at(t, i + 4))
            continue;
        const int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
        const bool after_dash = i > 0 && t[i - 1] == '-';
        const bool before_dash = i + 4 < t.size() && (t[i + 4] == '-' || t.substr(i + 4).starts_with("\u2013"));
        const bool after_en_dash = i >= 3 && t.substr(i - 3, 3) == "\u2013";
        if (y >= 1950 && y <= 2099 && !after_dash && !before_dash && !after_en_dash) year = y;
    }
    return year;
}

}  // namespace

TitleHints hints_from_text(std::string_view text) {
    TitleHints h;
    for (const VenueSign& s : kSigns) {
        if (!names(text, s)) continue;
        h.venue = std::string(s.venue);
        h.source = s.source;
        break;
    }
    if (ascii::ifind(text, "PMLR") != std::string_view::npos || ascii::ifind(text, "JMLR: W&CP") != std::string_view::npos ||
        ascii::ifind(text, "JMLR W&CP") != std::string_view::npos)
        h.source = Source::pmlr;
    // A named venue is a main venue unless the text says workshop.
    if (ascii::ifind(text, "workshop") != std::string_view::npos) h.workshop = true;
    else if (!h.venue.empty()) h.workshop = false;
    h.year = find_year(text);
    // IJCAI writes its year in two digits: "(IJCAI-17)".
    if (std::size_t p = ascii::ifind(text, "IJCAI-"); p != std::string_view::npos && digit_at(text, p + 6) &&
                                                      digit_at(text, p + 7) && !digit_at(text, p + 8))
        h.year = 2000 + (text[p + 6] - '0') * 10 + (text[p + 7] - '0');
    return h;
}

TitleHints hints_from_venue(std::string_view name, int year, std::string_view source, bool workshop) {
    TitleHints h;
    for (char c : name) h.venue += ascii::to_lower(c);
    if (year > 0) h.year = year;
    h.source = source_from_name(source);
    if (!name.empty()) h.workshop = workshop || ascii::ifind(name, "workshop") != std::string_view::npos;
    return h;
}

}  // namespace coolpapers::titles
