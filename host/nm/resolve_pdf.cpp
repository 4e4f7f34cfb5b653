#include "handlers.hpp"

namespace coolpapers::nm {
namespace {

// One sentence for the notification: what the PDF gave, and where it came from.
std::string pdf_message(const json& result) {
    const std::size_t ids = result.value("ids", json::array()).size();
    if (ids > 0) {
        const std::string count = ids == 1 ? "1 paper" : std::to_string(ids) + " papers";
        return "Opening " + count + " on Cool Papers (from the PDF" +
               (result.value("ids_from", "") == "title_index" ? "'s title" : "") + ").";
    }
    if (!result.value("urls", json::array()).empty())
        return "No paper ID in this PDF: searching Cool Papers for its title.";
    return "No paper ID or title found in this PDF.";
}

}  // namespace

std::unique_ptr<pdf::PdfJob> start_resolve_pdf(const json& request, const Limits&) {
    const auto url = optional_string(request, "url");
    if (!url || url->empty()) throw RequestError{"bad_field", "\"url\" must name the PDF"};
    // PROTOCOL.md: an absolute path or a URL. A relative path would depend on the browser's cwd.
    if ((*url)[0] != '/' && url->find(':') == std::string::npos)
        throw RequestError{"bad_field", "\"url\" must be a URL or an absolute path"};
    const auto all = request.find("all");
    if (all != request.end() && !all->is_boolean()) throw RequestError{"bad_field", "\"all\" must be true or false"};
    return std::make_unique<pdf::PdfJob>(*url, pdf::PdfOptions{all != request.end() && all->get<bool>()});
}

json finish_resolve_pdf(json result) {
    if (result.contains("error")) {
        const json& error = result["error"];
        throw RequestError{error.value("code", "pdf_unreadable"), error.value("message", "cannot read the PDF")};
    }
    result["message"] = pdf_message(result);
    return result;
}

}  // namespace coolpapers::nm
