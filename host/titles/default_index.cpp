#include "default_index.hpp"

#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "paths/shipped_files.hpp"

namespace coolpapers::titles {
namespace {

// At most this many user index files are looked at (a folder of thousands is not read).
constexpr std::size_t kMaxUserFiles = 16;

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// "title-index.bin", "title-index-2026-12.bin": an index a user dropped in.
bool is_user_index_name(std::string_view name) {
    return name.starts_with("title-index") && name.ends_with(".bin");
}

// The date the index's data is as of ("2026-11-30"), from the generator's meta line
// "data as of YYYY-MM-DD"; "" when it has none (older indexes), which is older than any date.
std::string data_date(const TitleIndex& index) {
    constexpr std::string_view kLabel = "data as of ";
    const std::string_view meta = index.meta();
    const std::size_t at = meta.find(kLabel);
    if (at == std::string_view::npos || (at > 0 && meta[at - 1] != '\n')) return {};
    const std::string_view date = meta.substr(at + kLabel.size(), 10);
    const bool shaped = date.size() == 10 && date[4] == '-' && date[7] == '-' &&
                        std::all_of(date.begin(), date.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
    return shaped ? std::string(date) : std::string();
}

struct Loaded {
    std::unique_ptr<TitleIndex> index;
    std::string path;
    std::string error;
    std::vector<std::string> notes;
};

Loaded load_explicit(const std::string& path) {
    Loaded out;
    out.index = TitleIndex::open(path, &out.error);  // an explicit path that fails is an error
    if (out.index) out.path = path;
    else out.error += " (COOLPAPERS_TITLE_INDEX)";
    return out;
}

// The built-in index (the first location that opens), then every user index: the newest data
// wins, a user's on a tie. A user file that does not open is refused with a note, never used.
Loaded load() {
    if (const std::string path = env("COOLPAPERS_TITLE_INDEX"); !path.empty()) return load_explicit(path);
    Loaded out;
    const std::vector<std::string> builtin = paths::shipped_locations(paths::Shipped::title_index);
    for (const std::string& path : builtin) {
        out.index = TitleIndex::open(path, nullptr);
        if (out.index) {
            out.path = path;
            break;
        }
    }
    for (const std::string& path : user_index_files()) {
        std::string error;
        std::unique_ptr<TitleIndex> user = TitleIndex::open(path, &error);
        if (!user) {
            // `error` names the file: "<path>: truncated or corrupt title index".
            out.notes.push_back("refused a title index in " + user_index_dir() + ": " + error +
                                (out.index ? "; using " + out.path : ""));
            continue;
        }
        if (!out.index || data_date(*user) >= data_date(*out.index)) {
            out.index = std::move(user);
            out.path = path;
        }
    }
    if (!out.index)
        out.error = "no title index found (tried " + paths::join_paths(builtin) + " and " + user_index_dir() +
                    "; set COOLPAPERS_TITLE_INDEX)";
    return out;
}

const Loaded& loaded() {
    static const Loaded once = [] {  // C++ guarantees a thread-safe one-time initialisation
        Loaded l = load();
        // Said once per process, on stderr (never stdout: the host's stdout carries only frames).
        for (const std::string& note : l.notes) std::fprintf(stderr, "coolpapers: %s\n", note.c_str());
        return l;
    }();
    return once;
}

}  // namespace

std::string user_index_dir() {
    std::string base = env("XDG_DATA_HOME");
    if (base.empty() || base.front() != '/') {  // the XDG spec: a relative value is ignored
        const std::string home = env("HOME");
        if (home.empty() || home.front() != '/') return {};
        base = home + "/.local/share";
    }
    return base + "/coolpapers";
}

std::vector<std::string> user_index_files() {
    const std::string dir = user_index_dir();
    DIR* d = dir.empty() ? nullptr : opendir(dir.c_str());
    if (!d) return {};
    std::vector<std::string> names;
    while (const dirent* e = readdir(d))
        if (is_user_index_name(e->d_name)) names.emplace_back(e->d_name);
    closedir(d);
    std::sort(names.begin(), names.end());
    if (names.size() > kMaxUserFiles) names.resize(kMaxUserFiles);
    for (std::string& name : names) name = dir + "/" + name;
    return names;
}

std::vector<std::string> index_locations() {
    if (const std::string path = env("COOLPAPERS_TITLE_INDEX"); !path.empty()) return {path};
    std::vector<std::string> out = paths::shipped_locations(paths::Shipped::title_index);
    const std::vector<std::string> user = user_index_files();
    out.insert(out.end(), user.begin(), user.end());
    return out;
}

const TitleIndex* default_index(std::string* error) {
    if (!loaded().index && error) *error = loaded().error;
    return loaded().index.get();
}

std::string default_index_path() { return loaded().path; }

const std::vector<std::string>& default_index_notes() { return loaded().notes; }

TitleMatch find_title(std::string_view title, const TitleHints& hints, std::string* error) {
    const TitleIndex* index = default_index(error);
    return index ? lookup_title(*index, title, hints) : TitleMatch{};
}

}  // namespace coolpapers::titles
