#include "fixtures.hpp"
#include "pdf_writer.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

// Sanitizer builds: cairo keeps fontconfig's caches until exit, which LeakSanitizer reports.
// They are not ours (cairo_debug_reset_static_data would free them, but only when nothing else
// in the process uses fontconfig any more).
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

namespace coolpapers::pdf_testing {

namespace fs = std::filesystem;

fs::path corpus_dir() { return fs::path(COOLPAPERS_SOURCE_DIR) / ".." / "shared" / "corpus" / "pdf"; }

namespace {

struct Scratch {
    fs::path dir;
    Scratch() {
        dir = fs::temp_directory_path() / ("coolpapers-pdf-tests-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

}  // namespace

const fs::path& scratch_dir() {
    static const Scratch scratch;
    return scratch.dir;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

fs::path make_pdf(const std::string& name, const std::vector<Text>& texts, int pages) {
    const fs::path path = scratch_dir() / name;
    cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 612, 792);
    cairo_t* cr = cairo_create(surface);
    cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    for (int page = 0; page < pages; ++page) {
        for (const Text& t : texts) {
            cairo_save(cr);
            cairo_set_font_size(cr, t.size);
            cairo_move_to(cr, t.x, t.y);
            if (t.rotated) cairo_rotate(cr, -M_PI / 2);
            cairo_show_text(cr, t.text.c_str());
            cairo_restore(cr);
        }
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return path;
}

fs::path make_encrypted_pdf(const std::string& name) {
    // RC4 40-bit (V1 R2) with made-up /O and /U entries: no password, empty or not, opens it.
    const std::string hex32(64, 'A');
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + hex32 + "> /U <" + hex32 + "> /P -4 >>",
    };
    const std::string pdf = coolpapers::testing::assemble_pdf(
        objects, "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    const fs::path path = scratch_dir() / name;
    write_file(path, pdf);
    return path;
}

void use_built_helper() { ::setenv("COOLPAPERS_PDF_HELPER", COOLPAPERS_PDF_HELPER_PATH, 1); }

}  // namespace coolpapers::pdf_testing
