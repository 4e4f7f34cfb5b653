#include "receipt.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "browsers.hpp"
#include "files.hpp"

namespace coolpapers::install {
namespace {

std::vector<std::string> strings(const nlohmann::json& j, const char* key) {
    std::vector<std::string> out;
    if (j.contains(key) && j[key].is_array())
        for (const auto& v : j[key])
            if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

}  // namespace

Receipt Receipt::load(const std::string& path) {
    const nlohmann::json j = nlohmann::json::parse(read_file(path), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return {};
    return {strings(j, "files"), strings(j, "dirs")};
}

bool Receipt::save(const std::string& path) {
    std::vector<std::string> created;
    if (!make_dirs(parent_dir(path), created)) return false;
    add_dirs(created);
    const nlohmann::json j = {{"files", files}, {"dirs", dirs}};
    return write_file_atomically(path, j.dump(2) + "\n");
}

bool Receipt::has_file(const std::string& file) const { return std::find(files.begin(), files.end(), file) != files.end(); }

void Receipt::add_file(const std::string& file) {
    if (!has_file(file)) files.push_back(file);
}

void Receipt::add_dirs(const std::vector<std::string>& created_in_order) {
    for (const std::string& dir : created_in_order)
        if (std::find(dirs.begin(), dirs.end(), dir) == dirs.end()) dirs.push_back(dir);
}

bool still_written_by_install(const std::string& file) {
    const std::string text = read_file(file);
    if (file.size() > 5 && file.compare(file.size() - 5, 5, ".json") == 0) {
        const nlohmann::json m = nlohmann::json::parse(text, nullptr, false);
        return m.is_object() && m.value("name", "") == kHostName;
    }
    return text.find(kWrapperMark) != std::string::npos;
}

}  // namespace coolpapers::install
