#include "helper_io.hpp"

#include <charconv>
#include <cstdio>
#include <string>

#include "reply.hpp"

namespace coolpapers::pdf {

int emit(const nlohmann::json& value) {
    const std::string text = dump_json(value) + "\n";
    return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0 ? 0 : 1;
}

bool parse_positive(std::string_view text, long& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && out > 0;
}

std::optional<Error> confine_as(HelperRole role, const std::vector<std::string>& readable) {
    if (confine(role, readable).seccomp) return std::nullopt;
    return Error{role == HelperRole::read ? "pdf_sandbox_failed" : "fetch_sandbox_failed",
                 "the helper cannot confine itself (seccomp unavailable)"};
}

int report_confinement(HelperRole role, const std::vector<std::string>& readable) {
    const Confinement held = confine(role, readable);
    return emit({{"seccomp", held.seccomp}, {"landlock", held.landlock}, {"landlock_abi", held.landlock_abi}});
}

}  // namespace coolpapers::pdf

// Sanitizer builds: LeakSanitizer cannot stop the world inside the seccomp filter (it dies with
// "fatal error" and a failed exit status), so both confined helpers run without it; their memory
// errors are still caught by AddressSanitizer. Defined here, in the object both helpers link for
// emit(), so that neither can be built without it.
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }
