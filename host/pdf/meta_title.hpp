// The Info /Title of a PDF is often not the paper's title but whatever the authoring tool left
// there: a file name ("Trainability_Generalization_ICML2020 (6)", "main.tex"), "Microsoft Word - …",
// a Springer volume prefix ("LNCS 9351 - U-Net: …"). These are cleaned when what is left is the
// title, and refused otherwise, so that the title typeset on page 1 is used instead.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coolpapers::pdf {

// /Title when it is (or, cleaned, becomes) a real title; nullopt for file names, arXiv stamps,
// proceedings names and "Microsoft Word - …".
std::optional<std::string> sane_meta_title(std::string_view meta_title);

}  // namespace coolpapers::pdf
