// Placeholder until the PDF reader lands (issue 5).
#include "pdf_client.hpp"

namespace coolpapers::pdf {

nlohmann::json resolve_pdf(std::string_view, const PdfOptions&) {
    return {{"error", {{"code", "not_supported"}, {"message", "PDF reading is not supported yet"}}}};
}

}  // namespace coolpapers::pdf
