#include "paper_id.hpp"

#include <array>

namespace coolpapers {
namespace {
constexpr std::array<std::string_view, kSourceCount> kNames = {"arxiv", "openreview", "acl", "ijcai", "pmlr"};
}

std::string_view source_name(Source s) { return kNames[static_cast<std::size_t>(s)]; }

std::optional<Source> source_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<Source>(i);
    return std::nullopt;
}

}  // namespace coolpapers
