#include "fetch.hpp"

#include <httplib.h>

#include "core/ascii.hpp"
#include "http_url.hpp"

namespace coolpapers::fetch {

namespace {

using Clock = std::chrono::steady_clock;

pdf::Error error(std::string code, std::string message) { return pdf::Error{std::move(code), std::move(message)}; }

// Servers label PDFs loosely (octet-stream, x-pdf, download, none at all); the reader checks the
// bytes. What is certainly not a PDF is a web page or an API answer: a login wall, a landing page.
bool can_be_pdf(std::string_view content_type) {
    const std::string_view type = content_type.substr(0, content_type.find(';'));
    return !(ascii::istarts_with(type, "text/") || ascii::istarts_with(type, "image/") ||
             ascii::istarts_with(type, "video/") || ascii::istarts_with(type, "audio/") ||
             ascii::iends_with(type, "json") || ascii::iends_with(type, "xml"));
}

pdf::Error http_status_error(int status, const std::string& reason) {
    return error("fetch_http_status", "the server answered " + std::to_string(status) + (reason.empty() ? "" : " " + reason));
}

void set_timeouts(httplib::Client& client, std::chrono::milliseconds connect, std::chrono::milliseconds read) {
    const auto seconds = [](std::chrono::milliseconds ms) { return static_cast<time_t>(ms.count() / 1000); };
    const auto micros = [](std::chrono::milliseconds ms) { return static_cast<time_t>(ms.count() % 1000 * 1000); };
    client.set_connection_timeout(seconds(connect), micros(connect));
    client.set_read_timeout(seconds(read), micros(read));
    client.set_write_timeout(seconds(read), micros(read));
}

}  // namespace

FetchResult fetch(std::string_view url, const FetchLimits& limits, const BodySink& sink) {
    FetchResult result;
    std::string current(url);
    for (int hop = 0;; ++hop) {
        const std::optional<HttpUrl> parsed = parse_http_url(current);
        if (!parsed) {
            result.error = hop == 0 ? error("fetch_bad_url", "not an http(s) URL: " + current)
                                    : error("fetch_bad_redirect", "redirected to a URL that is not http(s): " + current);
            return result;
        }
        if (hop > 0 && result.final_url.starts_with("https:") && parsed->scheme != "https") {
            result.error = error("fetch_bad_redirect", "redirected from https to plain http: " + current);
            return result;
        }
        result.final_url = parsed->str();

        httplib::Client client(parsed->origin());
        set_timeouts(client, limits.connect_timeout, limits.read_timeout);
        client.set_follow_location(false);  // followed here, with the scheme check and our count
        client.enable_server_certificate_verification(true);
        const httplib::Headers headers = {{"User-Agent", "coolpapers-pdf (+https://papers.cool)"},
                                          {"Accept", "application/pdf,*/*;q=0.5"}};

        int status = 0;
        std::string reason;
        std::optional<pdf::Error> stop;  // why we ended the transfer ourselves
        auto last_progress = Clock::now();
        auto on_response = [&](const httplib::Response& response) {
            last_progress = Clock::now();
            status = response.status;
            reason = response.reason;
            if (status != 200) return true;  // a redirect's or an error's body is dropped below
            result.content_type = response.get_header_value("Content-Type");
            if (!can_be_pdf(result.content_type)) {
                stop = error("fetch_not_pdf", "the server sent " + result.content_type + ", not a PDF");
                return false;
            }
            if (response.has_header("Content-Length")) {
                const std::string declared = response.get_header_value("Content-Length");
                if (declared.size() > 18 || std::stoull("0" + declared) > limits.max_bytes) {
                    stop = error("fetch_too_large", "the PDF is larger than " + std::to_string(limits.max_bytes >> 20) + " MB");
                    return false;
                }
            }
            return true;
        };
        std::size_t dropped = 0;
        auto on_body = [&](const char* data, std::size_t size) {
            last_progress = Clock::now();
            if (status != 200) {
                // A redirect's or an error's body is dropped; past 1 MiB the transfer ends, and
                // what the server answered is still what is reported.
                if ((dropped += size) <= (1u << 20)) return true;
                stop = http_status_error(status, reason);
                return false;
            }
            if (result.bytes + size > limits.max_bytes) {
                stop = error("fetch_too_large", "the PDF is larger than " + std::to_string(limits.max_bytes >> 20) + " MB");
                return false;
            }
            result.bytes += size;
            if (!sink(data, size)) {
                stop = error("fetch_write_failed", "the download could not be stored");
                return false;
            }
            return true;
        };

        const httplib::Result response = client.Get(parsed->target, headers, on_response, on_body);
        if (stop) {
            result.error = stop;
            return result;
        }
        if (!response) {
            const httplib::Error e = response.error();
            const bool stalled = Clock::now() - last_progress >= limits.read_timeout - std::chrono::milliseconds(50);
            switch (e) {
                case httplib::Error::Connection:
                    result.error = error("fetch_connect_failed", "cannot connect to " + parsed->host);
                    break;
                case httplib::Error::ConnectionTimeout:
                    result.error = error("fetch_timeout", "connecting to " + parsed->host + " timed out");
                    break;
                case httplib::Error::SSLConnection:
                case httplib::Error::SSLLoadingCerts:
                case httplib::Error::SSLServerVerification:
                    result.error = error("fetch_tls", "TLS with " + parsed->host + " failed: " + httplib::to_string(e));
                    break;
                case httplib::Error::Read:
                    // httplib says "Read" both for a stall and for a connection closed early.
                    result.error = stalled ? error("fetch_timeout", "the server stopped sending")
                                           : error("fetch_truncated", "the connection closed before the whole PDF arrived");
                    break;
                default:
                    result.error = error("fetch_failed", "the download failed: " + httplib::to_string(e));
            }
            return result;
        }
        if (status >= 300 && status < 400 && response->has_header("Location")) {
            if (hop >= limits.max_redirects) {
                result.error = error("fetch_too_many_redirects", "more than " + std::to_string(limits.max_redirects) + " redirects");
                return result;
            }
            current = resolve_location(*parsed, response->get_header_value("Location"));
            result.bytes = 0;
            continue;
        }
        if (status != 200) {
            result.error = http_status_error(status, response->reason);
            return result;
        }
        return result;
    }
}

}  // namespace coolpapers::fetch
