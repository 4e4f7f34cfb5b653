#include "landlock.hpp"

#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>

#include "process/unique_fd.hpp"

namespace coolpapers::pdf {
namespace {

// Rights newer than Debian 12's kernel headers (ABI 2), numbered as in the kernel's uapi.
constexpr std::uint64_t kFsTruncate = 1ull << 14;   // ABI 3
constexpr std::uint64_t kFsIoctlDev = 1ull << 15;   // ABI 5
constexpr std::uint64_t kNetBindTcp = 1ull << 0;    // ABI 4
constexpr std::uint64_t kNetConnectTcp = 1ull << 1; // ABI 4
constexpr std::uint64_t kScopeAbstractUnix = 1ull << 0;  // ABI 6
constexpr std::uint64_t kScopeSignal = 1ull << 1;        // ABI 6

// struct landlock_ruleset_attr as of ABI 6; older kernels accept it when the fields they do not
// know are zero.
struct RulesetAttr {
    std::uint64_t handled_access_fs = 0;
    std::uint64_t handled_access_net = 0;
    std::uint64_t scoped = 0;
};

constexpr std::uint64_t kReadRights = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;

std::uint64_t handled_fs(int abi) {
    std::uint64_t rights = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;  // ABI 1: execute … make_sym
    if (abi >= 2) rights |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3) rights |= kFsTruncate;
    if (abi >= 5) rights |= kFsIoctlDev;
    return rights;
}

}  // namespace

int landlock_abi() {
    const long abi = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi > 0 ? static_cast<int>(abi) : 0;
}

bool landlock_restrict(const std::vector<std::string>& readable, bool may_connect) {
    const int abi = landlock_abi();
    if (abi == 0) return false;
    RulesetAttr attr;
    attr.handled_access_fs = handled_fs(abi);
    if (abi >= 4) attr.handled_access_net = kNetBindTcp | (may_connect ? 0 : kNetConnectTcp);
    if (abi >= 6) attr.scoped = kScopeAbstractUnix | kScopeSignal;
    const process::UniqueFd ruleset(
        static_cast<int>(::syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0)));
    if (ruleset.fd < 0) return false;

    for (const std::string& path : readable) {
        const process::UniqueFd parent(::open(path.c_str(), O_PATH | O_CLOEXEC));
        struct stat st {};
        if (parent.fd < 0 || ::fstat(parent.fd, &st) != 0) continue;  // not on this system
        landlock_path_beneath_attr rule{};
        // Directory rights on a file are refused by the kernel.
        rule.allowed_access = S_ISDIR(st.st_mode) ? kReadRights : LANDLOCK_ACCESS_FS_READ_FILE;
        rule.parent_fd = parent.fd;
        if (::syscall(SYS_landlock_add_rule, ruleset.fd, LANDLOCK_RULE_PATH_BENEATH, &rule, 0) != 0) return false;
    }
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return false;
    return ::syscall(SYS_landlock_restrict_self, ruleset.fd, 0) == 0;
}

}  // namespace coolpapers::pdf
