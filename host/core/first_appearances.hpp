// The extractor's memory of its hits: each id once, at its first appearance, optionally only the
// first few of them.
//
//   FirstAppearances firsts(2);
//   // add hits of A at 9, B at 5, C at 7, A at 1
//   firsts.found();         // → 3
//   std::move(firsts).ids() // → {A, B}: A's first appearance (1), then B's (5)
//
// Uncapped (the CLI), every distinct id is held until the end, in one flat table. Capped (the
// host, whose answers open at most kMaxLinkedIds ids), it holds the `max_ids` ids that appear
// first, whatever order the grammars report them in, and counts the others by a 64-bit
// fingerprint. (8 MiB of distinct ids is 760,000 of them: the host once held and sorted them all,
// over 200 MiB, to open a few thousand; node-based maps took the CLI 1.6 s.)
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "paper_id.hpp"

namespace coolpapers {

// A set of 64-bit fingerprints in one flat table (open addressing): 8 bytes a slot, no node per
// entry. The fingerprint 0 marks an empty slot, so it is stored as 1.
class FingerprintSet {
public:
    bool insert(std::uint64_t fingerprint);  // false: it was there
    std::size_t size() const { return size_; }

private:
    void grow();
    std::vector<std::uint64_t> slots_;
    std::size_t size_ = 0;
};

// The fingerprint of an id: a hash of its source and text, mixed so that every bit depends on both.
std::uint64_t fingerprint(Source source, std::string_view id);

class FirstAppearances final : public HitSink {
public:
    static constexpr std::size_t kUncapped = std::numeric_limits<std::size_t>::max();
    explicit FirstAppearances(std::size_t max_ids = kUncapped) : max_ids_(max_ids) {}

    // Each id's first appearance is the least (pos, sub, end) among its hits, ties going to the
    // hit added first.
    void add(Hit hit) override;

    // The ids held (at most max_ids), in order of first appearance.
    std::vector<PaperId> ids() &&;
    std::size_t held() const { return max_ids_ == kUncapped ? all_.size() : held_; }
    // Distinct ids among the hits: exact up to max_ids; past it, distinct fingerprints (two ids
    // sharing one, a chance of about n² / 2⁶⁵, count once: a lower bound).
    std::size_t found() const { return fingerprints_ ? fingerprints_->size() : held(); }

private:
    struct Order {
        std::size_t pos, sub, end, added;
        auto operator<=>(const Order&) const = default;
    };
    using Seen = std::array<std::unordered_map<std::string, Order>, kSourceCount>;
    struct HeldId {
        std::size_t source;
        const std::string* id;  // the key in seen_, whose nodes do not move
    };

    // Uncapped: every id in `all_`, found through `slots_` (open addressing on the fingerprint).
    // A slot holds the fingerprint's high half, so that a probe past another id reads no entry,
    // and the entry's index plus one (0: empty). Over 4 billion ids would need 300 GB of entries.
    struct Held {
        Order first;
        PaperId paper;
        std::uint64_t fingerprint;
    };
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t index = 0;
    };
    void add_uncapped(PaperId paper, const Order& order);
    void grow_slots();
    std::vector<PaperId> uncapped_ids() &&;

    void add_past_cap(PaperId paper, const Order& order);
    void start_counting();

    std::size_t max_ids_;
    std::vector<Held> all_;
    std::vector<Slot> slots_;
    // Capped:
    std::unique_ptr<Seen> seen_;  // most texts have no id: no tables to make and free
    std::size_t held_ = 0;
    std::size_t added_ = 0;
    // Made once the cap is reached: the held ids by first appearance (the last one leaves when an
    // earlier one comes), and the fingerprints of every id seen.
    std::unique_ptr<std::map<Order, HeldId>> by_order_;
    std::unique_ptr<FingerprintSet> fingerprints_;
};

}  // namespace coolpapers
