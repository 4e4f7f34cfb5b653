// Reading a PDF with poppler (its core API, as pdftotext): the facts signals.cpp decides on. Only the helper executable
// (coolpapers-pdf) links this.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "pdf_error.hpp"
#include "pdf_facts.hpp"

namespace coolpapers::pdf {

// Silences poppler's diagnostics (they would otherwise go to stderr). Call once, first.
void silence_poppler();

// Reads the metadata, the word boxes of page 1 and, with `page_text`, the text of the first
// `max_pages` pages (all pages when max_pages <= 0). The own-id signals need only page 1's boxes;
// its text would cost a second layout pass. `bytes` must outlive the call only.
std::variant<PdfFacts, Error> read_pdf(std::string_view bytes, int max_pages, bool page_text = true);

}  // namespace coolpapers::pdf
