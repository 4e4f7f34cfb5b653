// Fuzz target: the PDF child's parsing entry point, read_pdf (host/pdf/poppler_reader.hpp), on
// any bytes, and the decisions on what it read (signals.hpp), as `coolpapers-pdf read` runs them.
// Poppler itself is not instrumented (Debian's build): its crashes and hangs are found, its
// coverage does not guide the fuzzer; ours does.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "pdf/poppler_reader.hpp"
#include "pdf/reply.hpp"
#include "pdf/signals.hpp"

using namespace coolpapers::pdf;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    silence_poppler();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    // The string-level decisions, on the raw bytes as text.
    (void)stamp_id(bytes);
    (void)sane_meta_title(bytes);
    (void)find_venue(bytes);

    // The last byte chooses page 1 only or the first pages (as --all reads them).
    const bool all = size > 0 && (data[size - 1] & 1);
    auto read = read_pdf(bytes, all ? 4 : 1);
    if (std::holds_alternative<Error>(read)) return 0;
    const PdfFacts& facts = std::get<PdfFacts>(read);
    (void)build_lines(facts.words);
    const Findings own = find_own(facts);
    const auto ids = all ? find_cited(facts) : own.ids;
    (void)dump_json(make_reply(ids, own.title, own.venue, static_cast<int>(facts.page_texts.size())));
    return 0;
}
