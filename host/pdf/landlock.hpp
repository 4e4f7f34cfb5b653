// Landlock for the helpers (see sandbox.hpp): which paths each may read, enforced by the kernel
// where it has Landlock; a no-op elsewhere.
#pragma once

#include <string>
#include <vector>

namespace coolpapers::pdf {

// The kernel's Landlock ABI version, 0 when Landlock is missing or disabled.
int landlock_abi();

// Restricts the calling process (no_new_privs must be set): files under `readable` may be
// opened read-only, nothing else may be opened, written, created or removed; no process outside
// this one may be signalled (ABI 6+); TCP connect is refused too unless `may_connect` (ABI 4+).
// Missing paths are skipped. False when the ruleset could not be enforced.
bool landlock_restrict(const std::vector<std::string>& readable, bool may_connect);

}  // namespace coolpapers::pdf
