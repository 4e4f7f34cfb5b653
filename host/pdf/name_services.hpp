// Which NSS services glibc's resolver will load to look up a host name, read from nsswitch.conf
// (fetcher_preload.cpp loads them before the fetcher confines itself).
//
//   hosts_services("hosts: files mdns4_minimal [NOTFOUND=return] dns") → files, mdns4_minimal, dns
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coolpapers::pdf {

// The services of every `hosts:` line, in order, without repeats (glibc uses the last one, but
// loading one module too many costs nothing, one too few breaks lookups once confined). Lines
// are read as glibc reads them: a '#' after the database name is not a comment (glibc tries to
// load a service named "#" and whatever follows). Actions in brackets (`[NOTFOUND=return]`) and
// other databases are skipped; a name that is more than letters, digits, '_' and '-' (a '/'
// would make it a path) is left out.
std::vector<std::string> hosts_services(std::string_view nsswitch);

// The same, read from a file: none when it is missing or unreadable (then glibc uses its
// built-in defaults, which are all built-in services).
std::vector<std::string> hosts_services_in_file(const char* path);

// Whether glibc (2.34 and later) has the service built in rather than in libnss_<name>.so.2.
bool builtin_service(std::string_view name);

}  // namespace coolpapers::pdf
