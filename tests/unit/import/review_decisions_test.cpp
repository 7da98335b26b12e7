// The decisions file reader: an intact file is read back; every kind of damage or alteration is refused
// with a message that says what is wrong.

#include "common/error.h"
#include "common/hash.h"
#include "import/review_decisions.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cairn;
using namespace cairn::import;
using nlohmann::json;

namespace {

const std::string kQuoteA = "6f1d2c3a-1111-4a2b-8c3d-000000000001";
const std::string kQuoteB = "6f1d2c3a-1111-4a2b-8c3d-000000000002";

json content() {
    const std::vector<PackedQuote> quotes = {{kQuoteA, sha256Hex("one")}, {kQuoteB, sha256Hex("two")}};
    json list = json::array();
    for (const auto& q : quotes)
        list.push_back({{"guid", q.guid}, {"text_hash", q.textHash}});
    return {
        {"format", kReviewDecisionsFormat},
        {"version", kReviewDecisionsVersion},
        {"pack", "pack-1"},
        {"project", "project-1"},
        {"reviewer", "Nadia"},
        {"saved_at", "2026-11-23T12:00:00.000Z"},
        {"quotes", list},
        {"digest", reviewPackDigest(quotes)},
        {"decisions",
         {{{"quote", kQuoteA}, {"action", "approve"}, {"comment", ""}, {"at", "2026-11-23T11:59:00.000Z"}},
          {{"quote", kQuoteB},
           {"action", "request-change"},
           {"comment", "يرجى التقصير"},
           {"at", "2026-11-23T11:59:30.000Z"}}}}};
}

std::string wrap(const std::string& text, std::string checksum = {}) {
    if (checksum.empty()) checksum = "sha256:" + sha256Hex(text);
    return json{{"format", kReviewDecisionsFormat},
                {"version", kReviewDecisionsVersion},
                {"checksum", checksum},
                {"content", text}}
        .dump(1);
}

std::string refusal(const std::string& bytes) {
    try {
        parseReviewDecisions(bytes);
    } catch (const InvalidInput& e) {
        return e.what();
    }
    return "accepted";
}

} // namespace

TEST_CASE("an intact decisions file is read back", "[import][review]") {
    const auto decisions = parseReviewDecisions(wrap(content().dump()));
    CHECK(decisions.reviewer == "Nadia");
    CHECK(decisions.projectGuid == "project-1");
    REQUIRE(decisions.decisions.size() == 2);
    CHECK(decisions.decisions[0].action == "approve");
    CHECK(decisions.decisions[0].textHash == sha256Hex("one"));
    CHECK(decisions.decisions[1].comment == "يرجى التقصير");
}

TEST_CASE("damaged or altered decisions files are refused, saying why", "[import][review]") {
    const auto good = content().dump();
    auto edited = content();
    edited["decisions"][1]["action"] = "approve";
    auto otherDigest = content();
    otherDigest["quotes"][0]["text_hash"] = sha256Hex("changed");
    auto stranger = content();
    stranger["decisions"][0]["quote"] = "not-in-the-pack";
    auto twice = content();
    twice["decisions"][1]["quote"] = kQuoteA;
    auto badAction = content();
    badAction["decisions"][0]["action"] = "bless";
    auto newer = json::parse(wrap(good));
    newer["version"] = 2;
    const auto rows = std::vector<std::pair<std::string, std::string>>{
        {wrap(good).substr(0, 80), "cut short"},
        {wrap(edited.dump(), "sha256:" + sha256Hex(good)), "checksum does not match"},
        {wrap(good, "md5:abc"), "not a SHA-256"},
        {wrap(otherDigest.dump()), "digest does not match"},
        {wrap(stranger.dump()), "did not hold"},
        {wrap(twice.dump()), "decided twice"},
        {wrap(badAction.dump()), "not approve, reject or request-change"},
        {newer.dump(), "format version 2"},
        {"[]", "not a JSON object"},
        {R"({"format": "something-else", "version": 1})", "not in the format"},
        {wrap("{\"format\": \"cairn-review-decisions\", \"version\": 1}"), "\"pack\" is missing"},
    };
    for (const auto& [bytes, message] : rows) {
        INFO(message);
        CHECK(refusal(bytes).find(message) != std::string::npos);
    }
}
