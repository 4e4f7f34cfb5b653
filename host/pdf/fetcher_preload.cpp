#include "fetcher_preload.hpp"

#include <dlfcn.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstdlib>
#include <ctime>

#include "core/path_list.hpp"
#include "name_services.hpp"

namespace coolpapers::pdf {
namespace {

// glibc's resolver dlopens libnss_<service>.so.2 on its first lookup; once the library is loaded
// that dlopen finds it by name without opening a file. Never closed, like glibc's own handles.
void preload_name_services() {
    for (const std::string& service : hosts_services_in_file("/etc/nsswitch.conf"))
        if (!builtin_service(service)) ::dlopen(("libnss_" + service + ".so.2").c_str(), RTLD_NOW);
}

// OpenSSL reads its configuration (and loads what it names) once, on first use. The CA store is
// read by every client the download makes (cpp-httplib asks for the default verify paths per
// connection), so it stays readable instead.
void preload_tls() {
    OPENSSL_init_ssl(OPENSSL_INIT_LOAD_CONFIG | OPENSSL_INIT_LOAD_SSL_STRINGS | OPENSSL_INIT_LOAD_CRYPTO_STRINGS, nullptr);
    SSL_CTX_free(SSL_CTX_new(TLS_client_method()));
}

// OpenSSL's choice: the variable when set, the built-in default otherwise.
std::string openssl_location(const char* variable, const char* fallback) {
    const char* set = std::getenv(variable);
    return set != nullptr && *set != '\0' ? set : fallback;
}

}  // namespace

void preload_for_download() {
    preload_name_services();
    preload_tls();
    // OpenSSL checks a certificate's dates with gmtime_r, and glibc reads the time zone
    // (/etc/localtime) on the first such call: read it now.
    ::tzset();
}

std::vector<std::string> fetcher_readable_paths() {
    std::vector<std::string> paths = {
        // glibc's resolver: which services, host.conf options, the name servers, the hosts file,
        // address sorting.
        "/etc/nsswitch.conf", "/etc/host.conf", "/etc/resolv.conf", "/etc/hosts", "/etc/gai.conf",
        // Debian's hashed CA directory is links into these (update-ca-certificates).
        "/usr/share/ca-certificates", "/usr/local/share/ca-certificates"};
    paths.push_back(openssl_location(X509_get_default_cert_file_env(), X509_get_default_cert_file()));
    // $SSL_CERT_DIR may name several directories. (Named: the split views into this string, which
    // a temporary in the loop's range expression would not outlive.)
    const std::string cert_dirs = openssl_location(X509_get_default_cert_dir_env(), X509_get_default_cert_dir());
    for (const std::string_view dir : split_path_list(cert_dirs)) paths.emplace_back(dir);
    return paths;
}

}  // namespace coolpapers::pdf
