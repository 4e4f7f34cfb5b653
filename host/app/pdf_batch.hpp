// `coolpapers pdf` on several files, folders or URLs: one record per PDF, streamed in input order
// while up to `jobs` confined helpers read at once.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "batch/records.hpp"

namespace coolpapers::cli {

struct PdfBatchOptions {
    unsigned jobs = 0;  // 0: one per available core
    batch::RecordFormat format = batch::RecordFormat::tsv;
    bool recursive = false;
    bool all = false;  // every cited id, as `pdf --all`
};

// Exit code 0 when some PDF gave an id, 1 when none did, 2 when every input failed,
// 128 + signal number when SIGINT or SIGTERM stopped the run (finished records are written).
int run_pdf_batch(const std::vector<std::string>& inputs, const PdfBatchOptions& options, std::FILE* out);

}  // namespace coolpapers::cli
