#include "handlers.hpp"
#include "pdf/pdf_client.hpp"

namespace coolpapers::nm {

json handle_resolve_pdf(const json& request, const Limits&) {
    const auto url = optional_string(request, "url");
    if (!url || url->empty()) throw RequestError{"bad_field", "\"url\" must name the PDF"};
    const auto all = request.find("all");
    if (all != request.end() && !all->is_boolean()) throw RequestError{"bad_field", "\"all\" must be true or false"};
    json result = pdf::resolve_pdf(*url, pdf::PdfOptions{all != request.end() && all->get<bool>()});
    if (result.contains("error")) {
        const json& error = result["error"];
        throw RequestError{error.value("code", "pdf_unreadable"), error.value("message", "cannot read the PDF")};
    }
    return result;
}

}  // namespace coolpapers::nm
