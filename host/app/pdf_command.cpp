#include "pdf_command.hpp"

#include "../pdf/pdf_client.hpp"
#include "stdio.hpp"
#include "text_commands.hpp"

namespace coolpapers::cli {

int run_pdf(const std::string& location, bool json, bool all, std::FILE* out) {
    const nlohmann::json result = pdf::resolve_pdf(location, pdf::PdfOptions{all});
    if (result.contains("error")) {
        std::fprintf(stderr, "coolpapers: %s\n", result["error"].value("message", "cannot read the PDF").c_str());
        return kUsageError;
    }
    std::string text;
    if (json) {
        text = result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else {
        for (const auto& url : result.value("urls", nlohmann::json::array())) text += url.get<std::string>() + "\n";
    }
    write_all(out, text);
    const bool found = !result.value("ids", nlohmann::json::array()).empty() || !result.value("title", "").empty();
    return found ? kFound : kNothingFound;
}

}  // namespace coolpapers::cli
