// Minimal, fast JSON for the text path: decoding one JSON string (a line of `ids --jsonl`) and
// writing id arrays, without building a DOM. Everything else uses nlohmann::json.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "paper_id.hpp"

namespace coolpapers::json_text {

bool is_valid_utf8(std::string_view bytes);

// Decodes a JSON document that is a single string (surrounding blanks and a leading byte-order
// mark allowed). On failure returns nullopt and says why in `error`.
std::optional<std::string> decode_string(std::string_view json, std::string& error);
// The same into `out` (its capacity kept from line to line); false on failure. `plain`, when
// given, says whether the decoded text is ASCII without a backslash (what the validation and the
// escapes showed on the way: the extractor's character fold then has nothing to look for).
bool decode_string_into(std::string_view json, std::string& out, std::string& error, bool* plain = nullptr);

// Appends code point `cp` (at most U+10FFFF) in UTF-8.
void append_utf8(std::string& out, unsigned cp);

// Appends `s` as a JSON string literal; invalid UTF-8 becomes U+FFFD.
void append_string(std::string& out, std::string_view s);

// Appends [{"source":"arxiv","id":"2305.10601"},…] (the CLI's stable format).
void append_ids(std::string& out, const std::vector<PaperId>& ids);

// The shape of a JSON text, read without parsing it, for refusing what a parser would choke on
// before it sees the text: `depth`, the deepest nesting of [ and { outside strings (the parser
// recurses), and `values`, the commas, [ and { outside strings plus one: at least the number of
// values in it (each parsed value costs tens of bytes of memory, `{}` or `1` as much as any).
struct JsonShape {
    std::size_t depth = 0;
    std::size_t values = 0;
};
JsonShape json_shape(std::string_view json);

inline std::size_t nesting_depth(std::string_view json) { return json_shape(json).depth; }

// At most `max` bytes of `text`, cut at a UTF-8 character boundary.
std::string_view utf8_prefix(std::string_view text, std::size_t max);

}  // namespace coolpapers::json_text
