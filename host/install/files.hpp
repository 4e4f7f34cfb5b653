// The few file operations the installer needs, with errors reported rather than thrown.
#pragma once

#include <string>
#include <vector>

namespace coolpapers::install {

bool exists(const std::string& path);  // anything, even a dangling symbolic link
bool is_symlink(const std::string& path);
std::string read_link(const std::string& path);  // a symbolic link's target, "" when not a link
std::string read_file(const std::string& path);  // "" when unreadable

// mkdir -p with mode 0755; appends each directory it creates to `created`. False with errno set.
bool make_dirs(const std::string& dir, std::vector<std::string>& created);

// Writes through a temporary file renamed over `path`, so a reader never sees half a file.
// False with errno set.
bool write_file_atomically(const std::string& path, const std::string& text, unsigned mode = 0644);

std::string parent_dir(const std::string& path);

}  // namespace coolpapers::install
