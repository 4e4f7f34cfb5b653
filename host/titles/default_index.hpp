// The process's title index, opened lazily on first use so the text path never pays for it.
//
// Where it is: $COOLPAPERS_TITLE_INDEX (exactly that file, no fallback), else title-index.bin
// next to the executable (build tree), else the installed one (<prefix>/share/coolpapers/, found
// relative to the executable: paths/shipped_files.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "title_lookup.hpp"

namespace coolpapers::titles {

inline constexpr std::string_view kIndexFileName = "title-index.bin";

// The paths tried, in order.
std::vector<std::string> index_locations();

// Opened once per process (thread-safe); nullptr when no index could be opened, with `error` set
// (every call reports the same error).
const TitleIndex* default_index(std::string* error = nullptr);

// lookup_title() on the default index; kind `none` (and `error` set) when there is no index.
TitleMatch find_title(std::string_view title, const TitleHints& hints = {}, std::string* error = nullptr);

}  // namespace coolpapers::titles
