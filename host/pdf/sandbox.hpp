// Confining a helper (coolpapers-pdf read | fetch) before it touches hostile bytes:
//   - no_new_privs and self-imposed rlimits (no new processes, no core files, few descriptors);
//   - Landlock, where the kernel has it: the reader may open read-only what poppler and
//     fontconfig need (reader_readable_paths()), the fetcher its CA store and resolver files
//     (fetcher_preload.hpp); nothing may be written, created or removed, and (Landlock ABI 6+)
//     no process outside the helper may be signalled;
//   - a seccomp allowlist (every other call fails with EPERM): the calls a parse or a download
//     was traced making; open/openat only without write, create or truncate flags; no
//     io_uring, openat2, process creation, ptrace, memfd, namespaces, mknod, chmod/chown,
//     xattrs or timestamps; kill/tgkill only of the helper itself; sockets only in the fetcher
//     (TCP/UDP over IPv4/IPv6).
#pragma once

#include "landlock.hpp"

namespace coolpapers::pdf {

enum class HelperRole { read, fetch };

struct Confinement {
    bool seccomp = false;  // the allowlist is loaded
    int landlock_abi = 0;  // the kernel's Landlock ABI (0: none)
    bool landlock = false; // the Landlock ruleset is enforced
};

// Confines the calling process for good; Landlock lets it open files under `readable` only, and
// read-only. Steps the kernel lacks are skipped (and reported).
Confinement confine(HelperRole role, const std::vector<std::string>& readable);

// What poppler, fontconfig and glibc read while parsing.
std::vector<std::string> reader_readable_paths();

}  // namespace coolpapers::pdf
