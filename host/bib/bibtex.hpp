// A BibTeX reader: the entries of a .bib text, with @string macros expanded and # joined.
// No I/O. Text outside entries is a comment, as in BibTeX; @comment and @preamble are skipped.
// A malformed entry is kept with its line and the reason, and reading goes on at the next line
// that starts an entry.
//
// Why not Debian's libbtparse (0.89): its errors go through process-wide handlers and counters
// (printed to stderr by default, not returned with the entry), its macro table is global, and it
// reads from a FILE*; what the bib command needs (entries, fields, the line of each problem) is a
// small grammar.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coolpapers::bib {

struct BibEntry {
    std::size_t line = 0;  // of the '@'
    std::string type;      // lower case: "article", "inproceedings", …
    std::string key;
    std::vector<std::pair<std::string, std::string>> fields;  // names in lower case, values as written
    std::string error;                                         // why the entry is malformed, if it is
    std::size_t error_line = 0;

    // The field's value (braces kept), or "" when absent.
    std::string field(std::string_view name) const;
};

std::vector<BibEntry> parse_bibtex(std::string_view text);

// A field value as plain text: braces dropped, TeX accents and escapes (\"{u}, \&, ~) as the
// characters they stand for, runs of white space as one space.
std::string plain_text(std::string_view value);

}  // namespace coolpapers::bib
