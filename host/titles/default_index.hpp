// The process's title index, opened lazily on first use so the text path never pays for it.
//
// Where it is: $COOLPAPERS_TITLE_INDEX (exactly that file, no fallback). Otherwise the built-in
// one (title-index.bin next to the executable in the build tree, else the installed one in
// <prefix>/share/coolpapers/, found relative to the executable: paths/shipped_files.hpp), and any
// newer one a user dropped in $XDG_DATA_HOME/coolpapers/ (default ~/.local/share/coolpapers/,
// files named title-index*.bin): the one whose data is newest wins (the generator writes
// "data as of YYYY-MM-DD" into the index's meta; an index without it counts as oldest), a
// user's on a tie. A user file that is corrupt or not a title index is refused with a note on
// stderr and the built-in one is used.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "title_lookup.hpp"

namespace coolpapers::titles {

inline constexpr std::string_view kIndexFileName = "title-index.bin";

// The paths tried: the built-in locations, then the user's files (or only $COOLPAPERS_TITLE_INDEX).
std::vector<std::string> index_locations();
std::string user_index_dir();                 // "" when neither XDG_DATA_HOME nor HOME is absolute
std::vector<std::string> user_index_files();  // title-index*.bin there, sorted by name, at most 16

// The file the default index was opened from ("" when none), and why user files were refused
// ("refused a title index in …: <path>: bad magic; using <built-in path>").
std::string default_index_path();
const std::vector<std::string>& default_index_notes();

// Opened once per process (thread-safe); nullptr when no index could be opened, with `error` set
// (every call reports the same error).
const TitleIndex* default_index(std::string* error = nullptr);

// lookup_title() on the default index; kind `none` (and `error` set) when there is no index.
TitleMatch find_title(std::string_view title, const TitleHints& hints = {}, std::string* error = nullptr);

}  // namespace coolpapers::titles
