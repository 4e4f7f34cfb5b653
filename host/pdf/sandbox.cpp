#include "sandbox.hpp"

#include <fcntl.h>
#include <seccomp.h>

#include <cerrno>
#include <memory>

namespace coolpapers::pdf {

bool confine_parser() {
    // Allow by default and refuse what a parser never needs: a denylist cannot break poppler's
    // own calls (mmap, fontconfig reads, …) the way an allowlist can across library updates.
    std::unique_ptr<void, void (*)(scmp_filter_ctx)> ctx(seccomp_init(SCMP_ACT_ALLOW), seccomp_release);
    if (!ctx) return false;
    const int refused[] = {
        SCMP_SYS(socket),   SCMP_SYS(socketpair), SCMP_SYS(connect),    SCMP_SYS(bind),      SCMP_SYS(listen),
        SCMP_SYS(accept),   SCMP_SYS(accept4),    SCMP_SYS(sendto),     SCMP_SYS(sendmsg),   SCMP_SYS(sendmmsg),
        SCMP_SYS(execve),   SCMP_SYS(execveat),   SCMP_SYS(fork),       SCMP_SYS(vfork),     SCMP_SYS(ptrace),
        SCMP_SYS(process_vm_writev), SCMP_SYS(unlink), SCMP_SYS(unlinkat), SCMP_SYS(rename), SCMP_SYS(renameat),
        SCMP_SYS(renameat2), SCMP_SYS(mkdir),     SCMP_SYS(mkdirat),    SCMP_SYS(rmdir),     SCMP_SYS(link),
        SCMP_SYS(linkat),   SCMP_SYS(symlink),    SCMP_SYS(symlinkat),  SCMP_SYS(truncate),  SCMP_SYS(chmod),
        SCMP_SYS(fchmodat), SCMP_SYS(chown),      SCMP_SYS(fchownat),   SCMP_SYS(lchown),    SCMP_SYS(creat),
        SCMP_SYS(mount),    SCMP_SYS(umount2),    SCMP_SYS(setsid),
    };
    const auto deny = SCMP_ACT_ERRNO(EPERM);
    for (int call : refused)
        if (seccomp_rule_add(ctx.get(), deny, call, 0) != 0) return false;
    // open/openat for writing or creating.
    const scmp_datum_t modes[][2] = {{O_ACCMODE, O_WRONLY}, {O_ACCMODE, O_RDWR}, {O_CREAT, O_CREAT}};
    for (const auto& m : modes) {
        if (seccomp_rule_add(ctx.get(), deny, SCMP_SYS(open), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, m[0], m[1])) != 0 ||
            seccomp_rule_add(ctx.get(), deny, SCMP_SYS(openat), 1, SCMP_A2(SCMP_CMP_MASKED_EQ, m[0], m[1])) != 0)
            return false;
    }
    return seccomp_load(ctx.get()) == 0;
}

}  // namespace coolpapers::pdf
