// Which NSS services the fetcher loads before confining itself (host/pdf/name_services.hpp).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "pdf/name_services.hpp"

using coolpapers::pdf::builtin_service;
using coolpapers::pdf::hosts_services;
using coolpapers::pdf::hosts_services_in_file;
using Names = std::vector<std::string>;

TEST_CASE("the hosts line's services are read in order, actions and comments skipped", "[pdf][nss]") {
    // Debian's default with avahi installed, and systemd-resolved's recommendation.
    CHECK(hosts_services("hosts:          files mdns4_minimal [NOTFOUND=return] dns myhostname\n") ==
          Names{"files", "mdns4_minimal", "dns", "myhostname"});
    CHECK(hosts_services("hosts: mymachines resolve [!UNAVAIL=return] files myhostname dns") ==
          Names{"mymachines", "resolve", "files", "myhostname", "dns"});
    // Several criteria in one bracket, spaces inside it, a bracket glued to its neighbours.
    CHECK(hosts_services("hosts: files [ !UNAVAIL=return  NOTFOUND=continue ] sss") == Names{"files", "sss"});
    CHECK(hosts_services("hosts: files[NOTFOUND=return]dns") == Names{"files", "dns"});
    // An unclosed bracket hides the rest of its line.
    CHECK(hosts_services("hosts: files [NOTFOUND=return dns") == Names{"files"});
}

TEST_CASE("lines are read as glibc reads them: other databases and comment lines give nothing", "[pdf][nss]") {
    const std::string conf =
        "# hosts: ldap\n"
        "passwd:         files systemd\n"
        "hostsx: wins\n"
        "Hosts: nis\n"
        "networks:       files\n"
        "\n"
        "hosts:";
    CHECK(hosts_services(conf).empty());
    CHECK(hosts_services("").empty());
    CHECK(hosts_services("passwd: files\nnetgroup: nis").empty());
    // Leading space, tabs and a CR; the colon is optional, and any spaces and colons may follow.
    CHECK(hosts_services("  hosts\t:\tfiles\r\n") == Names{"files"});
    CHECK(hosts_services("hosts files extrausers") == Names{"files", "extrausers"});
    CHECK(hosts_services("hosts :: : sss") == Names{"sss"});
    // A '#' after the name is no comment: glibc 2.36 tried to load libnss_#.so.2 and
    // libnss_comment.so.2 for "dns # comment" (strace), so what follows it is loaded too.
    CHECK(hosts_services("hosts: files dns # mdns4") == Names{"files", "dns", "mdns4"});
}

TEST_CASE("services of every hosts line are kept once; names that are not plain words are dropped", "[pdf][nss]") {
    CHECK(hosts_services("hosts: files dns\nhosts: dns mymachines\n") == Names{"files", "dns", "mymachines"});
    // The name becomes part of a library file name: a '/' would make dlopen take it as a path.
    CHECK(hosts_services("hosts: ../../tmp/evil files lib.so x\xff") == Names{"files"});
}

TEST_CASE("glibc's built-in services are not libraries to load", "[pdf][nss]") {
    CHECK(builtin_service("files"));
    CHECK(builtin_service("dns"));
    CHECK(!builtin_service("mdns4_minimal"));
    CHECK(!builtin_service("myhostname"));
}

TEST_CASE("nsswitch.conf is read from its file; a missing file gives no services", "[pdf][nss]") {
    char path[] = "/tmp/coolpapers-nsswitch-XXXXXX";
    const int fd = ::mkstemp(path);
    REQUIRE(fd >= 0);
    ::close(fd);
    std::ofstream(path) << "passwd: files\nhosts: files myhostname\n";
    CHECK(hosts_services_in_file(path) == Names{"files", "myhostname"});
    ::unlink(path);
    CHECK(hosts_services_in_file(path).empty());
    CHECK(hosts_services_in_file("/").empty());  // a directory
}
