// The title index file (data/title-index/title-index.bin, written by
// tools/title-index/index_file.py, which documents the layout): mapped read-only, checked once,
// then searched in place. Opening costs a few milliseconds; a lookup, microseconds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/paper_id.hpp"
#include "title_key.hpp"

namespace coolpapers::titles {

// One id the index holds for a title, with what a PDF's header/footer can confirm.
struct Candidate {
    PaperId paper;
    std::string venue;  // short lower-case name: "acl", "emnlp", "icml", "iclr", "ijcai", …
    int year = 0;
    bool workshop = false;
    bool operator==(const Candidate&) const = default;
};

class TitleIndex {
public:
    // nullptr with `error` set when the file is missing, unreadable or not a valid index.
    static std::unique_ptr<TitleIndex> open(const std::string& path, std::string* error);
    // The same checks over bytes already in memory (tests); `bytes` must outlive the index.
    static std::unique_ptr<TitleIndex> from_bytes(std::string_view bytes, std::string* error);

    ~TitleIndex();
    TitleIndex(const TitleIndex&) = delete;
    TitleIndex& operator=(const TitleIndex&) = delete;

    std::size_t size() const { return count_; }
    std::uint64_t hash_at(std::size_t i) const;
    Candidate entry(std::size_t i) const;
    // Entries [first, last) whose title hashes to `hash`; main-venue papers first.
    std::pair<std::size_t, std::size_t> equal_range(std::uint64_t hash) const;

    const FoldTable& folds() const { return folds_; }
    std::string_view meta() const { return meta_; }  // which sources and commits built it

private:
    TitleIndex() = default;
    bool parse(std::string* error);

    std::string_view bytes_;
    void* mapping_ = nullptr;  // munmap()ed by the destructor when open() mapped the file
    std::size_t count_ = 0;
    const unsigned char* hashes_ = nullptr;
    const unsigned char* entries_ = nullptr;
    std::string_view ids_, meta_;
    std::vector<std::string> venues_;
    FoldTable folds_;
};

}  // namespace coolpapers::titles
