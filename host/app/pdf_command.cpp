#include "pdf_command.hpp"

#include <unistd.h>

#include "../pdf/pdf_client.hpp"
#include "../pdf/reply.hpp"
#include "stdio.hpp"
#include "text_commands.hpp"

namespace coolpapers::cli {

int run_pdf(const std::string& location, bool json, bool all, std::FILE* out) {
    const pdf::PdfOptions options{all};
    // "-" is stdin, for the command line only: the host's stdin is its protocol channel.
    const nlohmann::json result =
        location == "-" ? pdf::resolve_pdf_fd(STDIN_FILENO, options) : pdf::resolve_pdf(location, options);
    if (result.contains("error")) {
        std::fprintf(stderr, "coolpapers: %s\n", result["error"].value("message", "cannot read the PDF").c_str());
        return kUsageError;
    }
    std::string text;
    if (json) {
        text = pdf::dump_json(result) + "\n";
    } else {
        for (const auto& url : result.value("urls", nlohmann::json::array())) text += url.get<std::string>() + "\n";
    }
    write_all(out, text);
    const bool found = !result.value("ids", nlohmann::json::array()).empty() || !result.value("title", "").empty();
    return found ? kFound : kNothingFound;
}

}  // namespace coolpapers::cli
