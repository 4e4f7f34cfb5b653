// What both helper executables (coolpapers-pdf, coolpapers-pdf-fetch) share: their one JSON
// reply on stdout, numeric options, and refusing to go on unconfined.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "pdf_error.hpp"
#include "sandbox.hpp"

namespace coolpapers::pdf {

// Writes `value` and a newline to stdout; 0 when it all went out.
int emit(const nlohmann::json& value);

// A positive decimal number, the whole of `text`.
bool parse_positive(std::string_view text, long& out);

// Confines the process as `role`, able to read `readable`; without the seccomp allowlist, the
// error to reply with (Landlock is a second layer, skipped where the kernel lacks it).
std::optional<Error> confine_as(HelperRole role, const std::vector<std::string>& readable);

// Confines the process as `role` and replies with what holds (`coolpapers doctor` asks each helper):
// {"seccomp":…,"landlock":…,"landlock_abi":…}.
int report_confinement(HelperRole role, const std::vector<std::string>& readable);

}  // namespace coolpapers::pdf
