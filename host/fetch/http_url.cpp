#include "http_url.hpp"

#include <charconv>
#include <vector>

#include "core/ascii.hpp"

namespace coolpapers::fetch {

namespace {

// Built with append: GCC 12's -Wrestrict misfires on chains of std::string operator+.
std::string concat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view part : parts) out.append(part);
    return out;
}

// RFC 3986 §5.2.4 on a path that starts with '/': "/a/b/../c/./d" → "/a/c/d".
std::string remove_dot_segments(std::string_view path) {
    std::vector<std::string_view> kept;
    std::size_t start = 1;
    for (;;) {
        const std::size_t slash = path.find('/', start);
        const std::string_view segment = path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        const bool last = slash == std::string_view::npos;
        if (segment == "..") {
            if (!kept.empty()) kept.pop_back();
            if (last) kept.emplace_back();  // "/a/.." → "/"
        } else if (segment == ".") {
            if (last) kept.emplace_back();
        } else {
            kept.push_back(segment);
        }
        if (last) break;
        start = slash + 1;
    }
    std::string out;
    for (std::string_view segment : kept) {
        out += '/';
        out.append(segment);
    }
    return out.empty() ? "/" : out;
}

}  // namespace

std::string HttpUrl::origin() const { return concat({scheme, "://", host, ":", std::to_string(port)}); }

std::string HttpUrl::str() const {
    const bool default_port = (scheme == "http" && port == 80) || (scheme == "https" && port == 443);
    return concat({scheme, "://", host, default_port ? "" : ":", default_port ? "" : std::to_string(port), target});
}

std::optional<HttpUrl> parse_http_url(std::string_view url) {
    HttpUrl out;
    if (ascii::istarts_with(url, "http://")) {
        out.scheme = "http";
        out.port = 80;
    } else if (ascii::istarts_with(url, "https://")) {
        out.scheme = "https";
        out.port = 443;
    } else {
        return std::nullopt;
    }
    std::string_view rest = url.substr(out.scheme.size() + 3);
    const std::size_t authority_end = std::min(rest.find_first_of("/?#"), rest.size());
    std::string_view authority = rest.substr(0, authority_end);
    if (authority.empty() || authority.find('@') != std::string_view::npos) return std::nullopt;
    for (char c : authority)
        if (ascii::is_space(c) || static_cast<unsigned char>(c) < 0x20) return std::nullopt;

    // host[:port], or [v6]:port
    const std::size_t bracket = authority.rfind(']');
    const std::size_t colon = authority.rfind(':');
    if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
        const std::string_view digits = authority.substr(colon + 1);
        int port = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
        if (ec != std::errc() || end != digits.data() + digits.size() || port <= 0 || port > 65535) return std::nullopt;
        out.port = port;
        authority = authority.substr(0, colon);
    }
    if (authority.empty()) return std::nullopt;
    out.host = std::string(authority);

    std::string_view target = rest.substr(authority_end);
    target = target.substr(0, std::min(target.find('#'), target.size()));
    if (target.empty() || target[0] != '/') out.target.push_back('/');
    out.target.append(target);
    return out;
}

std::string resolve_location(const HttpUrl& base, std::string_view location) {
    // RFC 3986 §5.2.2. A scheme is letters, digits, + - . before the first ':' that comes before
    // any '/', '?' or '#' (so "?next=https://…" is a query, not a scheme).
    const std::size_t delimiter = location.find_first_of(":/?#");
    if (delimiter != std::string_view::npos && delimiter > 0 && location[delimiter] == ':' &&
        ascii::is_alpha(location[0]) &&
        location.substr(0, delimiter).find_first_not_of(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") == std::string_view::npos)
        return std::string(location);
    if (location.substr(0, 2) == "//") return concat({base.scheme, ":", location});
    const std::string_view reference = location.substr(0, std::min(location.find('#'), location.size()));
    const std::size_t query_at = std::min(reference.find('?'), reference.size());
    const std::string_view path = reference.substr(0, query_at), query = reference.substr(query_at);
    const std::string_view base_path = std::string_view(base.target).substr(0, base.target.find('?'));
    const std::string_view base_query = std::string_view(base.target).substr(base_path.size());
    if (path.empty()) return concat({base.origin(), base_path, query.empty() ? base_query : query});
    const std::string merged = path[0] == '/' ? std::string(path) : concat({base_path.substr(0, base_path.rfind('/') + 1), path});
    return concat({base.origin(), remove_dot_segments(merged), query});
}

}  // namespace coolpapers::fetch
