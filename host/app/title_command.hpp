// `coolpapers title "…"`: the exact paper for a title, from the offline title index.
#pragma once

#include <cstdio>
#include <string>

namespace coolpapers::cli {

// Exit code 0 when the title is known, 1 when not (or ambiguous), 2 on errors.
int run_title(const std::string& title, bool json, std::FILE* out);

}  // namespace coolpapers::cli
