// Text normalisation before matching (spec §2.1, steps 1–5).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace coolpapers {

// Steps 1–4: full-width fold, dash fold, invisible removal, `\_` → `_`.
// Works on bytes: invalid UTF-8 passes through unchanged. nullopt: nothing to change.
std::optional<std::string> fold_characters(std::string_view text);
// The same into `out` (its capacity kept from text to text); false, `out` untouched: nothing to change.
bool fold_characters_into(std::string_view text, std::string& out);

// Does an id (as the extractor reads `token`) end exactly at byte `pos` of it?
// Line-break repair asks this so that `arXiv:2305.10601.⏎` stays a sentence end.
using IdEndProbe = std::function<bool(std::string_view token, std::size_t pos)>;

// What the line-break repair looked at beyond copying (tests hold it linear in the text): the
// bytes of tokens inspected by rule c and of the texts handed to the id probe.
struct RepairCost {
    std::size_t bytes_examined = 0;
};

// Step 5: join ids and URLs that PDF text broke across lines (rules a, b, c).
// nullopt: no line break in the text.
std::optional<std::string> repair_line_breaks(std::string_view text, const IdEndProbe& id_ends_at,
                                              RepairCost* cost = nullptr);
bool repair_line_breaks_into(std::string_view text, const IdEndProbe& id_ends_at, std::string& out,
                             RepairCost* cost = nullptr);

// Where normalize writes when something changes; a caller normalising many texts keeps them, so
// that no text costs an allocation once they have grown.
struct NormalizeBuffers {
    std::string folded, repaired;
};

// Steps 1–5 together, returning `text` itself when nothing changes (else a view of `buffers`).
// `ascii_without_backslash`: the caller knows that `text` is ASCII without a backslash, where steps
// 1–4 have nothing to change (the JSON decoder learns it on the way), so they need not look.
std::string_view normalize(std::string_view text, NormalizeBuffers& buffers, const IdEndProbe& id_ends_at,
                           RepairCost* cost = nullptr, bool ascii_without_backslash = false);

// Bounds of rule c that keep the repair linear on hostile input (a longer "URL" is not one):
// a line's last token is looked at for a URL marker this far back; rule c joins at most this
// many breaks inside one token; an id ending at a final '.' is looked for in this many bytes.
inline constexpr std::size_t kMaxUrlTokenScan = 1024;
inline constexpr std::size_t kMaxUrlBreaks = 16;
inline constexpr std::size_t kMaxIdProbe = 256;

}  // namespace coolpapers
