// Fuzz target: the extractor on any bytes as text (spec §2), plus the URL builders and the
// right-click resolution that sit on top of it.
//
// Invariants checked beyond "no crash, no sanitizer report":
//   - extract_ids is deterministic (two calls give the same ids in the same order);
//   - every id is non-empty and appears once;
//   - every id yields a papers.cool URL, and that URL's element names the id;
//   - the host's capped extraction gives the full one's first ids and counts them all.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/cool_urls.hpp"
#include "core/extract.hpp"
#include "core/resolve.hpp"

using namespace coolpapers;

#define FUZZ_CHECK(cond) \
    do {                 \
        if (!(cond)) std::abort(); \
    } while (0)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const std::vector<PaperId> ids = extract_ids(text);
    FUZZ_CHECK(extract_ids(text) == ids);

    std::unordered_set<std::string> seen;
    for (const PaperId& id : ids) {
        FUZZ_CHECK(!id.id.empty());
        FUZZ_CHECK(seen.insert(std::string(source_name(id.source)) + ':' + id.id).second);
        FUZZ_CHECK(source_from_name(source_name(id.source)) == id.source);
        FUZZ_CHECK(!url_element(id).empty());
    }
    const std::size_t cap = size % 5;
    const FirstIds first = extract_first_ids(text, cap);
    FUZZ_CHECK(first.found == ids.size());
    FUZZ_CHECK(first.ids.size() == std::min(cap, ids.size()));
    FUZZ_CHECK(std::equal(first.ids.begin(), first.ids.end(), ids.begin()));

    const std::vector<std::string> urls = cool_papers_urls(ids);
    FUZZ_CHECK(urls.empty() == ids.empty());
    for (const std::string& url : urls) FUZZ_CHECK(url.starts_with(kCoolPapersBase));

    (void)scan_normalized(text);

    // The same bytes as each of the right-click fields.
    ResolveFields fields;
    switch (size % 4) {
        case 0: fields.selection = std::string(text); break;
        case 1: fields.link = std::string(text); break;
        case 2: fields.frame = std::string(text); break;
        default: fields.page = std::string(text); break;
    }
    const Resolution r = resolve_fields(fields);
    FUZZ_CHECK((r.outcome == ResolveOutcome::ids) == !r.ids.empty());
    if (r.outcome == ResolveOutcome::ids) FUZZ_CHECK(r.ids == ids && r.urls == urls);
    (void)pdf_location(text);
    return 0;
}
