// What the PDF reader hands to the decision logic: plain data, no poppler types, so that
// signals.cpp can be unit-tested with hand-made facts.
#pragma once

#include <string>
#include <vector>

namespace coolpapers::pdf {

// A rectangle in page points, y growing downwards (poppler's text coordinates).
struct Rect {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// One word box of page 1 as poppler's text_list() gives it.
struct Word {
    std::string text;        // UTF-8 (may be invalid: PDFs lie)
    int rotation = 0;        // 0 upright; 1, 2, 3 = 90°, 180°, 270° (the arXiv stamp is 3)
    double font_size = 0;
    Rect box;
    bool space_after = true;
};

struct PdfFacts {
    std::string meta_title;              // Info /Title, UTF-8, possibly empty
    int page_count = 0;
    int pages_read = 0;
    double page_width = 0, page_height = 0;  // of page 1
    std::vector<Word> words;                // page 1, reading order
    std::vector<std::string> page_texts;    // pages read, in order (page 1 first), when asked for
};

}  // namespace coolpapers::pdf
