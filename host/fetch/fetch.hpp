// Downloading one PDF over http(s) with cpp-httplib, within limits: redirects (http/https only),
// size, connect and read timeouts, and a content type that can be a PDF. Runs in the helper
// process (coolpapers-pdf fetch), so that OpenSSL never loads into coolpapers itself.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "pdf/pdf_error.hpp"

namespace coolpapers::fetch {

struct FetchLimits {
    std::size_t max_bytes = 50u << 20;
    std::chrono::milliseconds connect_timeout{5000};
    std::chrono::milliseconds read_timeout{10000};  // per read: a stalled server
    int max_redirects = 5;
};

struct FetchResult {
    std::optional<pdf::Error> error;  // fetch_* codes
    std::size_t bytes = 0;
    std::string final_url;
    std::string content_type;
};

// Receives the body in pieces; returning false stops the download.
using BodySink = std::function<bool(const char* data, std::size_t size)>;

FetchResult fetch(std::string_view url, const FetchLimits& limits, const BodySink& sink);

}  // namespace coolpapers::fetch
