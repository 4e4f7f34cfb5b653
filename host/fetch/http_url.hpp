// Just enough URL handling for downloads: split an http(s) URL, resolve a redirect's Location.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coolpapers::fetch {

struct HttpUrl {
    std::string scheme;  // "http" or "https", lower case
    std::string host;    // as written (IPv6 literals keep their brackets)
    int port = 0;        // explicit or the scheme's default
    std::string target;  // path + query, at least "/"; the fragment is dropped

    std::string origin() const;  // "https://host:443", what httplib::Client takes
    std::string str() const;     // the whole URL again
};

// nullopt unless `url` is an absolute http:// or https:// URL with a host (no userinfo).
std::optional<HttpUrl> parse_http_url(std::string_view url);

// The absolute URL a `Location` header points to, relative to `base`.
std::string resolve_location(const HttpUrl& base, std::string_view location);

}  // namespace coolpapers::fetch
