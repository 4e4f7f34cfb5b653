#include "inputs.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "core/ascii.hpp"

namespace coolpapers::batch {

namespace {

bool is_url(const std::string& location) { return location.find("://") != std::string::npos; }

bool names_pdf(const std::string& name) { return ascii::iends_with(name, ".pdf"); }

class Expander {
public:
    explicit Expander(bool recursive) : recursive_(recursive) {}

    void add(const std::string& argument) {
        struct stat st {};
        if (!is_url(argument) && ::stat(argument.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            add_directory(argument, st);
        else
            inputs_.push_back({argument, ""});
    }

    std::vector<Input> take() { return std::move(inputs_); }

private:
    void add_directory(const std::string& path, const struct stat& st) {
        if (!visited_.insert({st.st_dev, st.st_ino}).second) return;  // seen through another link
        DIR* dir = ::opendir(path.c_str());
        if (dir == nullptr) {
            inputs_.push_back({path, std::string("cannot list ") + path + ": " + std::strerror(errno)});
            return;
        }
        std::vector<std::string> names;
        while (const dirent* entry = ::readdir(dir)) {
            const std::string name = entry->d_name;
            if (name != "." && name != "..") names.push_back(name);
        }
        ::closedir(dir);
        std::sort(names.begin(), names.end());

        const std::string prefix = path.back() == '/' ? path : path + "/";
        for (const std::string& name : names) {
            const std::string child = prefix + name;
            struct stat child_st {};
            // stat follows symlinks: a link to a directory is a directory; a dangling link or a
            // loop of links fails here and is kept (if it names a PDF) for its error record.
            const bool directory = ::stat(child.c_str(), &child_st) == 0 && S_ISDIR(child_st.st_mode);
            if (directory) {
                if (recursive_) add_directory(child, child_st);
            } else if (names_pdf(name)) {
                inputs_.push_back({child, ""});
            }
        }
    }

    bool recursive_;
    std::set<std::pair<dev_t, ino_t>> visited_;
    std::vector<Input> inputs_;
};

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& arguments, bool recursive) {
    Expander expander(recursive);
    for (const std::string& argument : arguments) expander.add(argument);
    return expander.take();
}

bool is_directory(const std::string& location) {
    struct stat st {};
    return !is_url(location) && ::stat(location.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace coolpapers::batch
