#include "default_index.hpp"

#include <cstdlib>
#include <memory>

#include "paths/shipped_files.hpp"

namespace coolpapers::titles {
namespace {

struct Loaded {
    std::unique_ptr<TitleIndex> index;
    std::string error;
};

Loaded load() {
    Loaded out;
    const char* env = std::getenv("COOLPAPERS_TITLE_INDEX");
    const std::vector<std::string> locations = index_locations();
    for (const std::string& path : locations) {
        std::string error;
        out.index = TitleIndex::open(path, &error);
        if (out.index) return out;
        if (env && *env) {  // an explicit path that fails is an error, not a reason to look elsewhere
            out.error = error + " (COOLPAPERS_TITLE_INDEX)";
            return out;
        }
    }
    out.error = "no title index found (tried " + paths::join_paths(locations) + "; set COOLPAPERS_TITLE_INDEX)";
    return out;
}

}  // namespace

std::vector<std::string> index_locations() {
    if (const char* env = std::getenv("COOLPAPERS_TITLE_INDEX"); env && *env) return {env};
    return paths::shipped_locations(paths::Shipped::title_index);
}

const TitleIndex* default_index(std::string* error) {
    static const Loaded loaded = load();  // C++ guarantees a thread-safe one-time initialisation
    if (!loaded.index && error) *error = loaded.error;
    return loaded.index.get();
}

TitleMatch find_title(std::string_view title, const TitleHints& hints, std::string* error) {
    const TitleIndex* index = default_index(error);
    return index ? lookup_title(*index, title, hints) : TitleMatch{};
}

}  // namespace coolpapers::titles
