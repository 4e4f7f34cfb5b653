// Test-only: preloaded into the real `coolpapers-pdf read` / `fetch` (LD_PRELOAD), it takes the
// place of poppler's document constructor and of getaddrinfo, the first things each helper calls on
// hostile input once it has confined itself. There it tries every class of call the sandbox must
// refuse, writes one line per class to stderr ("<class> refused", "<class> allowed" or
// "<class> errno=N"), and ends the process. The targets are files in $COOLPAPERS_PROBE_DIR,
// the helper itself and its parent, with arguments that do no harm when a call goes through;
// and two reads the test judges per helper: libc's file (refused to the fetcher under Landlock)
// and OpenSSL's CA file (the fetcher must still read it).
#include <dlfcn.h>
#include <fcntl.h>
#include <gnu/libc-version.h>
#include <linux/io_uring.h>
#include <linux/openat2.h>
#include <linux/sched.h>
#include <netdb.h>
#include <openssl/x509.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

std::string in_dir(const char* name) {
    const char* dir = std::getenv("COOLPAPERS_PROBE_DIR");
    return std::string(dir ? dir : "/nonexistent") + "/" + name;
}

// libc's own file, wherever this system keeps it: the one this process loaded.
std::string libc_file() {
    Dl_info info{};
    const bool found = ::dladdr(reinterpret_cast<void*>(&::gnu_get_libc_version), &info) != 0 && info.dli_fname;
    return found ? info.dli_fname : "/nonexistent";
}

// The CA file OpenSSL reads to verify a server, chosen as OpenSSL chooses it.
std::string ca_bundle() {
    const char* set = std::getenv(X509_get_default_cert_file_env());
    return set != nullptr && *set != '\0' ? set : X509_get_default_cert_file();
}

// A call's result: refused (EPERM from seccomp, EACCES from Landlock), or went through.
void report(const char* what, long result) {
    const int err = errno;
    if (result >= 0) std::fprintf(stderr, "%s allowed\n", what);
    else if (err == EPERM || err == EACCES) std::fprintf(stderr, "%s refused\n", what);
    else std::fprintf(stderr, "%s errno=%d\n", what, err);
}

// A child made by a probe that got through leaves at once.
long reap(long pid) {
    if (pid == 0) _exit(0);
    if (pid > 0) ::waitpid(static_cast<pid_t>(pid), nullptr, 0);
    return pid;
}

[[noreturn]] void probe_everything() {
    const std::string victim = in_dir("victim"), fresh = in_dir("fresh");
    const pid_t parent = ::getppid(), self = ::getpid();

    io_uring_params params{};
    report("io_uring", ::syscall(SYS_io_uring_setup, 4, &params));
    open_how how{};
    how.flags = O_WRONLY | O_CREAT;
    how.mode = 0600;
    report("openat2", ::syscall(SYS_openat2, AT_FDCWD, fresh.c_str(), &how, sizeof how));
    report("open_write", ::syscall(SYS_openat, AT_FDCWD, fresh.c_str(), O_WRONLY | O_CREAT, 0600));
    report("open_rdwr", ::syscall(SYS_openat, AT_FDCWD, victim.c_str(), O_RDWR));
    report("open_truncate", ::syscall(SYS_openat, AT_FDCWD, victim.c_str(), O_RDONLY | O_TRUNC));
    report("open_legacy_create", ::syscall(SYS_open, fresh.c_str(), O_RDONLY | O_CREAT, 0600));
    report("creat", ::syscall(SYS_creat, fresh.c_str(), 0600));
    report("open_outside", ::syscall(SYS_openat, AT_FDCWD, victim.c_str(), O_RDONLY));
    report("read_libc", ::syscall(SYS_openat, AT_FDCWD, libc_file().c_str(), O_RDONLY));
    report("read_ca_bundle", ::syscall(SYS_openat, AT_FDCWD, ca_bundle().c_str(), O_RDONLY));
    report("mknod", ::mknodat(AT_FDCWD, fresh.c_str(), S_IFREG | 0600, 0));
    report("chmod", ::fchmodat(AT_FDCWD, victim.c_str(), 0600, 0));
    report("chown", ::fchownat(AT_FDCWD, victim.c_str(), ::getuid(), ::getgid(), 0));
    report("xattr", ::setxattr(victim.c_str(), "user.coolpapers", "x", 1, 0));
    report("utime", ::utimensat(AT_FDCWD, victim.c_str(), nullptr, 0));
    report("unlink", ::unlink(victim.c_str()));
    report("clone", reap(::syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0)));
    clone_args args{};
    args.exit_signal = SIGCHLD;
    report("clone3", reap(::syscall(SYS_clone3, &args, sizeof args)));
    report("fork", reap(::fork()));
    report("ptrace", ::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr));
    char byte = 0, copy = 0;
    iovec local{&copy, 1}, remote{&byte, 1};
    report("process_vm_readv", ::process_vm_readv(self, &local, 1, &remote, 1, 0));
    report("kill_parent", ::kill(parent, 0));
    report("tgkill_parent", ::syscall(SYS_tgkill, parent, parent, 0));
    report("pidfd_open", ::syscall(SYS_pidfd_open, parent, 0));
    report("unshare", ::unshare(CLONE_NEWUSER));
    report("setns", ::setns(-1, 0));  // EBADF when the call is not refused
    report("memfd_create", ::memfd_create("probe", 0));
    report("socket_unix", ::socket(AF_UNIX, SOCK_STREAM, 0));
    report("socket_netlink", ::socket(AF_NETLINK, SOCK_RAW, 0));
    report("socket_inet", ::socket(AF_INET, SOCK_STREAM, 0));
    char* const argv[] = {const_cast<char*>("/bin/true"), nullptr};
    report("execve", ::execv("/bin/true", argv));  // last: when it works, nothing follows
    std::fprintf(stderr, "done\n");
    std::fflush(stderr);
    _exit(0);
}

}  // namespace

// PDFDoc::PDFDoc(BaseStream*, const std::optional<GooString>&, const std::optional<GooString>&,
// void*, const std::function<void()>&): the reader opens every PDF with it (poppler's ABI, both
// constructor symbols).
extern "C" void _ZN6PDFDocC1EP10BaseStreamRKSt8optionalI9GooStringES6_PvRKSt8functionIFvvEE() { probe_everything(); }
extern "C" void _ZN6PDFDocC2EP10BaseStreamRKSt8optionalI9GooStringES6_PvRKSt8functionIFvvEE() { probe_everything(); }
// The download's first step after the fetcher has confined itself.
extern "C" int getaddrinfo(const char*, const char*, const addrinfo*, addrinfo**) { probe_everything(); }
