// What the download helper loads before it confines itself, and the few files it still reads
// afterwards. Landlock then keeps it out of /usr/lib and most of /etc: a fetcher taken over by a
// hostile server's bytes can read its CA store and the resolver's files, nothing else.
#pragma once

#include <string>
#include <vector>

namespace coolpapers::pdf {

// Loads, while every file is still readable, what name resolution and TLS would otherwise load
// on first use: the NSS modules /etc/nsswitch.conf's hosts line names (those glibc has not built
// in), OpenSSL's configuration and the providers or engines it names, the TLS client state an
// SSL_CTX sets up (one is made and dropped), the time zone. Failures are left for the download
// to meet.
void preload_for_download();

// What the confined fetcher may read: its CA store (OpenSSL's default file and directory, or
// $SSL_CERT_FILE and $SSL_CERT_DIR, and the certificates the directory's links point to) and the
// files glibc reads to resolve a name.
std::vector<std::string> fetcher_readable_paths();

}  // namespace coolpapers::pdf
