// Hand-assembled PDFs for tests that need a structure no generator makes (encrypted files,
// streams that inflate to gigabytes, thousands of pages).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coolpapers::testing {

// A complete PDF: the objects numbered 1…N in order (object 1 is the catalog), a cross-reference
// table and a trailer. `trailer_extra` goes into the trailer dictionary (e.g. "/Encrypt 4 0 R").
std::string assemble_pdf(const std::vector<std::string>& objects, std::string_view trailer_extra = {});

}  // namespace coolpapers::testing
