#include "title_index.hpp"

#include <endian.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <optional>

namespace coolpapers::titles {
namespace {

constexpr std::string_view kMagic = "CPTIDX01";
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kHeaderSize = 80;
constexpr std::size_t kEntrySize = 8;
constexpr unsigned kWorkshopFlag = 0x10;

// The u32 fields after magic and version, in tools/title-index/index_file.py HEADER_FIELDS order.
enum Field { kEntries, kFolds, kVenues, kHashesOff, kEntriesOff, kIdsOff, kIdsLen, kFoldOff,
             kFoldStrOff, kFoldStrLen, kVenuesOff, kVenuesLen, kMetaOff, kMetaLen, kFileSize, kFieldCount };

std::uint64_t read_le(const unsigned char* p, int bytes) {
    std::uint64_t v = 0;
    for (int k = bytes - 1; k >= 0; --k) v = v << 8 | p[k];
    return v;
}

std::optional<Source> source_from_code(unsigned code) {
    switch (code) {
        case 1: return Source::acl;
        case 2: return Source::pmlr;
        case 3: return Source::ijcai;
        case 4: return Source::openreview;
        default: return std::nullopt;
    }
}

// A length-prefixed string at `off` of `pool`; empty when out of bounds.
std::string_view pooled(std::string_view pool, std::size_t off) {
    if (off >= pool.size()) return {};
    return pool.substr(off + 1, static_cast<unsigned char>(pool[off]));
}

bool fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
}

}  // namespace

std::unique_ptr<TitleIndex> TitleIndex::from_bytes(std::string_view bytes, std::string* error) {
    std::unique_ptr<TitleIndex> index(new TitleIndex);
    index->bytes_ = bytes;
    if (!index->parse(error)) return nullptr;
    return index;
}

std::unique_ptr<TitleIndex> TitleIndex::open(const std::string& path, std::string* error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error) *error = "cannot open the title index " + path + ": " + std::strerror(errno);
        return nullptr;
    }
    struct stat st {};
    void* map = MAP_FAILED;
    if (fstat(fd, &st) == 0 && st.st_size > 0)
        map = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) {
        if (error) *error = "cannot read the title index " + path;
        return nullptr;
    }
    std::unique_ptr<TitleIndex> index(new TitleIndex);
    index->mapping_ = map;
    index->bytes_ = std::string_view(static_cast<const char*>(map), static_cast<std::size_t>(st.st_size));
    if (!index->parse(error)) {
        if (error) *error = path + ": " + *error;
        return nullptr;
    }
    return index;
}

TitleIndex::~TitleIndex() {
    if (mapping_) munmap(mapping_, bytes_.size());
}

bool TitleIndex::parse(std::string* error) {
    const auto* base = reinterpret_cast<const unsigned char*>(bytes_.data());
    if (bytes_.size() < kHeaderSize || bytes_.substr(0, kMagic.size()) != kMagic)
        return fail(error, "not a title index (bad magic)");
    if (read_le(base + 8, 4) != kVersion) return fail(error, "unsupported title index version");
    std::array<std::size_t, kFieldCount> f{};
    for (std::size_t k = 0; k < kFieldCount; ++k) f[k] = read_le(base + 12 + 4 * k, 4);
    auto fits = [&](std::size_t off, std::size_t len) { return off <= bytes_.size() && len <= bytes_.size() - off; };
    count_ = f[kEntries];
    if (f[kFileSize] != bytes_.size() || !fits(f[kHashesOff], count_ * 8) ||
        !fits(f[kEntriesOff], count_ * kEntrySize) || !fits(f[kIdsOff], f[kIdsLen]) ||
        !fits(f[kFoldOff], f[kFolds] * 8) || !fits(f[kFoldStrOff], f[kFoldStrLen]) ||
        !fits(f[kVenuesOff], f[kVenuesLen]) || !fits(f[kMetaOff], f[kMetaLen]))
        return fail(error, "truncated or corrupt title index");
    hashes_ = base + f[kHashesOff];
    entries_ = base + f[kEntriesOff];
    ids_ = bytes_.substr(f[kIdsOff], f[kIdsLen]);
    meta_ = bytes_.substr(f[kMetaOff], f[kMetaLen]);
    folds_ = FoldTable(base + f[kFoldOff], f[kFolds], bytes_.substr(f[kFoldStrOff], f[kFoldStrLen]));
    const std::string_view venues = bytes_.substr(f[kVenuesOff], f[kVenuesLen]);
    for (std::size_t off = 0; off < venues.size() && venues_.size() < f[kVenues];) {
        venues_.emplace_back(pooled(venues, off));
        off += 1 + venues_.back().size();
    }
    // Binary search needs sorted hashes; one pass over 1.5 MB is cheap next to a wrong answer.
    for (std::size_t i = 1; i < count_; ++i)
        if (hash_at(i - 1) > hash_at(i)) return fail(error, "title index hashes are not sorted");
    return true;
}

// One load, not eight: the open-time sortedness check reads every hash (1.5 MB).
std::uint64_t TitleIndex::hash_at(std::size_t i) const {
    std::uint64_t v;
    std::memcpy(&v, hashes_ + i * 8, sizeof v);
    return le64toh(v);
}

Candidate TitleIndex::entry(std::size_t i) const {
    const unsigned char* e = entries_ + i * kEntrySize;
    Candidate c;
    c.paper.id = std::string(pooled(ids_, read_le(e, 4)));
    const std::size_t venue = read_le(e + 4, 2);
    if (venue < venues_.size()) c.venue = venues_[venue];
    c.year = 1900 + e[6];
    const auto source = source_from_code(e[7] & 0x0F);
    c.paper.source = source.value_or(Source::acl);
    if (!source) c.paper.id.clear();  // unknown source code: an entry nobody can use
    c.workshop = (e[7] & kWorkshopFlag) != 0;
    return c;
}

std::pair<std::size_t, std::size_t> TitleIndex::equal_range(std::uint64_t hash) const {
    std::size_t lo = 0, hi = count_;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (hash_at(mid) < hash) lo = mid + 1; else hi = mid;
    }
    std::size_t end = lo;
    while (end < count_ && hash_at(end) == hash) ++end;
    return {lo, end};
}

}  // namespace coolpapers::titles
