#include "json_text.hpp"

#include <algorithm>
#include <array>

#include "ascii.hpp"
#include "byte_scan.hpp"

namespace coolpapers::json_text {
namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned c = b(i);
    if (c < 0x80) return 1;
    std::size_t len;
    unsigned min_second = 0x80, max_second = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, min_second = 0xA0;
    else if (c == 0xED) len = 3, max_second = 0x9F;  // no UTF-16 surrogates
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, min_second = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, max_second = 0x8F;
    else return 0;
    if (i + len > s.size() || b(i + 1) < min_second || b(i + 1) > max_second) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((b(i + k) & 0xC0) != 0x80) return 0;
    return len;
}

std::optional<unsigned> hex4(std::string_view s, std::size_t i) {
    if (i + 4 > s.size()) return std::nullopt;
    unsigned v = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
        if (!ascii::is_hex(s[k])) return std::nullopt;
        v = v * 16 + static_cast<unsigned>(ascii::hex_value(s[k]));
    }
    return v;
}

// Bytes a JSON string cannot hold as they are: controls, the quote, the backslash.
constexpr byte_scan::ByteSet kSpecialInString({'"', '\\'}, /*below=*/0x20);

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        i = byte_scan::find_non_ascii(s, i);  // ASCII runs at vector speed
        if (i == s.size()) break;
        const std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

std::optional<std::string> decode_string(std::string_view json, std::string& error) {
    std::string out;
    if (!decode_string_into(json, out, error)) return std::nullopt;
    return out;
}

bool decode_string_into(std::string_view json, std::string& out, std::string& error, bool* plain) {
    // A byte-order mark may open the document, before any blank (as nlohmann and RFC 8259 §8.1
    // allow): a JSONL file saved with one would otherwise lose its first line.
    if (json.starts_with(kByteOrderMark)) json.remove_prefix(kByteOrderMark.size());
    while (!json.empty() && is_blank(json.front())) json.remove_prefix(1);
    while (!json.empty() && is_blank(json.back())) json.remove_suffix(1);
    if (json.size() < 2 || json.front() != '"' || json.back() != '"') {
        error = "expected a JSON string";
        return false;
    }
    const std::string_view body = json.substr(1, json.size() - 2);
    bool ascii = byte_scan::find_non_ascii(body, 0) == body.size();
    if (!ascii && !is_valid_utf8(body)) {
        error = "invalid UTF-8";
        return false;
    }
    bool backslash = false;
    out.clear();
    out.reserve(body.size());
    // The escapes (and what no string may hold) one after another, each 64-byte block classified
    // once: prose escapes a newline every line, and a search restarted after each cost more than
    // the copying.
    byte_scan::Positions specials(body, kSpecialInString);
    for (std::size_t i = 0; i < body.size(); ++i) {
        const std::size_t special = specials.next(i);
        out.append(body.data() + i, special - i);  // unescaped text in one go
        i = special;
        if (i == body.size()) break;
        const char c = body[i];
        if (static_cast<unsigned char>(c) < 0x20 || c == '"') {
            error = c == '"' ? "unescaped quote inside the string" : "control character inside the string";
            return false;
        }
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= body.size()) {
            error = "unfinished escape";
            return false;
        }
        switch (body[i]) {
            case '"': out += '"'; break;
            case '\\':
                out += '\\';
                backslash = true;
                break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                auto cp = hex4(body, i + 1);
                if (!cp) {
                    error = "bad \\u escape";
                    return false;
                }
                i += 4;
                if (*cp >= 0xD800 && *cp <= 0xDBFF) {  // high surrogate: a low one must follow
                    auto low = (body.substr(i + 1, 2) == "\\u") ? hex4(body, i + 3) : std::nullopt;
                    if (!low || *low < 0xDC00 || *low > 0xDFFF) {
                        error = "unpaired surrogate in \\u escape";
                        return false;
                    }
                    cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
                    i += 6;
                } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
                    error = "unpaired surrogate in \\u escape";
                    return false;
                }
                append_utf8(out, *cp);
                ascii = ascii && *cp < 0x80;
                backslash = backslash || *cp == '\\';
                break;
            }
            default:
                error = "unknown escape";
                return false;
        }
    }
    if (plain) *plain = ascii && !backslash;
    return true;
}

void append_string(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            const std::size_t len = utf8_sequence_length(s, i);
            if (len == 0) {
                out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no valid sequence
                ++i;
            } else {
                out.append(s.substr(i, len));
                i += len;
            }
            continue;
        }
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    out += '"';
}

void append_ids(std::string& out, const std::vector<PaperId>& ids) {
    out += '[';
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ',';
        out += "{\"source\":";
        append_string(out, source_name(ids[i].source));
        out += ",\"id\":";
        append_string(out, ids[i].id);
        out += '}';
    }
    out += ']';
}

JsonShape json_shape(std::string_view json) {
    JsonShape shape{0, 1};
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            shape.depth = std::max(shape.depth, ++depth);
            ++shape.values;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        } else if (c == ',') {
            ++shape.values;
        }
    }
    return shape;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max) {
    if (text.size() <= max) return text;
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut);
}

}  // namespace coolpapers::json_text
