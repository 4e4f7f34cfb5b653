// URL handling of the downloader (host/fetch/http_url.hpp).
#include <catch2/catch.hpp>

#include "fetch/http_url.hpp"

using namespace coolpapers::fetch;

TEST_CASE("parse_http_url splits http(s) URLs", "[fetch][url]") {
    auto u = parse_http_url("https://Example.org/a/b.pdf?x=1#page=2");
    REQUIRE(u);
    CHECK(u->scheme == "https");
    CHECK(u->host == "Example.org");
    CHECK(u->port == 443);
    CHECK(u->target == "/a/b.pdf?x=1");
    CHECK(u->origin() == "https://Example.org:443");

    u = parse_http_url("HTTP://127.0.0.1:8080");
    REQUIRE(u);
    CHECK(u->scheme == "http");
    CHECK(u->port == 8080);
    CHECK(u->target == "/");
    CHECK(u->str() == "http://127.0.0.1:8080/");

    u = parse_http_url("http://[::1]:81/x");
    REQUIRE(u);
    CHECK(u->host == "[::1]");
    CHECK(u->port == 81);

    for (const char* bad : {"ftp://x/y", "file:///etc/passwd", "http://", "http:///x", "https://user:pw@host/",
                            "http://host:0/", "http://host:99999/", "http://host:8o/", "http://a b/", "/local.pdf"}) {
        INFO(bad);
        CHECK_FALSE(parse_http_url(bad));
    }
}

TEST_CASE("resolve_location makes a redirect absolute", "[fetch][url]") {
    const HttpUrl base = *parse_http_url("http://h:8080/dir/page.pdf?q=1");
    CHECK(resolve_location(base, "https://other/x.pdf") == "https://other/x.pdf");
    CHECK(resolve_location(base, "//cdn/x.pdf") == "http://cdn/x.pdf");
    CHECK(resolve_location(base, "/root.pdf") == "http://h:8080/root.pdf");
    CHECK(resolve_location(base, "next.pdf") == "http://h:8080/dir/next.pdf");
    CHECK(resolve_location(base, "../up.pdf?x=../y") == "http://h:8080/up.pdf?x=../y");
    CHECK(resolve_location(base, "/a/./b/../../../c/") == "http://h:8080/c/");
    CHECK(resolve_location(base, "..") == "http://h:8080/");
    CHECK(resolve_location(base, "file:///etc/passwd") == "file:///etc/passwd");  // refused by the caller
}

TEST_CASE("resolve_location follows RFC 3986 for queries, fragments and empty references", "[fetch][url]") {
    const HttpUrl base = *parse_http_url("http://h:8080/dir/page.pdf?q=1");
    CHECK(resolve_location(base, "next.pdf?u=https://x/y") == "http://h:8080/dir/next.pdf?u=https://x/y");
    CHECK(resolve_location(base, "?x") == "http://h:8080/dir/page.pdf?x");
    CHECK(resolve_location(base, "#frag") == "http://h:8080/dir/page.pdf?q=1");
    CHECK(resolve_location(base, "") == "http://h:8080/dir/page.pdf?q=1");
    CHECK(resolve_location(base, "a:b") == "a:b");  // a scheme: refused by the caller
}
