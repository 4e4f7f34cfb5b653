// The files a batch run reads: the arguments in order, each directory replaced by the PDFs in it
// (names ending in .pdf, any case), sorted by name; with `recursive`, subdirectories too, each
// directory read once however many symlinks lead to it (so a symlink loop ends).
// URLs and paths that do not exist are kept as they are: resolving them reports the error.
#pragma once

#include <string>
#include <vector>

namespace coolpapers::batch {

struct Input {
    std::string location;  // a path or URL, as the record names it
    std::string error;     // set when a directory could not be listed
};

std::vector<Input> expand_inputs(const std::vector<std::string>& arguments, bool recursive);

// True for a local path naming a directory (so that one argument still means a batch run).
bool is_directory(const std::string& location);

}  // namespace coolpapers::batch
