#pragma once
// A per-thread cache of words' derived terms (internal to text/; analyser.cpp keeps one per language
// per thread). Open addressing over one slot array and one byte arena: a hit is a hash, usually one
// probe and one comparison, in memory that stays in cache, where std::unordered_map costs a node chase
// per lookup. Bounded: when full it is emptied at once (real text is Zipfian; its common words return
// within a few passages).
//
// Views returned by find() and insert() point into the arena and are invalidated by the next insert()
// or clear(): use them before touching the cache again.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::text::detail {

class DerivedTermCache {
public:
    /// Packed terms: each is one length byte and that many bytes.
    struct Terms {
        const char* data = nullptr;
        std::uint32_t size = 0;
    };

    explicit DerivedTermCache(std::size_t maxEntries = 1 << 16);

    std::optional<Terms> find(std::string_view word) const;
    /// Stores the terms of `word` (each at most 255 bytes; longer ones are skipped), emptying the cache
    /// first when it is full.
    Terms insert(std::string_view word, const std::vector<std::string>& terms);
    void clear();
    std::size_t size() const { return m_entries; }

private:
    struct Slot {
        std::uint64_t hash = 0;   // 0: empty
        std::uint32_t offset = 0; // the word's bytes in the arena, then its packed terms
        std::uint32_t wordLength = 0;
        std::uint32_t termsSize = 0;
    };
    static std::uint64_t hashOf(std::string_view word);
    void grow();

    std::size_t m_maxEntries;
    std::vector<Slot> m_slots; // a power of two, kept at most half full; grows from small (most threads
                               // meet a few thousand words, and a small table stays in the CPU cache)
    std::string m_arena;
    std::size_t m_entries = 0;
};

} // namespace cairn::text::detail
