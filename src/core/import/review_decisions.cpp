#include "import/review_decisions.h"

#include "common/error.h"
#include "common/hash.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace cairn::import {

namespace {

constexpr std::size_t kMaxFieldChars = 200;
constexpr std::size_t kMaxCommentBytes = 20000;

using Json = nlohmann::json;

[[noreturn]] void refuse(const std::string& what) {
    throw InvalidInput("not a usable review decisions file: " + what);
}

std::string text(const Json& object, const char* key, std::size_t maxBytes = kMaxFieldChars) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string())
        refuse(std::string("\"") + key + "\" is missing or not text");
    const auto& value = found->get_ref<const std::string&>();
    if (value.size() > maxBytes) refuse(std::string("\"") + key + "\" is too long");
    return value;
}

const Json& array(const Json& object, const char* key) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_array())
        refuse(std::string("\"") + key + "\" is missing or not a list");
    return *found;
}

void checkFormat(const Json& object, const char* where) {
    if (!object.is_object()) refuse(std::string(where) + " is not a JSON object");
    const auto format = object.find("format");
    if (format == object.end() || !format->is_string() ||
        format->get_ref<const std::string&>() != kReviewDecisionsFormat)
        refuse(std::string(where) + " is not in the format \"" + std::string(kReviewDecisionsFormat) + "\"");
    const auto version = object.find("version");
    if (version == object.end() || !version->is_number_integer())
        refuse(std::string(where) + " has no format version");
    if (version->get<std::int64_t>() != kReviewDecisionsVersion)
        refuse("format version " + version->dump() + " (this Cairn reads version " +
               std::to_string(kReviewDecisionsVersion) + ")");
}

Json parseJson(std::string_view bytes, const char* where) {
    auto parsed = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (parsed.is_discarded()) refuse(std::string(where) + " is not complete JSON (cut short or damaged?)");
    return parsed;
}

bool isHexDigest(const std::string& s) {
    if (s.size() != 64) return false;
    for (const char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

} // namespace

std::string reviewPackDigest(const std::vector<PackedQuote>& quotes) {
    Sha256 hash;
    for (const auto& q : quotes) {
        hash.update(q.guid);
        hash.update("\t");
        hash.update(q.textHash);
        hash.update("\n");
    }
    return hash.hexDigest();
}

ReviewDecisions parseReviewDecisions(std::string_view bytes) {
    if (bytes.size() > kMaxReviewDecisionsBytes) refuse("larger than any decisions file a pack saves");
    const auto outer = parseJson(bytes, "the file");
    checkFormat(outer, "the file");
    const auto content = text(outer, "content", kMaxReviewDecisionsBytes);
    const auto checksum = text(outer, "checksum");
    if (checksum.rfind("sha256:", 0) != 0 || !isHexDigest(checksum.substr(7)))
        refuse("its checksum is not a SHA-256 digest");
    if (sha256Hex(content) != checksum.substr(7))
        refuse("its checksum does not match its content: it was changed or cut short after it was saved");
    const auto inner = parseJson(content, "its content");
    checkFormat(inner, "its content");

    ReviewDecisions out;
    out.packId = text(inner, "pack");
    out.projectGuid = text(inner, "project");
    out.reviewer = text(inner, "reviewer");
    out.savedAt = text(inner, "saved_at");
    out.digest = text(inner, "digest");
    if (out.reviewer.empty()) refuse("it names no reviewer");
    std::map<std::string, std::string> hashes;
    for (const auto& q : array(inner, "quotes")) {
        if (!q.is_object()) refuse("a quote entry is not an object");
        PackedQuote packed{text(q, "guid"), text(q, "text_hash")};
        if (!isHexDigest(packed.textHash)) refuse("quote " + packed.guid + " has no valid text hash");
        if (!hashes.emplace(packed.guid, packed.textHash).second)
            refuse("quote " + packed.guid + " is listed twice");
        out.quotes.push_back(std::move(packed));
    }
    if (reviewPackDigest(out.quotes) != out.digest) refuse("its digest does not match the quotes it lists");
    std::set<std::string> decided;
    for (const auto& d : array(inner, "decisions")) {
        if (!d.is_object()) refuse("a decision is not an object");
        ReviewDecision decision{
            text(d, "quote"), text(d, "action"), text(d, "comment", kMaxCommentBytes), text(d, "at"), {}};
        if (decision.action != "approve" && decision.action != "reject" &&
            decision.action != "request-change")
            refuse("decision on " + decision.quote + " is \"" + decision.action +
                   "\", not approve, reject or request-change");
        const auto hash = hashes.find(decision.quote);
        if (hash == hashes.end())
            refuse("a decision is on quote " + decision.quote + ", which the pack did not hold");
        if (!decided.insert(decision.quote).second) refuse("quote " + decision.quote + " is decided twice");
        decision.textHash = hash->second;
        out.decisions.push_back(std::move(decision));
    }
    return out;
}

} // namespace cairn::import
