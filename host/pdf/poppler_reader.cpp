// On poppler's core API (libpoppler-private-dev), as pdftotext itself: one TextOutputDev pass
// gives each word's box, rotation, spacing and font size. poppler-cpp's text_list() gives the
// same words, but its font sizes cost a second scan of every font of the page (about a fifth
// of a read here), and each word a round trip through UTF-16.
#include "poppler_reader.hpp"

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <algorithm>
#include <limits>
#include <memory>

#include "core/json_text.hpp"

namespace coolpapers::pdf {

namespace {

void ignore_message(ErrorCategory, Goffset, const char*) {}

// A PDF text string (the /Title) in UTF-8, read as poppler-cpp reads it: UTF-16 after a byte
// order mark (big or little endian), else one byte per code point. Ends at a lone surrogate.
std::string text_string_utf8(const std::string& s) {
    const bool be = GooString::hasUnicodeMarker(s), le = GooString::hasUnicodeMarkerLE(s);
    std::string out;
    if (!be && !le) {
        for (char c : s) json_text::append_utf8(out, static_cast<unsigned char>(c));
        return out;
    }
    auto unit = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
        return static_cast<char32_t>(be ? (a << 8 | b) : (b << 8 | a));
    };
    for (std::size_t i = 2; i + 1 < s.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xDC00 && cp < 0xE000) break;
        if (cp >= 0xD800 && cp < 0xDC00) {
            const char32_t low = i + 3 < s.size() ? unit(i + 2) : 0;
            if (low < 0xDC00 || low >= 0xE000) break;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        }
        json_text::append_utf8(out, static_cast<unsigned>(cp));
    }
    return out;
}

// Collects TextOutputDev's page text.
void append_text(void* stream, const char* text, int len) {
    static_cast<std::string*>(stream)->append(text, static_cast<std::size_t>(len));
}

}  // namespace

void silence_poppler() {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(ignore_message);
}

std::variant<PdfFacts, Error> read_pdf(std::string_view bytes, int max_pages, bool page_text) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return Error{"pdf_too_large", "the PDF is too large"};
    // Poppler looks for the header in the first 1024 bytes; say "not a PDF" rather than "damaged".
    if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos)
        return Error{"pdf_not_pdf", "the file is not a PDF (no %PDF- header)"};
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();

    // The stream reads `bytes` in place; the document owns the stream. Empty passwords, as
    // poppler-cpp gave: a PDF that opens without one is read, any other is "encrypted".
    PDFDoc doc(new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull)), GooString(), GooString());
    if (!doc.isOk() && doc.getErrorCode() == errEncrypted) return Error{"pdf_encrypted", "the PDF is password-protected"};
    if (!doc.isOk()) return Error{"pdf_damaged", "the PDF is damaged or incomplete and cannot be opened"};

    PdfFacts facts;
    if (const std::unique_ptr<GooString> title = doc.getDocInfoStringEntry("Title")) facts.meta_title = text_string_utf8(title->toStr());
    facts.page_count = doc.getNumPages();
    if (facts.page_count <= 0) return Error{"pdf_no_pages", "the PDF has no pages"};

    const int last = max_pages > 0 ? std::min(max_pages, facts.page_count) : facts.page_count;
    for (int i = 0; i < last; ++i) {
        Page* const page = doc.getPage(i + 1);
        if (page == nullptr) {
            if (i == 0) return Error{"pdf_damaged", "page 1 of the PDF cannot be read"};
            break;
        }
        if (i == 0) {
            const PDFRectangle* crop = page->getCropBox();
            facts.page_width = crop->x2 - crop->x1;
            facts.page_height = crop->y2 - crop->y1;
            // Reading order, 72 dpi, unrotated, the whole page (as poppler-cpp's text_list).
            TextOutputDev words_dev(nullptr, false, 0, false, false);
            doc.displayPageSlice(&words_dev, 1, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr, nullptr,
                                 nullptr, nullptr, true);
            if (const std::unique_ptr<TextWordList> words = words_dev.makeWordList()) {
                facts.words.reserve(static_cast<std::size_t>(words->getLength()));
                for (int w = 0; w < words->getLength(); ++w) {
                    const TextWord* word = words->get(w);
                    const std::unique_ptr<GooString> text(word->getText());
                    double x0, y0, x1, y1;
                    word->getBBox(&x0, &y0, &x1, &y1);
                    // Right and bottom as poppler-cpp computed them (left + width), to the last bit.
                    facts.words.push_back(Word{text->toStr(), word->getRotation(), word->getFontSize(),
                                               Rect{x0, y0, x0 + (x1 - x0), y0 + (y1 - y0)}, word->hasSpaceAfter()});
                }
            }
        }
        facts.pages_read = i + 1;
        // The non-raw layout keeps a rotated stamp on one line and columns in reading order.
        if (page_text) {
            std::string text;
            TextOutputDev text_dev(append_text, &text, false, 0, false);
            doc.displayPage(&text_dev, i + 1, 72, 72, 0, false, true, false);
            facts.page_texts.push_back(std::move(text));
        }
    }
    return facts;
}

}  // namespace coolpapers::pdf
