#include "text_commands.hpp"

#include <cstring>
#include <optional>

#include "../core/cool_urls.hpp"
#include "../core/extract.hpp"
#include "../core/json_text.hpp"
#include "stdio.hpp"

namespace coolpapers::cli {
namespace {

// The text to scan: the TEXT arguments joined by spaces, or without any, all of stdin.
class TextToScan {
public:
    TextToScan(const std::vector<std::string>& texts, std::FILE* in) {
        if (texts.empty()) {
            input_.emplace(in);
            return;
        }
        for (const auto& t : texts) {
            if (!joined_.empty()) joined_ += ' ';
            joined_ += t;
        }
    }
    std::string_view view() const { return input_ ? input_->view() : std::string_view(joined_); }

private:
    std::string joined_;
    std::optional<InputBytes> input_;
};

// `ids --jsonl`: one JSON string a line in, one JSON array (or {"error":…}) a line out.
// Buffers live from line to line: a line costs no allocation once they have grown.
int run_jsonl(std::FILE* in, std::FILE* out) {
    bool found = false;
    std::string out_buffer, text, error;
    Extractor extractor;
    LineReader lines(in);
    std::string_view line;
    bool plain = false;
    while (lines.next(line)) {
        if (json_text::decode_string_into(line, text, error, &plain)) {
            const auto ids = extractor.ids(text, nullptr, plain);
            found = found || !ids.empty();
            json_text::append_ids(out_buffer, ids);
        } else {
            out_buffer += "{\"error\":";
            json_text::append_string(out_buffer, error);
            out_buffer += '}';
        }
        out_buffer += '\n';
        if (out_buffer.size() >= (1 << 16)) {
            if (!write_all(out, out_buffer)) break;
            out_buffer.clear();
        }
    }
    write_all(out, out_buffer);
    return found ? kFound : kNothingFound;
}

}  // namespace

int run_ids(IdsFormat format, const std::vector<std::string>& texts, std::FILE* in, std::FILE* out) {
    if (format == IdsFormat::jsonl) return run_jsonl(in, out);
    const auto ids = extract_ids(TextToScan(texts, in).view());
    std::string text;
    if (format == IdsFormat::json) {
        json_text::append_ids(text, ids);
        text += '\n';
    } else {
        for (const auto& id : ids) {
            text += source_name(id.source);
            text += '\t';
            text += id.id;
            text += '\n';
        }
    }
    write_all(out, text);
    return ids.empty() ? kNothingFound : kFound;
}

int run_url(const std::vector<std::string>& texts, std::FILE* in, std::FILE* out) {
    const TextToScan scanned(texts, in);
    const std::string_view text = scanned.view();
    const auto ids = extract_ids(text);
    std::string lines;
    if (ids.empty()) {
        const std::string query = search_query(text);
        if (!query.empty()) lines = search_url(query) + '\n';
    } else {
        for (const auto& url : cool_papers_urls(ids)) lines += url + '\n';
    }
    write_all(out, lines);
    return ids.empty() ? kNothingFound : kFound;
}

}  // namespace coolpapers::cli
