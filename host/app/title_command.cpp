// Placeholder until the title index lands (issue 8).
#include "title_command.hpp"

#include "text_commands.hpp"

namespace coolpapers::cli {

int run_title(const std::string&, bool, std::FILE*) {
    std::fprintf(stderr, "coolpapers: the title index is not available yet\n");
    return kUsageError;
}

}  // namespace coolpapers::cli
