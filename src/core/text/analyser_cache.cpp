#include "text/analyser_cache.h"

#include <algorithm>
#include <cstring>

namespace cairn::text::detail {

namespace {
// The arena is emptied past this size too, whatever the number of words (long Hunspell stems, Welsh
// candidate lists): a thread's cache stays under a few megabytes.
constexpr std::size_t kMaxArenaBytes = std::size_t{8} << 20;
constexpr std::size_t kInitialSlots = 256;
} // namespace

DerivedTermCache::DerivedTermCache(std::size_t maxEntries)
    : m_maxEntries(std::max<std::size_t>(maxEntries, 4)), m_slots(kInitialSlots) {}

void DerivedTermCache::grow() {
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.hash == 0) continue;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

std::uint64_t DerivedTermCache::hashOf(std::string_view word) {
    // Eight bytes at a time with a multiply-xorshift mix: words are short, and both a byte-wise hash
    // and a call to std::hash's Murmur cost more than the probe itself.
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = word.size() * kMultiplier;
    std::size_t at = 0;
    for (; at + 8 <= word.size(); at += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, word.data() + at, 8);
        h = (h ^ chunk) * kMultiplier;
        h ^= h >> 29;
    }
    if (at < word.size()) {
        // The tail by shifts: a variable-length memcpy is a library call and stalls the load after it.
        std::uint64_t chunk = 0;
        for (std::size_t i = at; i < word.size(); ++i)
            chunk |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * (i - at));
        h = (h ^ chunk) * kMultiplier;
        h ^= h >> 29;
    }
    h *= kMultiplier;
    h ^= h >> 32;
    return h ? h : 1;
}

std::optional<DerivedTermCache::Terms> DerivedTermCache::find(std::string_view word) const {
    const std::uint64_t hash = hashOf(word);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.hash == 0) return std::nullopt;
        if (slot.hash == hash && slot.wordLength == word.size() &&
            std::equal(word.begin(), word.end(), m_arena.data() + slot.offset))
            return Terms{m_arena.data() + slot.offset + slot.wordLength, slot.termsSize};
    }
}

DerivedTermCache::Terms DerivedTermCache::insert(std::string_view word,
                                                 const std::vector<std::string>& terms) {
    if (m_entries >= m_maxEntries || m_arena.size() >= kMaxArenaBytes) clear();
    if ((m_entries + 1) * 2 > m_slots.size()) grow();
    const std::uint64_t hash = hashOf(word);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i].hash != 0)
        i = (i + 1) & mask;
    Slot& slot = m_slots[i];
    slot.hash = hash;
    slot.offset = static_cast<std::uint32_t>(m_arena.size());
    slot.wordLength = static_cast<std::uint32_t>(word.size());
    m_arena += word;
    const std::size_t termsStart = m_arena.size();
    for (const auto& term : terms) {
        if (term.size() > 255) continue;
        m_arena += static_cast<char>(term.size());
        m_arena += term;
    }
    slot.termsSize = static_cast<std::uint32_t>(m_arena.size() - termsStart);
    ++m_entries;
    return Terms{m_arena.data() + termsStart, slot.termsSize};
}

void DerivedTermCache::clear() {
    m_slots.assign(kInitialSlots, Slot{});
    m_arena.clear();
    m_entries = 0;
}

} // namespace cairn::text::detail
