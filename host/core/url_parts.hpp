// Locating URL hosts, DOI prefixes and form starts around a trigger, with the spec's boundary
// rules (§2.2): a host must not be glued to a preceding letter, digit or hyphen.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace coolpapers::url_parts {

inline constexpr std::size_t npos = std::string_view::npos;

// `text[slash]` is the '/' right after a host name. When the host is `host` (any case),
// optionally behind one of `subdomains` ("www", "api", …) and an http(s) scheme, returns where
// the URL starts; otherwise npos.
std::size_t url_start(std::string_view text, std::size_t slash, std::string_view host,
                      std::initializer_list<std::string_view> subdomains = {"www"});

// `text[slash]` is the '/' of a DOI `10.NNNN/`: returns the DOI's start when the registrant
// code is `registrant` ("18653") and the DOI is not glued to a preceding digit; else npos.
std::size_t doi_start(std::string_view text, std::size_t slash, std::string_view registrant);

// Start of the form an id at `id_pos` is written in: the start of the run of non-blank,
// non-bracket characters before it when that run holds a ':' or '/' (a URL, DOI or label such
// as `arXiv:`), else `id_pos`. Looks back at most kMaxFormScan bytes.
// `memo` carries the walk from one call to the next: calls in increasing `id_pos` read each
// byte once (an earlier `id_pos` is walked back afresh).
struct FormMemo {
    std::size_t to = 0;         // bytes before `to` have been read
    std::size_t run_start = 0;  // just after the last delimiter before `to` (or 0)
    std::size_t marker = 0;     // 1 + the last ':' or '/' in [run_start, to), or 0
    std::size_t walked = 0;     // bytes read, in both directions
};
std::size_t form_start(std::string_view text, std::size_t id_pos, FormMemo& memo);
inline constexpr std::size_t kMaxFormScan = 512;

// The longest host name a grammar looks for (aclanthology.coli.uni-saarland.de; url_start refuses
// a longer one) and DOI prefix (10. and a registrant): the scanner runs the URL and DOI grammars
// at a '/' only when a '.' stands this close before it.
inline constexpr std::size_t kMaxHostLength = 40;

// Characters no URL holds: blanks, quotes, '<', '>'.
bool ends_url_run(char c);

// How far past a URL's host its query or list is read: a longer "URL" is not one.
inline constexpr std::size_t kMaxUrlRun = 4096;

// If text at `pos` starts with `literal` (any case), the position after it; else npos.
std::size_t skip_literal(std::string_view text, std::size_t pos, std::string_view literal);

}  // namespace coolpapers::url_parts
