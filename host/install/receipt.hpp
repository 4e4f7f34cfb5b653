// What `coolpapers install` wrote (files, and the directories it had to create), so that
// `uninstall` removes exactly that and `install` knows which manifests are its own.
#pragma once

#include <string>
#include <vector>

namespace coolpapers::install {

struct Receipt {
    std::vector<std::string> files;
    std::vector<std::string> dirs;  // created by install; removed when empty

    static Receipt load(const std::string& path);  // empty when missing or unreadable
    bool save(const std::string& path);  // creates its directory (and records it in dirs)
    bool has_file(const std::string& file) const;
    void add_file(const std::string& file);
    void add_dirs(const std::vector<std::string>& created_in_order);
};

// Is `file` (listed in a receipt) still what install wrote there: a manifest for our host, or our
// Flatpak wrapper? One replaced since is not ours to remove any more.
bool still_written_by_install(const std::string& file);

}  // namespace coolpapers::install
