#include "shipped_files.hpp"

#include <unistd.h>

#include <string_view>

namespace coolpapers::paths {
namespace {

struct File {
    std::string_view name;
    std::string_view installed_dir;  // relative to the installed executable's directory
};

File file_of(Shipped what) {
    // COOLPAPERS_*_FROM_BIN come from CMake (GNUInstallDirs), e.g. "../libexec/coolpapers".
    switch (what) {
        case Shipped::pdf_helper: return {"coolpapers-pdf", COOLPAPERS_HELPER_DIR_FROM_BIN};
        case Shipped::title_index: return {"title-index.bin", COOLPAPERS_DATA_DIR_FROM_BIN};
    }
    return {};
}

}  // namespace

std::string executable_path() {
    std::string buffer(4096, '\0');
    const ssize_t n = ::readlink("/proc/self/exe", buffer.data(), buffer.size());
    if (n <= 0 || static_cast<std::size_t>(n) >= buffer.size()) return {};
    buffer.resize(static_cast<std::size_t>(n));
    return buffer;
}

std::vector<std::string> shipped_locations(Shipped what) {
    const std::string exe = executable_path();
    const std::size_t slash = exe.rfind('/');
    if (slash == std::string::npos) return {};
    const std::string dir = exe.substr(0, slash + 1);
    const File file = file_of(what);
    return {dir + std::string(file.name), dir + std::string(file.installed_dir) + "/" + std::string(file.name)};
}

std::string join_paths(const std::vector<std::string>& paths) {
    std::string out;
    for (const auto& p : paths) out += (out.empty() ? "" : ", ") + p;
    return out;
}

}  // namespace coolpapers::paths
