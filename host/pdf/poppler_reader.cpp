#include "poppler_reader.hpp"

#include <algorithm>
#include <limits>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace coolpapers::pdf {

namespace {

std::string utf8(const poppler::ustring& s) {
    const poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

void ignore_message(const std::string&, void*) {}

}  // namespace

void silence_poppler() { poppler::set_debug_error_function(ignore_message, nullptr); }

std::variant<PdfFacts, Error> read_pdf(std::string_view bytes, int max_pages, bool page_text) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return Error{"pdf_too_large", "the PDF is too large"};
    // Poppler looks for the header in the first 1024 bytes; say "not a PDF" rather than "damaged".
    if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos)
        return Error{"pdf_not_pdf", "the file is not a PDF (no %PDF- header)"};

    // Poppler reports failure with nullptr, never by throwing: check every pointer.
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) return Error{"pdf_damaged", "the PDF is damaged or incomplete and cannot be opened"};
    if (doc->is_locked()) return Error{"pdf_encrypted", "the PDF is password-protected"};

    PdfFacts facts;
    facts.meta_title = utf8(doc->info_key("Title"));
    facts.page_count = doc->pages();
    if (facts.page_count <= 0) return Error{"pdf_no_pages", "the PDF has no pages"};

    const int last = max_pages > 0 ? std::min(max_pages, facts.page_count) : facts.page_count;
    for (int i = 0; i < last; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) {
            if (i == 0) return Error{"pdf_damaged", "page 1 of the PDF cannot be read"};
            break;
        }
        if (i == 0) {
            const poppler::rectf r = page->page_rect(poppler::crop_box);
            facts.page_width = r.width();
            facts.page_height = r.height();
            for (const poppler::text_box& t : page->text_list(poppler::page::text_list_include_font)) {
                const poppler::rectf b = t.bbox();
                facts.words.push_back(Word{utf8(t.text()), t.rotation(), t.get_font_size(),
                                           Rect{b.left(), b.top(), b.right(), b.bottom()},
                                           t.has_space_after()});
            }
        }
        facts.pages_read = i + 1;
        // The non-raw layout keeps a rotated stamp on one line and columns in reading order.
        if (page_text) facts.page_texts.push_back(utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)));
    }
    return facts;
}

}  // namespace coolpapers::pdf
