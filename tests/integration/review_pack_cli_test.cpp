// The review pack end to end in a real browser: `cairn review P pack` writes the HTML, a script added to
// a copy of it makes the choices a reviewer would (radio buttons, a comment in Arabic) and presses the
// pack's save function, headless Chromium runs it from file:// and dumps the DOM, and the decisions
// file it shows is imported with `cairn review P import`. The same file, altered, cut short, or taken to
// another project, is refused; a quote changed since the pack has its decision refused alone.
// Chromium is a test dependency (scripts/install-deps.sh): without it this test fails, saying so.

#include "common/hash.h"
#include "quotes_fixture.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace cairn;
using namespace cairn::test;

namespace {

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The text of the element with `id` in serialised HTML, unescaped.
std::string elementText(const std::string& html, const std::string& id) {
    const auto open = html.find("id=\"" + id + "\"");
    REQUIRE(open != std::string::npos);
    const auto start = html.find('>', open) + 1;
    const auto end = html.find("</pre>", start);
    REQUIRE(end != std::string::npos);
    std::string text = html.substr(start, end - start), out;
    const std::vector<std::pair<std::string, std::string>> entities = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&nbsp;", "\u00a0"}};
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [entity, character] : entities)
            if (text.compare(i, entity.size(), entity) == 0) {
                out += character;
                i += entity.size();
                replaced = true;
                break;
            }
        if (!replaced) out += text[i++];
    }
    return out;
}

// The chromium on PATH (runProcess executes a path, without a PATH search).
std::string chromiumPath() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin";
    for (std::size_t start = 0; start <= dirs.size();) {
        const auto end = std::min(dirs.find(':', start), dirs.size());
        const auto candidate = std::filesystem::path(dirs.substr(start, end - start)) / "chromium";
        if (!candidate.parent_path().empty() && std::filesystem::exists(candidate)) return candidate.string();
        start = end + 1;
    }
    return {};
}

// Runs `html` in headless Chromium from a file and returns the DOM after its scripts ran.
std::string runInChromium(const TempDir& dir, const std::string& html) {
    const auto chromium = chromiumPath();
    if (chromium.empty() || runProcess({chromium, "--version"}).exitCode != 0)
        FAIL("chromium is needed to test the review pack in a browser: install it (scripts/install-deps.sh "
             "lists it among the test packages)");
    const auto page = dir / "filled.html";
    writeFile(page, html);
    const auto result = runProcess({chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                    "--user-data-dir=" + (dir / "chromium-profile").string(), "--dump-dom",
                                    "file://" + page.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return result.out;
}

std::string withScript(std::string html, const std::string& script) {
    const auto end = html.rfind("</body>");
    REQUIRE(end != std::string::npos);
    html.insert(end, "<script>" + script + "</script>\n");
    return html;
}

} // namespace

TEST_CASE("review pack: decisions made in a browser are imported; altered and foreign files are refused",
          "[cli][quotes][browser]") {
    QuotesFixture f;
    f.ok({"review", f.project, "reviewer", "add", "Nadia", "--role", "interpreter"});
    writeFile(f.dir / "layla.txt", "قالت ليلى إن دروس اللغة في نيوبورت كانت ممتلئة.\n");
    f.ok({"import", f.project, (f.dir / "layla.txt").string(), "--kind", "interview", "--case", "Layla"});
    f.ok({"consent", f.project, "Layla", "anonymous"});
    const std::string laylas = json::parse(f.ok({"code", f.project, "--source", "layla", "--start", "0",
                                                 "--end", "47", "--code", "Barriers/Language", "--json"})
                                               .out)["guid"];
    const std::string ben =
        json::parse(f.ok({"quotes", f.project, "propose", f.bensCoding, "--json"}).out)["guid"];
    const std::string layla =
        json::parse(f.ok({"quotes", f.project, "propose", laylas, "--json"}).out)["guid"];
    const std::string karim =
        json::parse(f.ok({"quotes", f.project, "propose", f.karimsCoding, "--json"}).out)["guid"];
    const std::string span = json::parse(f.ok({"quotes", f.project, "propose", "--source", "ben", "--start",
                                               "4", "--end", "25", "--code", "Barriers/Language", "--json"})
                                             .out)["guid"];

    const auto pack = (f.dir / "pack.html").string();
    const auto written = f.ok({"review", f.project, "pack", pack, "--reviewer", "Nadia"});
    CHECK(written.out.find("4 quotes (1 withheld") != std::string::npos);
    const auto html = readText(pack);
    CHECK(html.find("dir=\"auto\"") != std::string::npos);
    CHECK(html.find("src=") == std::string::npos); // nothing fetched
    CHECK(html.find("href=\"http") == std::string::npos);
    CHECK(html.find("I left the study") == std::string::npos); // withheld text never leaves

    const std::string comment = "يرجى تقصير الاقتباس";
    const auto script = "document.querySelector('input[name=\"decision-" + ben +
                        "\"][value=\"approve\"]').click();"
                        "document.querySelector('input[name=\"decision-" +
                        layla +
                        "\"][value=\"request-change\"]').click();"
                        "document.getElementById('comment-" +
                        layla + "').value = '" + comment +
                        "';"
                        "document.querySelector('input[name=\"decision-" +
                        karim +
                        "\"][value=\"reject\"]').click();"
                        "document.getElementById('comment-" +
                        karim +
                        "').value = 'withdrawn & <gone>';"
                        "document.querySelector('input[name=\"decision-" +
                        span +
                        "\"][value=\"approve\"]').click();"
                        "cairnSave();"
                        "const check = document.createElement('pre'); check.id = 'sha-check';"
                        "check.textContent = [cairnSha256OfText(''), cairnSha256OfText('abc'), "
                        "cairnSha256OfText('a'.repeat(1000)),"
                        " cairnSha256OfText('\u0644\u064a\u0644\u0649')].join(' ');"
                        "document.body.appendChild(check);"
                        "const disabled = document.createElement('pre'); disabled.id = 'withheld-approve';"
                        "disabled.textContent = String(document.querySelector('input[name=\"decision-" +
                        karim +
                        "\"][value=\"approve\"]').disabled);"
                        "document.body.appendChild(disabled);";
    const auto dom = runInChromium(f.dir, withScript(html, script));

    // The page's SHA-256 against known digests (empty, "abc", a multi-block input, UTF-8 text).
    std::istringstream digests(elementText(dom, "sha-check"));
    std::string empty, abc, long1000, arabic;
    digests >> empty >> abc >> long1000 >> arabic;
    CHECK(empty == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(long1000 == sha256Hex(std::string(1000, 'a')));
    CHECK(arabic == sha256Hex("\u0644\u064a\u0644\u0649"));
    CHECK(elementText(dom, "withheld-approve") == "true");

    const auto decisions = elementText(dom, "cairn-decisions");
    const auto file = f.dir / "decisions.json";
    writeFile(file, decisions);

    SECTION("altered or cut short: refused whole") {
        auto altered = decisions;
        const auto at = altered.find("request-change");
        REQUIRE(at != std::string::npos);
        altered.replace(at, 14, "approve\\u0000\\u0000");
        writeFile(f.dir / "altered.json", altered);
        auto refused = f.fails({"review", f.project, "import", (f.dir / "altered.json").string()});
        CHECK(refused.err.find("checksum does not match") != std::string::npos);
        writeFile(f.dir / "short.json", decisions.substr(0, decisions.size() / 2));
        refused = f.fails({"review", f.project, "import", (f.dir / "short.json").string()});
        CHECK(refused.err.find("cut short") != std::string::npos);
        CHECK(f.list({"--status", "approved"}).empty());
    }
    SECTION("another project's pack: refused") {
        const auto other = (f.dir / "other.cairn").string();
        f.ok({"init", other});
        f.ok({"review", other, "reviewer", "add", "Nadia", "--role", "interpreter"});
        const auto refused = f.fails({"review", other, "import", file.string()});
        CHECK(refused.err.find("another project") != std::string::npos);
    }
    SECTION("imported as one edit, with reviewer, role, comments and times") {
        f.ok({"review", f.project, "import", file.string()});
        const auto quotes = f.list();
        std::map<std::string, json> byGuid;
        for (const auto& q : quotes)
            byGuid[q["guid"]] = q;
        CHECK(byGuid[ben]["status"] == "approved");
        CHECK(byGuid[span]["status"] == "approved");
        CHECK(byGuid[layla]["status"] == "change-requested");
        CHECK(byGuid[layla]["comments"][0]["comment"] == comment);
        CHECK(byGuid[layla]["comments"][0]["reviewer"] == "Nadia");
        CHECK(byGuid[layla]["comments"][0]["role"] == "interpreter");
        CHECK_FALSE(byGuid[layla]["comments"][0]["at"].get<std::string>().empty());
        CHECK(byGuid[karim]["status"] == "rejected");
        CHECK(byGuid[karim]["comments"][0]["comment"] == "withdrawn & <gone>");
        f.ok({"undo", f.project});
        CHECK(f.list({"--status", "proposed"}).size() == 4);
    }
    SECTION("a quote changed since the pack: its decision is refused, the rest apply") {
        f.ok({"privacy", f.project, "pseudonym", "add", "Newport", "town in Wales"});
        f.ok({"privacy", f.project, "pseudonym", "suggest"});
        f.ok({"privacy", f.project, "pseudonym", "apply"});
        const auto result = runCairn({"review", f.project, "import", file.string()});
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("make a new pack") != std::string::npos);
        CHECK(result.out.find("2 of 4 decisions") != std::string::npos);
        std::map<std::string, json> byGuid;
        for (const auto& q : f.list())
            byGuid[q["guid"]] = q;
        CHECK(byGuid[ben]["status"] == "proposed"); // its text now names no town
        CHECK(byGuid[span]["status"] == "proposed");
        CHECK(byGuid[layla]["status"] == "change-requested"); // Arabic نيوبورت is not the registered Newport
        CHECK(byGuid[karim]["status"] == "rejected");
    }
}
