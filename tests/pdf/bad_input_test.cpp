// Hostile and broken input: every case ends in an error reply (or an answer), never a hang or a
// crash of coolpapers. The helper's limits are checked with stand-in helpers.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <random>

#include "fixtures.hpp"
#include "pdf/pdf_client.hpp"

using namespace coolpapers::pdf_testing;
using coolpapers::pdf::PdfOptions;
using coolpapers::pdf::resolve_pdf;
using nlohmann::json;

namespace {

std::string error_code(const json& reply) {
    INFO(reply.dump());
    REQUIRE(reply.contains("error"));
    return reply["error"]["code"].get<std::string>();
}

json read(const std::filesystem::path& path, PdfOptions options = {}) {
    use_built_helper();
    return resolve_pdf(path.string(), options);
}

std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 gen(seed);
    std::string out(n, '\0');
    for (char& c : out) c = static_cast<char>(gen() & 0xff);
    return out;
}

// A stand-in helper: a shell script.
std::filesystem::path script(const std::string& name, const std::string& body) {
    const auto path = scratch_dir() / name;
    write_file(path, "#!/bin/sh\n" + body + "\n");
    ::chmod(path.c_str(), 0755);
    return path;
}

}  // namespace

TEST_CASE("broken files give pdf_* errors", "[pdf][bad-input]") {
    const std::string gan = read_file(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf");
    write_file(scratch_dir() / "empty.pdf", "");
    write_file(scratch_dir() / "truncated.pdf", gan.substr(0, gan.size() / 2));
    write_file(scratch_dir() / "random.pdf", random_bytes(100000, 1));
    write_file(scratch_dir() / "random_header.pdf", "%PDF-1.7\n" + random_bytes(100000, 2));
    CHECK(error_code(read(scratch_dir() / "empty.pdf")) == "pdf_empty");
    CHECK(error_code(read(scratch_dir() / "truncated.pdf")) == "pdf_damaged");
    CHECK(error_code(read(scratch_dir() / "random.pdf")) == "pdf_not_pdf");
    CHECK(error_code(read(scratch_dir() / "random_header.pdf")) == "pdf_damaged");
    CHECK(error_code(read(make_encrypted_pdf("encrypted.pdf"))) == "pdf_encrypted");
    CHECK(error_code(read(scratch_dir())) == "pdf_not_a_file");
    CHECK(error_code(read(scratch_dir() / "missing.pdf")) == "pdf_not_found");

    PdfOptions small;
    small.limits.max_bytes = 1000;
    CHECK(error_code(read(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf", small)) == "pdf_too_large");
}

TEST_CASE("a 1000-page PDF: page 1 only, unless --all", "[pdf][bad-input]") {
    const auto pdf = make_pdf("thousand.pdf", {{108, 100, 20, "A Very Long Document Indeed"}, {108, 300, 10, "See arXiv:2305.10601."}}, 1000);
    const auto start = std::chrono::steady_clock::now();
    const json reply = read(pdf);
    INFO(reply.dump());
    CHECK(reply["pages_read"] == 1);
    CHECK(reply["ids"].empty());
    CHECK(reply["title"] == "A Very Long Document Indeed");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    const json all = read(pdf, PdfOptions{true});
    CHECK(all["pages_read"] == 1000);
    CHECK(all["ids"] == json::array({{{"source", "arxiv"}, {"id", "2305.10601"}}}));
}

TEST_CASE("the helper is isolated: missing, hanging, crashing, limited", "[pdf][isolation]") {
    const auto pdf = corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf";
    PdfOptions fast;
    fast.limits.parse_timeout = std::chrono::milliseconds(500);

    ::setenv("COOLPAPERS_PDF_HELPER", (scratch_dir() / "no-such-helper").c_str(), 1);
    CHECK(error_code(resolve_pdf(pdf.string(), fast)) == "pdf_helper_missing");

    ::setenv("COOLPAPERS_PDF_HELPER", script("hang.sh", "exec sleep 30").c_str(), 1);
    const auto start = std::chrono::steady_clock::now();
    CHECK(error_code(resolve_pdf(pdf.string(), fast)) == "pdf_timeout");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));

    ::setenv("COOLPAPERS_PDF_HELPER", script("crash.sh", "kill -SEGV $$").c_str(), 1);
    CHECK(error_code(resolve_pdf(pdf.string(), fast)) == "pdf_failed");

    ::setenv("COOLPAPERS_PDF_HELPER", script("garbage.sh", "echo 'not json'").c_str(), 1);
    CHECK(error_code(resolve_pdf(pdf.string(), fast)) == "pdf_failed");

    // The rlimits reach the helper (ulimit -v is in KiB; sanitizer builds lift RLIMIT_AS). The
    // title is the one field of a helper's reply the host passes on as text.
    ::setenv("COOLPAPERS_PDF_HELPER", script("limits.sh", R"(echo "{\"ids\":[],\"title\":\"as $(ulimit -v) cpu $(ulimit -t)\"}")").c_str(), 1);
    const json limits = resolve_pdf(pdf.string(), fast);
    INFO(limits.dump());
#if !defined(__SANITIZE_ADDRESS__)
    CHECK(limits["title"] == "as " + std::to_string((768u << 20) / 1024) + " cpu 1");
#else
    CHECK(limits["title"] == "as unlimited cpu 1");
#endif
    use_built_helper();
}
