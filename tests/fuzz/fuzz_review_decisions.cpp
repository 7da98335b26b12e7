// libFuzzer target: the review decisions reader (import/review_decisions.h). Inputs starting with 'W'
// are taken as the file's content and wrapped with a correct checksum, so mutations reach the content's
// checks instead of all failing on the checksum. A file either is refused with InvalidInput or gives
// decisions on quotes the pack held, with known actions, at most one per quote, and a digest that
// matches the quotes.

#include "common/error.h"
#include "common/hash.h"
#include "fuzz/fuzz_checks.h"
#include "import/review_decisions.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

using cairn::fuzz::require;
using namespace cairn::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    if (!input.empty() && input[0] == 'W') {
        const auto content = input.substr(1);
        nlohmann::json outer = {{"format", kReviewDecisionsFormat},
                                {"version", kReviewDecisionsVersion},
                                {"checksum", "sha256:" + cairn::sha256Hex(content)},
                                {"content", content}};
        input = outer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    try {
        const auto decisions = parseReviewDecisions(input);
        require(reviewPackDigest(decisions.quotes) == decisions.digest);
        std::set<std::string> held, decided;
        for (const auto& q : decisions.quotes)
            require(held.insert(q.guid).second);
        for (const auto& d : decisions.decisions) {
            require(held.contains(d.quote));
            require(decided.insert(d.quote).second);
            require(d.action == "approve" || d.action == "reject" || d.action == "request-change");
            require(d.textHash.size() == 64);
        }
        require(!decisions.reviewer.empty());
    } catch (const cairn::InvalidInput&) {
    }
    return 0;
}
