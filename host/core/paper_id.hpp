// The values the extractor produces: a paper id of one source, in canonical form (spec §2.3).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coolpapers {

enum class Source { arxiv, openreview, acl, ijcai, pmlr };
inline constexpr std::size_t kSourceCount = 5;

std::string_view source_name(Source s);             // "arxiv", "openreview", …
std::optional<Source> source_from_name(std::string_view name);

struct PaperId {
    Source source;
    std::string id;  // canonical: no version, case as the spec says
    bool operator==(const PaperId&) const = default;
};

// A hit during a scan: where it starts (for ordering) and what it is.
struct Hit {
    std::size_t pos;  // start of the URL/DOI/label form, or of the bare id
    std::size_t sub;  // 0, or for hits inside a percent-decoded token: 1 + their end in it
    std::size_t end;  // just past the matched id (version and suffix included); orders ids of one form
    PaperId paper;
};

using Hits = std::vector<Hit>;

// Where the grammars put their hits. The extractor keeps only each id's first appearance (a text
// of 700,000 copies of one id holds one id, not 700,000 hits to sort); other callers keep every
// hit, or ask one question of them.
class HitSink {
public:
    virtual void add(Hit hit) = 0;

protected:
    ~HitSink() = default;
};

}  // namespace coolpapers
