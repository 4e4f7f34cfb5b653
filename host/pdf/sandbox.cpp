#include "sandbox.hpp"

#include <fcntl.h>
#include <linux/sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <memory>

namespace coolpapers::pdf {
namespace {

using Filter = std::unique_ptr<void, void (*)(scmp_filter_ctx)>;

// What a parse was traced making once it holds its input (strace -f over the corpus, the
// hostile fixtures and the fuzz regressions; see README): memory, reading already-open and
// read-only files (fontconfig, poppler data, gconv modules), stat and directory listing,
// futexes, and ending. Signal handling and clocks for abort(), alarm and the C++ runtime.
constexpr int kCommonCalls[] = {
    SCMP_SYS(read),           SCMP_SYS(pread64),     SCMP_SYS(readv),         SCMP_SYS(lseek),
    SCMP_SYS(close),          SCMP_SYS(fstat),       SCMP_SYS(newfstatat),    SCMP_SYS(stat),
    SCMP_SYS(lstat),          SCMP_SYS(statx),       SCMP_SYS(fstatfs),       SCMP_SYS(statfs),
    SCMP_SYS(access),         SCMP_SYS(faccessat),   SCMP_SYS(faccessat2),    SCMP_SYS(readlink),
    SCMP_SYS(readlinkat),     SCMP_SYS(getdents64),  SCMP_SYS(fadvise64),     SCMP_SYS(fcntl),
    SCMP_SYS(brk),            SCMP_SYS(mmap),        SCMP_SYS(munmap),        SCMP_SYS(mremap),
    SCMP_SYS(mprotect),       SCMP_SYS(madvise),     SCMP_SYS(futex),         SCMP_SYS(getrandom),
    SCMP_SYS(rt_sigaction),   SCMP_SYS(rt_sigprocmask), SCMP_SYS(rt_sigreturn), SCMP_SYS(sigaltstack),
    SCMP_SYS(clock_gettime),  SCMP_SYS(clock_nanosleep), SCMP_SYS(nanosleep), SCMP_SYS(gettimeofday),
    SCMP_SYS(getpid),         SCMP_SYS(gettid),      SCMP_SYS(getppid),       SCMP_SYS(getuid),
    SCMP_SYS(geteuid),        SCMP_SYS(getgid),      SCMP_SYS(getegid),       SCMP_SYS(uname),
    SCMP_SYS(sysinfo),        SCMP_SYS(sched_yield), SCMP_SYS(sched_getaffinity), SCMP_SYS(exit),
    SCMP_SYS(exit_group),
    // An in-process pipe: the sanitizers' runtime probes whether memory is readable by writing
    // it to one (UBSan's vptr check fails without it). Reaches no file and no other process.
    SCMP_SYS(pipe),           SCMP_SYS(pipe2),
};

// A download adds the network: DNS over UDP (glibc's resolver) and HTTP(S) over TCP.
constexpr int kNetworkCalls[] = {
    SCMP_SYS(connect),    SCMP_SYS(getsockopt), SCMP_SYS(setsockopt), SCMP_SYS(getsockname),
    SCMP_SYS(getpeername), SCMP_SYS(sendto),    SCMP_SYS(sendmsg),    SCMP_SYS(sendmmsg),
    SCMP_SYS(recvfrom),   SCMP_SYS(recvmsg),    SCMP_SYS(recvmmsg),   SCMP_SYS(shutdown),
    SCMP_SYS(poll),       SCMP_SYS(ppoll),      SCMP_SYS(select),     SCMP_SYS(pselect6),
    SCMP_SYS(write),      SCMP_SYS(writev),
};

bool allow(scmp_filter_ctx ctx, int call, unsigned count = 0, const scmp_arg_cmp* args = nullptr) {
    // A call this architecture does not have (open on aarch64, …) has nothing to allow.
    if (call < 0) return true;
    return seccomp_rule_add_array(ctx, SCMP_ACT_ALLOW, call, count, args) == 0;
}

bool allow_if(scmp_filter_ctx ctx, int call, scmp_arg_cmp arg) { return allow(ctx, call, 1, &arg); }

bool build(scmp_filter_ctx ctx, HelperRole role) {
    for (int call : kCommonCalls)
        if (!allow(ctx, call)) return false;
    // Opening only to read: no write access mode, no O_CREAT, no O_TRUNC. openat2 is refused
    // outright, since its flags sit in a struct the filter cannot read.
    constexpr scmp_datum_t kWriteFlags = O_ACCMODE | O_CREAT | O_TRUNC;
    if (!allow_if(ctx, SCMP_SYS(open), SCMP_A1(SCMP_CMP_MASKED_EQ, kWriteFlags, 0)) ||
        !allow_if(ctx, SCMP_SYS(openat), SCMP_A2(SCMP_CMP_MASKED_EQ, kWriteFlags, 0)))
        return false;
    // Signals only to itself (abort(), raise()).
    const auto self = static_cast<scmp_datum_t>(::getpid());
    if (!allow_if(ctx, SCMP_SYS(kill), SCMP_A0(SCMP_CMP_EQ, self)) ||
        !allow_if(ctx, SCMP_SYS(tgkill), SCMP_A0(SCMP_CMP_EQ, self)) ||
        !allow_if(ctx, SCMP_SYS(tkill), SCMP_A0(SCMP_CMP_EQ, self)))
        return false;
    // Reading limits, never raising them; isatty() (stdio); FIONREAD (the resolver).
    if (!allow_if(ctx, SCMP_SYS(prlimit64), SCMP_A2(SCMP_CMP_EQ, 0)) ||
        !allow_if(ctx, SCMP_SYS(ioctl), SCMP_A1(SCMP_CMP_EQ, TCGETS)))
        return false;
    if (role == HelperRole::read) {
        // Its reply on stdout, glibc's last words on stderr, and the sanitizers' probe pipe: the
        // reader holds no other descriptor open for writing (opens are read-only).
        return allow(ctx, SCMP_SYS(write));
    }
    for (int call : kNetworkCalls)
        if (!allow(ctx, call)) return false;
    return allow_if(ctx, SCMP_SYS(socket), SCMP_A0(SCMP_CMP_EQ, AF_INET)) &&
           allow_if(ctx, SCMP_SYS(socket), SCMP_A0(SCMP_CMP_EQ, AF_INET6)) &&
           allow_if(ctx, SCMP_SYS(ioctl), SCMP_A1(SCMP_CMP_EQ, FIONREAD));
}

bool load_allowlist(HelperRole role) {
    Filter ctx(seccomp_init(SCMP_ACT_ERRNO(EPERM)), seccomp_release);
    return ctx && build(ctx.get(), role) && seccomp_load(ctx.get()) == 0;
}

void add_under(std::vector<std::string>& paths, const char* base, const char* rest) {
    if (base != nullptr && *base == '/') paths.push_back(std::string(base) + rest);
}

}  // namespace

// System files under /usr (fonts, poppler data, gconv modules), fontconfig's configuration and
// caches.
std::vector<std::string> reader_readable_paths() {
    std::vector<std::string> paths = {"/usr", "/etc/fonts", "/etc/localtime", "/etc/ld.so.cache", "/var/cache/fontconfig"};
    const char* home = std::getenv("HOME");
    for (const char* rest : {"/.cache/fontconfig", "/.fontconfig", "/.fonts", "/.local/share/fonts", "/.config/fontconfig"})
        add_under(paths, home, rest);
    add_under(paths, std::getenv("XDG_CACHE_HOME"), "/fontconfig");
    add_under(paths, std::getenv("XDG_DATA_HOME"), "/fonts");
    add_under(paths, std::getenv("XDG_CONFIG_HOME"), "/fontconfig");
    return paths;
}

namespace {

void limit(int resource, rlim_t value) {
    rlimit current{};
    if (::getrlimit(resource, &current) != 0) return;
    // Only ever lower: the parent may have set tighter limits.
    const rlim_t soft = std::min(current.rlim_cur, value), hard = std::min(current.rlim_max, value);
    const rlimit lowered{std::min(soft, hard), hard};
    ::setrlimit(resource, &lowered);
}

}  // namespace

Confinement confine(HelperRole role, const std::vector<std::string>& readable) {
    Confinement result;
    // Self-imposed, so that they hold however the helper was started: no processes (for this
    // user: fork fails even before seccomp), no core files, few descriptors.
    limit(RLIMIT_NPROC, 0);
    limit(RLIMIT_CORE, 0);
    limit(RLIMIT_NOFILE, 64);
    ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    result.landlock_abi = landlock_abi();
    result.landlock = landlock_restrict(readable, role == HelperRole::fetch);
    result.seccomp = load_allowlist(role);
    return result;
}

}  // namespace coolpapers::pdf
