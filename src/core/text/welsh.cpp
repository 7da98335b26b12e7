#include "text/welsh.h"

#include "text/utf.h"

#include <algorithm>

namespace cairn::text {

namespace {

bool isWelshVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
}

} // namespace

void welshRadicalCandidates(std::string_view w, std::vector<std::string>& out) {
    if (codePointCount(w) < 2) return;
    const std::size_t first = out.size();
    const auto starts = [&](std::string_view prefix) { return w.substr(0, prefix.size()) == prefix; };
    // Replaces the first `length` bytes of the word by `radical`.
    const auto add = [&](std::string_view radical, std::size_t length) {
        std::string candidate(radical);
        candidate += w.substr(length);
        if (candidate != w &&
            std::find(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), candidate) == out.end())
            out.push_back(std::move(candidate));
    };
    // Nasal mutation.
    if (starts("ngh")) {
        add("c", 3);
    } else if (starts("ng")) {
        add("g", 2);
    } else if (starts("nh")) {
        add("t", 2);
    } else if (starts("n")) {
        add("d", 1);
    }
    if (starts("mh")) {
        add("p", 2);
    } else if (starts("m")) {
        add("b", 1);
    }
    // Aspirate mutation.
    if (starts("ph")) add("p", 2);
    if (starts("th")) add("t", 2);
    if (starts("ch")) add("c", 2);
    // Soft mutation.
    if (starts("b")) add("p", 1);
    if (starts("dd")) {
        add("d", 2);
    } else if (starts("d")) {
        add("t", 1);
    }
    if (starts("g") && !starts("ng")) add("c", 1);
    if (starts("f") && !starts("ff")) {
        add("b", 1);
        add("m", 1);
    }
    if (starts("l") && !starts("ll")) add("ll", 1);
    if (starts("r") && !starts("rh")) add("rh", 1);
    // Soft mutation drops an initial g: put it back before a vowel (w included), l or r.
    if (isWelshVowel(w[0]) || (w[0] == 'l' && !starts("ll")) || (w[0] == 'r' && !starts("rh"))) add("g", 0);
    // h-prothesis before a vowel.
    if (w[0] == 'h' && isWelshVowel(w[1])) add("", 1);
}

std::vector<std::string> welshRadicalCandidates(std::string_view folded) {
    std::vector<std::string> out;
    welshRadicalCandidates(folded, out);
    return out;
}

} // namespace cairn::text
