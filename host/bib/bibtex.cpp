#include "bibtex.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/ascii.hpp"

namespace coolpapers::bib {

std::string BibEntry::field(std::string_view name) const {
    for (const auto& [field_name, value] : fields)
        if (field_name == name) return value;
    return "";
}

namespace {

struct ParseError {
    std::size_t offset;
    std::string message;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// BibTeX's identifiers (entry types, field and macro names): anything printable but these.
bool is_name_char(char c) {
    return static_cast<unsigned char>(c) > ' ' && c != 0x7f && std::string_view("\"#%'(),={}@").find(c) == std::string_view::npos;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii::to_lower(c);
    return out;
}

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') newlines_.push_back(i);
        static constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                                     "May",     "June",     "July",      "August",
                                                                     "September", "October", "November", "December"};
        for (std::string_view month : kMonths) macros_[lower(month.substr(0, 3))] = std::string(month);
    }

    std::vector<BibEntry> parse() {
        std::vector<BibEntry> entries;
        while ((pos_ = text_.find('@', pos_)) != std::string_view::npos) {
            const std::size_t at = pos_++;
            skip_space();
            const std::string type = lower(name());
            skip_space();
            if (type.empty() || pos_ >= text_.size() || (text_[pos_] != '{' && text_[pos_] != '(')) continue;  // a stray @
            BibEntry entry;
            entry.line = line_at(at);
            entry.type = type;
            try {
                if (type == "comment") {
                    braced_or_paren();
                    continue;
                }
                read_entry(entry);
            } catch (const ParseError& e) {
                entry.error = e.message;
                entry.error_line = line_at(e.offset);
                pos_ = next_entry_line(at, e.offset);
            }
            if ((type != "string" && type != "preamble") || !entry.error.empty()) entries.push_back(std::move(entry));
        }
        return entries;
    }

private:
    std::size_t line_at(std::size_t offset) const {
        return static_cast<std::size_t>(std::lower_bound(newlines_.begin(), newlines_.end(), offset) - newlines_.begin()) + 1;
    }

    // Where reading resumes after an error at `offset` in the entry starting at `at`: the first
    // line from the error's own that starts (after blanks) with '@', other than the entry's own.
    std::size_t next_entry_line(std::size_t at, std::size_t offset) const {
        const std::size_t previous_newline = offset == 0 ? std::string_view::npos : text_.rfind('\n', offset - 1);
        const std::size_t line_start = previous_newline == std::string_view::npos ? 0 : previous_newline + 1;
        if (line_start > at && starts_entry_line(line_start)) return line_start;
        for (std::size_t nl = text_.find('\n', offset); nl != std::string_view::npos; nl = text_.find('\n', nl + 1))
            if (starts_entry_line(nl + 1)) return nl + 1;
        return text_.size();
    }

    bool starts_entry_line(std::size_t start) const {
        while (start < text_.size() && (text_[start] == ' ' || text_[start] == '\t')) ++start;
        return start < text_.size() && text_[start] == '@';
    }

    void skip_space() {
        while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
    }

    std::string_view name() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
        return text_.substr(start, pos_ - start);
    }

    void expect(char c, const char* what) {
        skip_space();
        if (pos_ >= text_.size()) throw ParseError{text_.size(), std::string("expected ") + what + ", found the end of the file"};
        if (text_[pos_] != c)
            throw ParseError{pos_, std::string("expected ") + what + ", found '" + text_[pos_] + "'" +
                                       (text_[pos_] == '@' ? " (a brace or quote left open?)" : "")};
        ++pos_;
    }

    void read_entry(BibEntry& entry) {
        const char close = text_[pos_++] == '{' ? '}' : ')';
        skip_space();
        if (entry.type == "preamble") {
            value();
            expect(close, close == '}' ? "'}' closing the @preamble" : "')' closing the @preamble");
            return;
        }
        if (entry.type == "string") {
            const std::string macro = lower(name());
            if (macro.empty()) throw ParseError{pos_, "expected a macro name after @string"};
            expect('=', "'=' after the macro name");
            std::string expansion = value();
            expect(close, "the end of the @string");
            macros_[macro] = std::move(expansion);
            return;
        }
        const std::size_t key_start = pos_;
        while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != close && !is_space(text_[pos_])) ++pos_;
        entry.key = std::string(text_.substr(key_start, pos_ - key_start));
        if (entry.key.empty()) throw ParseError{pos_, "the entry has no key"};
        for (;;) {
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == close) {
                ++pos_;
                return;
            }
            expect(',', entry.fields.empty() ? "',' after the key" : "',' between fields");
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == close) {  // a trailing comma
                ++pos_;
                return;
            }
            std::string field = lower(name());
            if (field.empty()) {
                if (pos_ >= text_.size()) throw ParseError{pos_, "the entry is not closed"};
                throw ParseError{pos_, "expected a field name"};
            }
            expect('=', ("'=' after " + field).c_str());
            entry.fields.emplace_back(std::move(field), value());
        }
    }

    // value := part ('#' part)*; part := {…} | "…" | number | macro
    std::string value() {
        std::string joined;
        for (;;) {
            skip_space();
            if (pos_ >= text_.size()) throw ParseError{pos_, "expected a value"};
            const char c = text_[pos_];
            if (c == '{') {
                joined += braced_or_paren();
            } else if (c == '"') {
                joined += quoted();
            } else if (ascii::is_digit(c)) {
                const std::size_t start = pos_;
                while (pos_ < text_.size() && ascii::is_digit(text_[pos_])) ++pos_;
                joined += text_.substr(start, pos_ - start);
            } else {
                const std::string macro = lower(name());
                if (macro.empty()) throw ParseError{pos_, "expected a value"};
                if (const auto found = macros_.find(macro); found != macros_.end()) joined += found->second;
            }
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] != '#') return joined;
            ++pos_;
        }
    }

    // The text inside balanced delimiters starting at pos_ ('{' or '('), without the outer pair.
    std::string braced_or_paren() {
        const char open = text_[pos_];
        const char close = open == '{' ? '}' : ')';
        const std::size_t start = pos_;
        int depth = 0;
        for (; pos_ < text_.size(); ++pos_) {
            const char c = text_[pos_];
            if (c == '\n' && depth > 0 && starts_entry_line(pos_ + 1)) break;
            if (c == open) ++depth;
            else if (c == close && --depth == 0) return std::string(text_.substr(start + 1, pos_++ - start - 1));
        }
        throw ParseError{start, std::string("'") + open + "' on line " + std::to_string(line_at(start)) +
                                    " is not closed before the next entry"};
    }

    std::string quoted() {
        const std::size_t start = pos_++;
        int depth = 0;
        for (; pos_ < text_.size(); ++pos_) {
            const char c = text_[pos_];
            if (c == '\n' && starts_entry_line(pos_ + 1)) break;
            if (c == '{') ++depth;
            else if (c == '}') --depth;
            else if (c == '"' && depth == 0) return std::string(text_.substr(start + 1, pos_++ - start - 1));
        }
        throw ParseError{start, "the quoted value opened on line " + std::to_string(line_at(start)) + " is not closed"};
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::vector<std::size_t> newlines_;
    std::map<std::string, std::string> macros_;
};

// The letter a TeX accent command puts its accent on, as UTF-8 (the common Latin ones).
std::string accented(char accent, char letter) {
    static const std::map<std::pair<char, char>, std::string> kTable = {
        {{'"', 'a'}, "ä"}, {{'"', 'o'}, "ö"}, {{'"', 'u'}, "ü"}, {{'"', 'A'}, "Ä"}, {{'"', 'O'}, "Ö"},
        {{'"', 'U'}, "Ü"}, {{'"', 'e'}, "ë"}, {{'"', 'i'}, "ï"}, {{'\'', 'a'}, "á"}, {{'\'', 'e'}, "é"},
        {{'\'', 'i'}, "í"}, {{'\'', 'o'}, "ó"}, {{'\'', 'u'}, "ú"}, {{'\'', 'E'}, "É"}, {{'`', 'a'}, "à"},
        {{'`', 'e'}, "è"}, {{'`', 'o'}, "ò"}, {{'^', 'e'}, "ê"}, {{'^', 'o'}, "ô"}, {{'^', 'a'}, "â"},
        {{'~', 'n'}, "ñ"}, {{'~', 'a'}, "ã"}, {{'~', 'o'}, "õ"}, {{'c', 'c'}, "ç"}};
    const auto found = kTable.find({accent, letter});
    return found != kTable.end() ? found->second : std::string(1, letter);
}

}  // namespace

std::vector<BibEntry> parse_bibtex(std::string_view text) { return Parser(text).parse(); }

std::string plain_text(std::string_view value) {
    std::string out;
    auto add_space = [&] {
        if (!out.empty() && out.back() != ' ') out += ' ';
    };
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '{' || c == '}') continue;
        if (is_space(c) || c == '~') {
            add_space();
            continue;
        }
        if (c != '\\' || i + 1 >= value.size()) {
            out += c;
            continue;
        }
        const char next = value[i + 1];
        if (std::string_view("\"'`^~").find(next) != std::string_view::npos ||
            (next == 'c' && i + 2 < value.size() && (value[i + 2] == '{' || value[i + 2] == ' '))) {
            // \"u, \"{u}, {\"u}, \c{c}: the accented letter.
            std::size_t j = i + 2;
            while (j < value.size() && (value[j] == '{' || value[j] == ' ')) ++j;
            if (j < value.size()) {
                out += accented(next, value[j]);
                i = j;
                while (i + 1 < value.size() && value[i + 1] == '}') ++i;
                continue;
            }
        }
        if (!ascii::is_alpha(next)) {  // \& \% \_ \$ \#: the character itself
            out += next;
            ++i;
            continue;
        }
        // Another command (\emph, \textbf, \LaTeX): dropped, its argument kept.
        std::size_t j = i + 1;
        while (j < value.size() && ascii::is_alpha(value[j])) ++j;
        i = j - 1;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace coolpapers::bib
