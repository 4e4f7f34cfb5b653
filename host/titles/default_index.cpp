#include "default_index.hpp"

#include <unistd.h>

#include <cstdlib>
#include <memory>

namespace coolpapers::titles {
namespace {

std::string executable_dir() {
    std::string buf(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", buf.data(), buf.size());
    if (n <= 0 || static_cast<std::size_t>(n) >= buf.size()) return {};
    buf.resize(static_cast<std::size_t>(n));
    const std::size_t slash = buf.rfind('/');
    return slash == std::string::npos ? std::string() : buf.substr(0, slash);
}

struct Loaded {
    std::unique_ptr<TitleIndex> index;
    std::string error;
};

Loaded load() {
    Loaded out;
    const char* env = std::getenv("COOLPAPERS_TITLE_INDEX");
    std::string tried;
    for (const std::string& path : index_locations()) {
        std::string error;
        out.index = TitleIndex::open(path, &error);
        if (out.index) return out;
        if (env && *env) {  // an explicit path that fails is an error, not a reason to look elsewhere
            out.error = error;
            return out;
        }
        tried += (tried.empty() ? "" : ", ") + path;
    }
    out.error = "no title index found (tried " + tried + "; set COOLPAPERS_TITLE_INDEX)";
    return out;
}

}  // namespace

std::vector<std::string> index_locations() {
    if (const char* env = std::getenv("COOLPAPERS_TITLE_INDEX"); env && *env) return {env};
    const std::string dir = executable_dir();
    if (dir.empty()) return {};
    return {dir + "/" + std::string(kIndexFileName), dir + "/../share/coolpapers/" + std::string(kIndexFileName)};
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
