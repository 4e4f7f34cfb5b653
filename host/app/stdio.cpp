#include "stdio.hpp"

#include <sys/stat.h>

#include <algorithm>

namespace coolpapers::cli {

std::string read_all(std::FILE* in) {
    // Read straight into the string, sized from the file when it is one (no copy through a
    // buffer, no regrowth: most of the time `ids` spent on a large file was here).
    std::string data;
    struct stat st {};
    std::size_t chunk = 1 << 16;
    if (fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        chunk = static_cast<std::size_t>(st.st_size) + 1;
    std::size_t size = 0;
    while (true) {
        data.resize(size + chunk);
        const std::size_t n = std::fread(data.data() + size, 1, chunk, in);
        size += n;
        if (n < chunk) break;
        chunk = std::max<std::size_t>(chunk, size);  // grow geometrically on a pipe
    }
    data.resize(size);
    return data;
}

bool write_all(std::FILE* out, std::string_view bytes) {
    return std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
}

}  // namespace coolpapers::cli
