// A ':'-separated list of paths ($PATH, $SSL_CERT_DIR): its non-empty entries, in order.
#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

namespace coolpapers {

inline std::vector<std::string_view> split_path_list(std::string_view list) {
    std::vector<std::string_view> entries;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(':', start), list.size());
        if (end > start) entries.push_back(list.substr(start, end - start));
        start = end + 1;
    }
    return entries;
}

}  // namespace coolpapers
