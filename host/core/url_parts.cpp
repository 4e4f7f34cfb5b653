#include "url_parts.hpp"

#include "ascii.hpp"

namespace coolpapers::url_parts {
namespace {

bool glues_to_host(char c) { return ascii::is_alnum(c) || c == '-' || c == '.'; }

bool ends_url_run(char c) {
    return ascii::is_space(c) || c == '"' || c == '\'' || c == '<' || c == '>';
}

}  // namespace

std::size_t url_start(std::string_view text, std::size_t slash, std::string_view host,
                      std::initializer_list<std::string_view> subdomains) {
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
    if (slash < len) return npos;
    const std::size_t start = slash - len;
    if (text.substr(start, 3) != "10." || text.substr(start + 3, registrant.size()) != registrant)
        return npos;
    if (start > 0 && ascii::is_digit(text[start - 1])) return npos;
    return start;
}

std::size_t form_start(std::string_view text, std::size_t id_pos) {
    std::size_t start = id_pos;
    bool has_marker = false;
    while (start > 0 && id_pos - start < kMaxFormScan) {
        const char c = text[start - 1];
        if (ascii::is_space(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' ||
            c == '}' || c == '<' || c == '>' || c == '"' || c == '\'')
            break;
        has_marker = has_marker || c == ':' || c == '/';
        --start;
    }
    return has_marker ? start : id_pos;
}

std::size_t url_run(std::string_view text, std::size_t pos, std::size_t limit) {
    std::size_t n = 0;
    while (pos + n < text.size() && n < limit && !ends_url_run(text[pos + n])) ++n;
    return n;
}

std::size_t skip_literal(std::string_view text, std::size_t pos, std::string_view literal) {
    if (pos > text.size() || !ascii::istarts_with(text.substr(pos), literal)) return npos;
    return pos + literal.size();
}

}  // namespace coolpapers::url_parts
