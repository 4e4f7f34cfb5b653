// TeX-made PDFs spell accented letters as a letter plus a combining mark ("c" U+0327 for "ç",
// dotless "ı" U+0301 for "í"). Search and title matching want the composed letters, as typed.
#pragma once

#include <string>
#include <string_view>

namespace coolpapers::pdf {

// Composes a Latin letter followed by a combining grave, acute, circumflex, tilde, diaeresis,
// ring or cedilla into its Latin-1 letter when there is one; everything else is kept as it is.
std::string compose_accents(std::string_view utf8);

}  // namespace coolpapers::pdf
