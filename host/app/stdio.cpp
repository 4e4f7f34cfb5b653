#include "stdio.hpp"

namespace coolpapers::cli {

std::string read_all(std::FILE* in) {
    std::string data;
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) data.append(buffer, n);
    return data;
}

bool write_all(std::FILE* out, std::string_view bytes) {
    return std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
}

}  // namespace coolpapers::cli
