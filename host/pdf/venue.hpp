// A venue named in a page-1 header or footer. ACL, IJCAI, PMLR and OpenReview PDFs never print
// their own id, so a title lookup needs this to rank candidates.
#pragma once

#include <string>

namespace coolpapers::pdf {

struct Venue {
    std::string name;    // "ICLR", "IJCAI", "ICML", "AISTATS", "ACL", "EMNLP", "NeurIPS", …
    int year = 0;        // 0 when not printed
    std::string source;  // Cool Papers source of its papers ("openreview", "pmlr", "acl", "ijcai") or ""
    std::string volume;  // PMLR volume ("v32") when printed: a hint for people, never a filter
    bool workshop = false;  // the header or footer says "workshop"

    std::string label() const { return year > 0 ? name + " " + std::to_string(year) : name; }  // "ICLR 2018"
};

}  // namespace coolpapers::pdf
