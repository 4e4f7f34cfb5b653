#include "files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>

namespace coolpapers::install {

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

bool is_symlink(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

std::string read_link(const std::string& path) {
    std::string target(4096, '\0');
    const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
    target.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    return target;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string parent_dir(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos || slash == 0 ? std::string(slash == 0 ? "/" : "") : path.substr(0, slash);
}

bool make_dirs(const std::string& dir, std::vector<std::string>& created) {
    if (dir.empty() || dir == "/" || exists(dir)) return true;
    if (!make_dirs(parent_dir(dir), created)) return false;
    if (::mkdir(dir.c_str(), 0755) != 0) return errno == EEXIST;
    created.push_back(dir);
    return true;
}

bool write_file_atomically(const std::string& path, const std::string& text, unsigned mode) {
    const std::string temporary = path + ".coolpapers-new";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd < 0) return false;
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    bool written = done == text.size();
    int err = written ? 0 : (errno != 0 ? errno : EIO);
    if (written && ::fchmod(fd, static_cast<mode_t>(mode)) != 0) written = false, err = errno;
    if (::close(fd) != 0 && written) written = false, err = errno;
    if (written && ::rename(temporary.c_str(), path.c_str()) != 0) written = false, err = errno;
    if (!written) {
        ::unlink(temporary.c_str());
        errno = err;
    }
    return written;
}

}  // namespace coolpapers::install
