// Venue and year hints from the text a PDF prints around its title (running head, page-1 footer):
//
//   hints_from_text("Published as a conference paper at ICLR 2018")      → iclr, 2018, openreview
//   hints_from_text("… (IJCAI-17)")                                        → ijcai, 2017, ijcai
//   hints_from_text("… 2014. JMLR: W&CP volume 32.")                       → 2014, pmlr
//
// Only what the text states; unknown parts stay empty. A venue named without "workshop" counts as
// a main venue. See title_lookup.hpp for which hints filter and which only rank.
#pragma once

#include <string_view>

#include "title_lookup.hpp"

namespace coolpapers::titles {

TitleHints hints_from_text(std::string_view text);

// Hints from a venue already recognised (the PDF reader's "ICLR", 2018, "openreview"): the name is
// lower-cased to the index's venue names; year 0 and "" mean unknown. A named venue is a main
// venue (workshop papers ruled out) unless `workshop` or the name says otherwise.
TitleHints hints_from_venue(std::string_view name, int year, std::string_view source, bool workshop = false);

}  // namespace coolpapers::titles
