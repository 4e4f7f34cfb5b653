// Test fixtures: PDFs generated with cairo (the signals the corpus lacks), hand-written broken
// ones, the shared corpus, and a temporary directory to put them in.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace coolpapers::pdf_testing {

// ../shared/corpus/pdf beside the checkout.
std::filesystem::path corpus_dir();

// A fresh directory under the system temp dir, removed at exit.
const std::filesystem::path& scratch_dir();

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

// Text placed on a US-letter page (612 x 792 pt, y from the top).
struct Text {
    double x, y, size;
    std::string text;
    bool rotated = false;  // turned 90° anticlockwise, reading bottom to top like the arXiv stamp
};

// A PDF whose every page shows `texts`; `pages` pages in all.
std::filesystem::path make_pdf(const std::string& name, const std::vector<Text>& texts, int pages = 1);

// A minimal PDF with a Standard security handler whose password is not empty.
std::filesystem::path make_encrypted_pdf(const std::string& name);

// The helper this build made; the in-process tests point COOLPAPERS_PDF_HELPER at it.
void use_built_helper();

}  // namespace coolpapers::pdf_testing
