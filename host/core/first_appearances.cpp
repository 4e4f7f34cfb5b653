#include "first_appearances.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
#include <new>
#include <utility>

namespace coolpapers {

bool FingerprintSet::insert(std::uint64_t fingerprint) {
    if (fingerprint == 0) fingerprint = 1;
    if (4 * (size_ + 1) > 3 * slots_.size()) grow();  // at most 3/4 full: probe runs stay short
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = fingerprint & mask;; i = (i + 1) & mask) {
        if (slots_[i] == fingerprint) return false;
        if (slots_[i] == 0) {
            slots_[i] = fingerprint;
            ++size_;
            return true;
        }
    }
}

void FingerprintSet::grow() {
    std::vector<std::uint64_t> old(std::max<std::size_t>(2 * slots_.size(), std::size_t{1} << 12), 0);
    old.swap(slots_);
    size_ = 0;
    for (const std::uint64_t fingerprint : old)
        if (fingerprint != 0) insert(fingerprint);
}

std::uint64_t fingerprint(Source source, std::string_view id) {
    std::uint64_t h = std::hash<std::string_view>{}(id) ^ (0x9E3779B97F4A7C15u * (static_cast<std::uint64_t>(source) + 1));
    // splitmix64's finaliser: the table's index is the low bits
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9u;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBu;
    return h ^ (h >> 31);
}

void FirstAppearances::add(Hit hit) {
    const Order order{hit.pos, hit.sub, hit.end, added_++};
    if (max_ids_ == kUncapped) return add_uncapped(std::move(hit.paper), order);
    if (!seen_) seen_ = std::make_unique<Seen>();
    if (held_ >= max_ids_) return add_past_cap(std::move(hit.paper), order);
    auto& seen = (*seen_)[static_cast<std::size_t>(hit.paper.source)];
    auto [entry, inserted] = seen.try_emplace(std::move(hit.paper.id), order);  // the id moves only when new
    if (inserted) ++held_;
    else entry->second = std::min(entry->second, order);
}

namespace {

std::uint32_t tag_of(std::uint64_t fingerprint) { return static_cast<std::uint32_t>(fingerprint >> 32); }

}  // namespace

void FirstAppearances::add_uncapped(PaperId paper, const Order& order) {
    const std::uint64_t print = fingerprint(paper.source, paper.id);
    if (4 * (all_.size() + 1) > 3 * slots_.size()) grow_slots();  // at most 3/4 full
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = print & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.index == 0) {
            if (all_.size() >= std::numeric_limits<std::uint32_t>::max()) throw std::bad_alloc();
            slot = {tag_of(print), static_cast<std::uint32_t>(all_.size() + 1)};
            all_.push_back({order, std::move(paper), print});
            return;
        }
        if (slot.tag != tag_of(print)) continue;
        Held& held = all_[slot.index - 1];
        if (held.fingerprint == print && held.paper == paper) {
            held.first = std::min(held.first, order);
            return;
        }
    }
}

void FirstAppearances::grow_slots() {
    slots_.assign(std::max<std::size_t>(2 * slots_.size(), 16), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t index = 0; index < all_.size(); ++index) {
        const std::uint64_t print = all_[index].fingerprint;
        std::size_t i = print & mask;
        while (slots_[i].index != 0) i = (i + 1) & mask;
        slots_[i] = {tag_of(print), static_cast<std::uint32_t>(index + 1)};
    }
}

std::vector<PaperId> FirstAppearances::uncapped_ids() && {
    // Mostly in order already (the scan goes left to right): then nothing moves.
    const auto by_first = [](const Held& a, const Held& b) { return a.first < b.first; };
    if (!std::is_sorted(all_.begin(), all_.end(), by_first)) std::sort(all_.begin(), all_.end(), by_first);
    std::vector<PaperId> ids;
    ids.reserve(all_.size());
    for (Held& held : all_) ids.push_back(std::move(held.paper));
    return ids;
}

// Invariant: the held ids are the max_ids ids whose first appearance, among the hits added so
// far, comes first. The last held one's appearance only moves earlier, so an id counted only
// appeared after it whenever it was added; one that appears before it now takes its place.
//
// Every held id's fingerprint is in the set, so an id whose fingerprint is new is not held: a text
// of distinct ids (the common case past the cap) never looks in the held table.
void FirstAppearances::add_past_cap(PaperId paper, const Order& order) {
    if (!by_order_) start_counting();
    const std::size_t source = static_cast<std::size_t>(paper.source);
    auto& seen = (*seen_)[source];
    if (!fingerprints_->insert(fingerprint(paper.source, paper.id))) {
        if (const auto entry = seen.find(paper.id); entry != seen.end()) {
            if (order < entry->second) {
                by_order_->erase(entry->second);
                entry->second = order;
                by_order_->emplace(order, HeldId{source, &entry->first});
            }
            return;
        }
    }
    if (by_order_->empty() || !(order < by_order_->rbegin()->first)) return;
    const auto last = std::prev(by_order_->end());
    auto& last_seen = (*seen_)[last->second.source];
    last_seen.erase(last_seen.find(*last->second.id));
    by_order_->erase(last);
    const auto entry = seen.try_emplace(std::move(paper.id), order).first;
    by_order_->emplace(order, HeldId{source, &entry->first});
}

void FirstAppearances::start_counting() {
    by_order_ = std::make_unique<std::map<Order, HeldId>>();
    fingerprints_ = std::make_unique<FingerprintSet>();
    for (std::size_t source = 0; source < kSourceCount; ++source)
        for (const auto& entry : (*seen_)[source]) {
            by_order_->emplace(entry.second, HeldId{source, &entry.first});
            fingerprints_->insert(fingerprint(static_cast<Source>(source), entry.first));
        }
}

std::vector<PaperId> FirstAppearances::ids() && {
    if (max_ids_ == kUncapped) return std::move(*this).uncapped_ids();
    if (!seen_) return {};
    std::vector<std::pair<Order, PaperId>> firsts;
    firsts.reserve(held_);
    for (std::size_t source = 0; source < kSourceCount; ++source)
        for (const auto& entry : (*seen_)[source]) firsts.push_back({entry.second, {static_cast<Source>(source), entry.first}});
    std::sort(firsts.begin(), firsts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<PaperId> ids;
    ids.reserve(firsts.size());
    for (auto& first : firsts) ids.push_back(std::move(first.second));
    return ids;
}

}  // namespace coolpapers
