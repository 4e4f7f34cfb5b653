#include "name_services.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/ascii.hpp"

namespace coolpapers::pdf {
namespace {

bool plain_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), ascii::is_word);
}

// The services of one line's list ("files [NOTFOUND=return] dns"): words outside brackets.
// An unclosed bracket ends the list (glibc refuses the whole file then).
void add_services(std::string_view list, std::vector<std::string>& out) {
    std::size_t i = 0;
    while (i < list.size()) {
        if (ascii::is_space(list[i])) {
            ++i;
        } else if (list[i] == '[') {
            const std::size_t close = list.find(']', i);
            if (close == std::string_view::npos) return;
            i = close + 1;
        } else {
            std::size_t end = i;
            while (end < list.size() && !ascii::is_space(list[end]) && list[end] != '[') ++end;
            const std::string_view name = list.substr(i, end - i);
            if (plain_name(name) && std::find(out.begin(), out.end(), name) == out.end()) out.emplace_back(name);
            i = end;
        }
    }
}

}  // namespace

std::vector<std::string> hosts_services(std::string_view nsswitch) {
    std::vector<std::string> services;
    while (!nsswitch.empty()) {
        const std::size_t newline = nsswitch.find('\n');
        std::string_view line = nsswitch.substr(0, newline);
        nsswitch.remove_prefix(newline == std::string_view::npos ? nsswitch.size() : newline + 1);
        // As glibc 2.36 reads a line (nss/nss_database.c): the database name runs to a space or
        // ':', then any spaces and colons; no comments but the lines whose first word is not a
        // database name ("# hosts: x").
        while (!line.empty() && ascii::is_space(line.front())) line.remove_prefix(1);
        std::size_t end = 0;
        while (end < line.size() && !ascii::is_space(line[end]) && line[end] != ':') ++end;
        if (line.substr(0, end) != "hosts") continue;
        while (end < line.size() && (ascii::is_space(line[end]) || line[end] == ':')) ++end;
        add_services(line.substr(end), services);
    }
    return services;
}

std::vector<std::string> hosts_services_in_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return hosts_services(text.str());
}

bool builtin_service(std::string_view name) {
    // glibc 2.34 moved nss_files and nss_dns into libc itself (its libnss_files.so.2 and
    // libnss_dns.so.2 are empty stubs); bookworm has 2.36.
    return name == "files" || name == "dns";
}

}  // namespace coolpapers::pdf
