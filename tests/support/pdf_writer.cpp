#include "pdf_writer.hpp"

#include <cstdio>

namespace coolpapers::testing {

std::string assemble_pdf(const std::vector<std::string>& objects, std::string_view trailer_extra) {
    std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";  // binary comment: "this file is binary"
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char entry[32];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R";
    if (!trailer_extra.empty()) {
        pdf += ' ';
        pdf += trailer_extra;
    }
    pdf += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace coolpapers::testing
