#include "url_parts.hpp"

#include <algorithm>

#include "ascii.hpp"

namespace coolpapers::url_parts {
namespace {

bool glues_to_host(char c) { return ascii::is_alnum(c) || c == '-' || c == '.'; }

}  // namespace

bool ends_url_run(char c) {
    return ascii::is_space(c) || c == '"' || c == '\'' || c == '<' || c == '>';
}

std::size_t url_start(std::string_view text, std::size_t slash, std::string_view host,
                      std::initializer_list<std::string_view> subdomains) {
    if (host.size() > kMaxHostLength) return npos;  // the scanner would not look for it (kMaxHostLength)
    if (slash == 0 || host.empty() || ascii::to_lower(text[slash - 1]) != ascii::to_lower(host.back())) return npos;  // most slashes
    if (slash < host.size() || !ascii::iequals(text.substr(slash - host.size(), host.size()), host))
        return npos;
    std::size_t start = slash - host.size();
    if (start > 0 && text[start - 1] == '.') {
        std::size_t label = start - 1;
        while (label > 0 && (ascii::is_alnum(text[label - 1]) || text[label - 1] == '-')) --label;
        const std::string_view name = text.substr(label, start - 1 - label);
        bool listed = false;
        for (std::string_view sub : subdomains) listed = listed || ascii::iequals(name, sub);
        if (!listed) return npos;
        start = label;
    }
    if (start > 0 && glues_to_host(text[start - 1])) return npos;
    if (start >= 3 && text.substr(start - 3, 3) == "://") {
        std::size_t scheme = start - 3;
        while (scheme > 0 && ascii::is_alpha(text[scheme - 1]) && start - 3 - scheme < 5) --scheme;
        const std::string_view name = text.substr(scheme, start - 3 - scheme);
        if (ascii::iequals(name, "http") || ascii::iequals(name, "https")) start = scheme;
    }
    return start;
}

std::size_t doi_start(std::string_view text, std::size_t slash, std::string_view registrant) {
    const std::size_t len = 3 + registrant.size();  // "10." + registrant
    if (slash < len || text[slash - 1] != registrant.back()) return npos;
    const std::size_t start = slash - len;
    if (text.substr(start, 3) != "10." || text.substr(start + 3, registrant.size()) != registrant)
        return npos;
    if (start > 0 && ascii::is_digit(text[start - 1])) return npos;
    return start;
}

namespace {

bool ends_form(char c) {
    return ascii::is_space(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '<' || c == '>' || c == '"' || c == '\'';
}

bool is_form_marker(char c) { return c == ':' || c == '/'; }

}  // namespace

std::size_t form_start(std::string_view text, std::size_t id_pos, FormMemo& memo) {
    const std::size_t bound = id_pos > kMaxFormScan ? id_pos - kMaxFormScan : 0;
    std::size_t start;
    bool has_marker;
    if (id_pos >= memo.to) {
        // Back from the id to the delimiter before it, or to where the last walk ended: only the
        // id's own run is read (ids are sparse), and no byte twice.
        std::size_t i = id_pos, marker = 0;
        for (; i > memo.to && !ends_form(text[i - 1]); --i)
            if (!marker && is_form_marker(text[i - 1])) marker = i;
        memo.walked += id_pos - i;
        if (i > memo.to) memo.run_start = i, memo.marker = marker;  // a delimiter stands at i - 1
        else if (marker) memo.marker = marker;
        memo.to = id_pos;
        start = std::max(memo.run_start, bound);
        has_marker = memo.marker > start;
    } else {  // out of order: walk back
        start = id_pos;
        has_marker = false;
        while (start > bound && !ends_form(text[start - 1])) has_marker = has_marker || is_form_marker(text[--start]);
        memo.walked += id_pos - start + 1;
    }
    return has_marker ? start : id_pos;
}

std::size_t skip_literal(std::string_view text, std::size_t pos, std::string_view literal) {
    if (pos > text.size() || !ascii::istarts_with(text.substr(pos), literal)) return npos;
    return pos + literal.size();
}

}  // namespace coolpapers::url_parts
