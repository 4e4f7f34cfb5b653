// What the confined fetcher may still read (host/pdf/fetcher_preload.hpp): OpenSSL's CA locations
// as OpenSSL itself would choose them, and the resolver's files.
#include <openssl/x509.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <optional>
#include <string>

#include "pdf/fetcher_preload.hpp"

using coolpapers::pdf::fetcher_readable_paths;

namespace {

bool has(const std::vector<std::string>& paths, const std::string& path) {
    return std::find(paths.begin(), paths.end(), path) != paths.end();
}

// Sets a variable for one scope, then puts back what was there.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value != nullptr) ::setenv(name, value, 1);
        else ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (old_) ::setenv(name_, old_->c_str(), 1);
        else ::unsetenv(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("the fetcher reads OpenSSL's default CA file and directory and the resolver's files", "[pdf][sandbox]") {
    const ScopedEnv file(X509_get_default_cert_file_env(), nullptr), dir(X509_get_default_cert_dir_env(), nullptr);
    const std::vector<std::string> paths = fetcher_readable_paths();
    CHECK(has(paths, X509_get_default_cert_file()));
    CHECK(has(paths, X509_get_default_cert_dir()));
    for (const char* resolver_file : {"/etc/nsswitch.conf", "/etc/resolv.conf", "/etc/hosts"}) CHECK(has(paths, resolver_file));
    CHECK_FALSE(has(paths, "/usr/lib"));
}

TEST_CASE("$SSL_CERT_FILE and every directory of $SSL_CERT_DIR replace OpenSSL's defaults", "[pdf][sandbox]") {
    // Long names: the list outlives no temporary it was split from (a sanitizer build caught one).
    const ScopedEnv file(X509_get_default_cert_file_env(), "/srv/a-rather-long-directory-name/bundle.pem");
    const ScopedEnv dir(X509_get_default_cert_dir_env(), "/srv/first-certificate-directory::/srv/second-certificate-directory");
    const std::vector<std::string> paths = fetcher_readable_paths();
    CHECK(has(paths, "/srv/a-rather-long-directory-name/bundle.pem"));
    CHECK(has(paths, "/srv/first-certificate-directory"));
    CHECK(has(paths, "/srv/second-certificate-directory"));
    CHECK_FALSE(has(paths, ""));
    CHECK_FALSE(has(paths, X509_get_default_cert_file()));
    CHECK_FALSE(has(paths, X509_get_default_cert_dir()));
}
