// `coolpapers bib FILE.bib|-`: one record per entry: its key, the ids its fields name, else the
// id the offline title index finds for its title; malformed entries reported with their line.
#pragma once

#include <cstdio>
#include <string>

#include "batch/records.hpp"

namespace coolpapers::cli {

// Exit code 0 when some entry gave an id, 1 when none did, 2 when the file cannot be read or
// every entry is malformed.
int run_bib(const std::string& location, batch::RecordFormat format, std::FILE* out);

}  // namespace coolpapers::cli
