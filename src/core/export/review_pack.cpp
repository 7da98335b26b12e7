#include "export/review_pack.h"

#include <nlohmann/json.hpp>

namespace cairn::exporting {

namespace {

constexpr const char* kStyle = R"CSS(
body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 1rem auto; padding: 0 1rem; color: #1b1b1b; }
header { border-bottom: 1px solid #ccc; margin-bottom: 1rem; }
.quote { border: 1px solid #ccc; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.quote h2 { font-size: 1.05rem; margin: 0.25rem 0; }
.meta, .history { color: #555; font-size: 0.9rem; margin: 0.25rem 0; }
.warn { color: #8a4b00; font-weight: 600; }
.withheld { color: #8a0000; font-style: italic; }
.passage { margin: 0.5rem 0; padding: 0.5rem; background: #f7f7f7; unicode-bidi: plaintext; }
.context { color: #666; }
mark { background: #fff1a8; }
fieldset.choices { border: none; padding: 0; margin: 0.5rem 0; }
fieldset.choices label { margin-right: 1rem; }
textarea { width: 100%; min-height: 3rem; font: inherit; }
footer { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #ccc; padding: 0.5rem 0; }
#cairn-decisions { white-space: pre-wrap; font-size: 0.8rem; background: #f0f0f0; padding: 0.5rem; }
)CSS";

// JSON inside a <script> element must never contain "</script" or "<!--": every "<" is written as the
// equivalent JSON escape, which only ever occurs inside strings.
std::string scriptSafe(const std::string& json) {
    std::string out;
    out.reserve(json.size());
    for (const char c : json)
        if (c == '<')
            out += "\\u003c";
        else
            out += c;
    return out;
}

} // namespace

std::string reviewPackHtml(const ReviewPack& pack) {
    std::vector<import::PackedQuote> packed;
    nlohmann::json quotes = nlohmann::json::array();
    for (const auto& q : pack.quotes) {
        packed.push_back({q.guid, q.textHash});
        quotes.push_back({{"guid", q.guid},
                          {"status", q.status},
                          {"needs_review_reason", q.needsReviewReason},
                          {"code", q.code},
                          {"source", q.source},
                          {"case", q.caseLabel},
                          {"disclosure", q.disclosure},
                          {"attribution", q.attribution},
                          {"text", q.text},
                          {"before", q.before},
                          {"after", q.after},
                          {"text_hash", q.textHash},
                          {"history", q.history}});
    }
    const nlohmann::json data = {{"format", import::kReviewDecisionsFormat},
                                 {"version", import::kReviewDecisionsVersion},
                                 {"pack", pack.packId},
                                 {"project", pack.projectGuid},
                                 {"project_name", pack.projectName},
                                 {"reviewer", pack.reviewer},
                                 {"created_at", pack.createdAt},
                                 {"digest", import::reviewPackDigest(packed)},
                                 {"quotes", quotes}};
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>Quote review</title>\n<style>";
    html += kStyle;
    html +=
        "</style>\n</head>\n<body>\n<header>\n<h1 id=\"cairn-title\">Quote review</h1>\n"
        "<p id=\"cairn-about\"></p>\n"
        "<p>For each quote choose a decision and add a comment if you wish, then press Save and send the "
        "saved file back. Quotes are shown as they would be published: names are replaced by pseudonyms "
        "in brackets.</p>\n"
        "<noscript><p>This pack needs JavaScript to show the quotes and save your decisions.</p></noscript>\n"
        "<label>Reviewer <input id=\"cairn-reviewer\" dir=\"auto\"></label>\n</header>\n"
        "<main id=\"cairn-quotes\"></main>\n"
        "<footer><button id=\"cairn-save\" type=\"button\">Save decisions</button> "
        "<span id=\"cairn-count\"></span> <span id=\"cairn-status\" role=\"status\"></span>\n"
        "<pre id=\"cairn-decisions\" hidden></pre></footer>\n"
        "<script type=\"application/json\" id=\"cairn-pack\">";
    html += scriptSafe(data.dump());
    html += "</script>\n<script>";
    html += reviewPackScript();
    html += "</script>\n</body>\n</html>\n";
    return html;
}

} // namespace cairn::exporting
