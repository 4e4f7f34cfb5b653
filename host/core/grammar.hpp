// The per-source grammars (spec §3–§7), one file each, called by the scanner (scanner.cpp) at
// the trigger characters every id form contains. Each function looks at the text around the
// trigger, and appends a Hit when a complete, valid id of its source stands there.
//
//   '.'  arXiv new-style ids, ACL new-style ids
//   '/'  URLs and DOIs of every source, arXiv old-style ids, papers.cool URLs
//   '-'  PMLR BibTeX keys (pmlr-v202-…), ACL old-style ids after "Anthology ID:"
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "paper_id.hpp"
#include "url_parts.hpp"

namespace coolpapers::grammar {

// What one scan carries from trigger to trigger so that no window is walked twice: form starts
// are found in one forward walk, and a URL found inside the venue list or query string of an
// earlier URL resumes where that walk stopped.
// `bytes_walked` counts the bytes those walks examine (tests hold it linear in the text).
struct VenueListMemo {
    std::size_t resume = 0;  // the next element no walk has parsed yet
    bool ended = false;      // the list ends at `resume` (not cut by the look-ahead bound)
};
struct ParamMemo {
    std::size_t start = 0;   // the query walked
    std::size_t resume = 0;  // the parameter the walk stopped at
    std::size_t value = std::string_view::npos;  // its value when it has the name looked for
    bool ended = false;      // no parameter after `resume` (not cut by the look-ahead bound)
};
struct ScanMemo {
    url_parts::FormMemo form;
    VenueListMemo venue_list;
    ParamMemo query_id, query_forum;
    std::size_t bytes_walked = 0;
};

// arxiv.cpp
void arxiv_new_at_dot(std::string_view text, std::size_t dot, HitSink& out, ScanMemo& memo);
void arxiv_old_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo);

// acl.cpp
void acl_new_at_dot(std::string_view text, std::size_t dot, HitSink& out, ScanMemo& memo);
void acl_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo);
void acl_label_at_hyphen(std::string_view text, std::size_t hyphen, HitSink& out);
std::optional<std::string> acl_canonical(std::string_view whole_id);  // "2023.ACL-long.01" → "2023.acl-long.1"

// openreview.cpp
void openreview_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo);
bool openreview_valid_id(std::string_view id);

// ijcai.cpp
void ijcai_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo);
std::optional<std::string> ijcai_canonical(std::string_view num, std::string_view year);  // "0010","2023" → "10@2023"

// pmlr.cpp
void pmlr_at_slash(std::string_view text, std::size_t slash, HitSink& out);
void pmlr_key_at_hyphen(std::string_view text, std::size_t hyphen, HitSink& out);
std::optional<std::string> pmlr_canonical(std::string_view key, std::string_view volume);  // → "key@v202"

// papers_cool.cpp: a Cool Papers venue URL the user copied (its arXiv ids are bare ids).
void papers_cool_at_slash(std::string_view text, std::size_t slash, HitSink& out, ScanMemo& memo);

}  // namespace coolpapers::grammar
