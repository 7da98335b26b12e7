#pragma once
// Small helpers shared by the benchmarks: a stopwatch, deterministic multilingual text, and a line
// that says where and when the figures were taken.

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace cairn::bench {

class Stopwatch {
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }
    double ms() const { return seconds() * 1000.0; }

private:
    std::chrono::steady_clock::time_point m_start;
};

/// Deterministic text that looks like the corpus: sentences in English, Welsh, Arabic, Persian,
/// Polish and Lithuanian, `paragraphs` paragraphs, each 2–5 sentences.
class TextGenerator {
public:
    explicit TextGenerator(std::uint32_t seed = 42) : m_random(seed) {}
    std::string sentence();
    std::string paragraph();
    /// Paragraphs separated by blank lines until at least `bytes` bytes.
    std::string document(std::size_t bytes);

private:
    std::mt19937 m_random;
};

struct Percentiles {
    double p50 = 0, p95 = 0;
};
/// The median and 95th percentile (nearest rank) of `samples`; zeros when there are none.
Percentiles percentiles(std::vector<double> samples);

/// "machine: <cpu model>, <cores> cores; <date>" for the figures' provenance.
std::string machineLine();

} // namespace cairn::bench
