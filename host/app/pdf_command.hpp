// `coolpapers pdf FILE|URL|-`: the paper's own ids and title from a PDF.
#pragma once

#include <cstdio>
#include <string>

namespace coolpapers::cli {

// Prints ids (or, with `json`, {"ids":[…],"title":"…","urls":[…],…}); exit code 0 when an id
// or a title was found, 1 when nothing was, 2 when the PDF could not be had or read.
int run_pdf(const std::string& location, bool json, bool all, std::FILE* out);

}  // namespace coolpapers::cli
