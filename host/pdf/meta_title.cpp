#include "meta_title.hpp"

#include <algorithm>
#include <array>

#include <re2/re2.h>

#include "core/ascii.hpp"
#include "plain_text.hpp"

namespace coolpapers::pdf {
namespace {

using plain_text::collapse_spaces;
using plain_text::contains;
using plain_text::letter_count;
using plain_text::piece;

// Browsers and file managers number downloaded copies: "paper (6)", "paper(1)".
const RE2& copy_suffix_re() {
    static const RE2 re(R"(^(.*?)\s*\(\d{1,3}\)$)");
    return re;
}
// Springer's volume prefix: "LNCS 9351 - U-Net: …", "LNAI 10000 – …".
const RE2& series_prefix_re() {
    static const RE2 re(R"(^(?:LNCS|LNAI|LNBI|CCIS)\s*\d{1,5}\s*(?:-|–|—|:)\s*(.*)$)");
    return re;
}
// Words joined by underscores are a file stem, not a title ("Loeb_Sing", "ICML2020_final").
const RE2& underscore_join_re() {
    static const RE2 re(R"([A-Za-z0-9]_[A-Za-z0-9])");
    return re;
}

bool has_file_extension(std::string_view title) {
    static constexpr std::array<std::string_view, 16> kExtensions = {
        ".dvi", ".eps", ".ps", ".pdf", ".doc", ".docx", ".tex", ".rtf",
        ".txt", ".odt", ".indd", ".pptx", ".ppt", ".ltx", ".gz", ".pages"};
    return std::any_of(kExtensions.begin(), kExtensions.end(),
                       [&](std::string_view ext) { return ascii::iends_with(title, ext); });
}

// One token, no space: a file stem ("paper3", "main_final", "camera-ready-v2", "CAMERAREADY",
// "submission"); a paper's title has more than one word.
bool is_file_stem(std::string_view title) { return title.find(' ') == std::string_view::npos; }

}  // namespace

std::optional<std::string> sane_meta_title(std::string_view meta_title) {
    std::string title = collapse_spaces(meta_title);
    std::string kept;
    while (RE2::FullMatch(piece(title), copy_suffix_re(), &kept)) title = kept;
    if (RE2::FullMatch(piece(title), series_prefix_re(), &kept)) title = kept;

    if (letter_count(title) < 4 || has_file_extension(title) || is_file_stem(title)) return std::nullopt;
    if (ascii::istarts_with(title, "Microsoft ") || contains(title, "arXiv:") || contains(title, "Proceedings of") ||
        ascii::iequals(title, "untitled"))
        return std::nullopt;
    if (RE2::PartialMatch(piece(title), underscore_join_re())) return std::nullopt;
    return title;
}

}  // namespace coolpapers::pdf
