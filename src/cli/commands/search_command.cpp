#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>
#include <unistd.h>

namespace cairn::cli {

namespace {

// The JSON form of a hit: part of the CLI's contract (add fields, never rename them). Every offset is
// in code points of the source's NFC text.
nlohmann::json hitJson(const search::Hit& h) {
    nlohmann::json highlights = nlohmann::json::array();
    for (const auto& span : h.highlights)
        highlights.push_back({span.start, span.end});
    return {{"source", h.sourceName},
            {"source_guid", h.sourceGuid},
            {"passage_guid", h.passageGuid},
            {"passage", h.passageIndex},
            {"start", h.start},
            {"end", h.end},
            {"lang", h.lang},
            {"score", h.score},
            {"snippet", h.snippet},
            {"snippet_start", h.snippetSpan.start},
            {"highlights", highlights}};
}

nlohmann::json facetsJson(const search::RankedResult& result) {
    nlohmann::json facets = nlohmann::json::object();
    for (const auto& [name, values] : result.facets) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& v : values)
            list.push_back({{"value", v.value}, {"count", v.count}});
        facets[name] = list;
    }
    return facets;
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        if (end > start) items.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return items;
}

// Building the ranked-search index is reported to a person at a terminal only: scripts read stderr
// for errors.
void reportIndexProgress(std::int64_t done, std::int64_t total, const std::string& what) {
    if (!isatty(STDERR_FILENO)) return;
    std::cerr << "\r" << what << ": " << done << "/" << total << std::flush;
    if (done == total) std::cerr << "\n";
}

// The snippet with its matches marked: bold on a terminal, [[…]] otherwise; "…" where it was cut.
std::string markedSnippet(const search::Hit& h, bool terminal) {
    const char* open = terminal ? "\x1b[1m" : "[[";
    const char* close = terminal ? "\x1b[0m" : "]]";
    std::string out = h.snippetSpan.start > h.start ? "…" : "";
    std::int64_t cp = h.snippetSpan.start;
    std::size_t byte = 0;
    auto copyTo = [&](std::int64_t until) {
        while (cp < until && byte < h.snippet.size()) {
            const char c = h.snippet[byte++];
            out += (c == '\n' || c == '\t') ? ' ' : c;
            while (byte < h.snippet.size() && (static_cast<unsigned char>(h.snippet[byte]) & 0xC0) == 0x80)
                out += h.snippet[byte++];
            ++cp;
        }
    };
    for (const auto& span : h.highlights) {
        if (span.start < cp || span.end > h.snippetSpan.end) continue;
        copyTo(span.start);
        out += open;
        copyTo(span.end);
        out += close;
    }
    copyTo(h.snippetSpan.end);
    if (h.snippetSpan.end < h.end) out += "…";
    return out;
}

// A project last written by another analyser version is reindexed once (taking the writer's lock
// briefly), so a search after an upgrade answers instead of refusing.
std::unique_ptr<project::Project> openForSearch(const std::string& path) {
    auto project = openProject(path, true);
    if (project->searchIndexCurrent()) return project;
    project.reset();
    std::cerr << "note: rebuilding the search index for this version of Cairn\n";
    project::OpenOptions writing;
    if (const char* coder = std::getenv("CAIRN_CODER")) writing.coder = coder;
    project::Project::open(path, writing, [](std::int64_t done, std::int64_t total, const std::string& what) {
        std::cerr << "\r" << what << ": " << done << "/" << total << std::flush;
        if (done == total) std::cerr << "\n";
    });
    return openProject(path, true);
}

} // namespace

void addSearchCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("search", "Search the passages (words, \"phrases\", NEAR, prefix*, AND/OR/NOT, "
                                     "filters such as kind:, case:, speaker:, lang:, source:, attr:)");
    static std::string path, query;
    static std::int64_t limit = 20, offset = 0;
    static bool json = false, exact = false, count = false, noWait = false;
    static std::string engine = "auto", sort = "relevance", facets, remote;
    static std::vector<std::string> also;
    addProjectArgument(*cmd, path);
    cmd->add_option(
           "query", query,
           "The query, e.g. 'Cymraeg lang:cy' or '\"waiting lists\" -housing'; put -- before a query "
           "that starts with -")
        ->required();
    cmd->add_option("--limit", limit, "Hits to show (default 20; 0 shows all)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--offset", offset, "Hits to skip first, for paging")->check(CLI::NonNegativeNumber);
    cmd->add_flag(
        "--json", json,
        "JSON array of {source, source_guid, passage_guid, passage, start, end, lang, score, snippet, "
        "snippet_start, highlights: [[start, end], …], engine}; offsets in code points of the source text "
        "(an object holding this array as hits only with --facets)");
    cmd->add_flag("--exact", exact, "Case- and diacritic-sensitive: the words exactly as written");
    cmd->add_flag("--count", count, "Print the number of matching passages only");
    cmd->add_option("--engine", engine,
                    "auto (the ranked-search index when it is up to date, else the full-text index), fts or "
                    "xapian")
        ->check(CLI::IsMember({"auto", "fts", "xapian"}));
    cmd->add_option("--sort", sort, "relevance, date (the source's date) or source (source name, then order)")
        ->check(CLI::IsMember({"relevance", "date", "source"}));
    cmd->add_option(
        "--facets", facets,
        "Count the whole result set per value of these, comma-separated: kind, case, code, lang or "
        "an attribute's name; with --json the output becomes the object {engine, index_current, note, "
        "total, hits, facets, suggestion}, hits as without --facets");
    cmd->add_option("--remote", remote, "Search the index served by xapian-tcpsrv at HOST:PORT");
    cmd->add_option("--also", also,
                    "Search this project too (repeatable): one ranking over the projects' indexes; each hit "
                    "names its project (project in the JSON)");
    cmd->add_flag("--no-wait", noWait,
                  "Do not bring the ranked-search index up to date first; answer from the full-text index "
                  "when it is behind");
    cmd->callback([] {
        auto project = openForSearch(path);
        search::RankedRequest request;
        request.search = {query, limit, offset, exact};
        request.engine = engine == "fts"      ? search::Engine::Fts
                         : engine == "xapian" ? search::Engine::Xapian
                                              : search::Engine::Auto;
        request.sort = sort == "date"     ? search::SortOrder::Date
                       : sort == "source" ? search::SortOrder::Source
                                          : search::SortOrder::Relevance;
        request.facets = splitList(facets);
        request.updateIndex = !noWait;
        request.remote = remote;
        std::vector<std::unique_ptr<project::Project>> others;
        std::vector<project::Project*> otherPointers;
        for (const auto& other : also) {
            others.push_back(openForSearch(other));
            otherPointers.push_back(others.back().get());
        }
        const auto result = others.empty()
                                ? project->rankedSearch(request, reportIndexProgress)
                                : project->rankedSearchAcross(request, otherPointers, reportIndexProgress);
        if (!result.note.empty())
            std::cerr << "note: answered by the full-text index: " << result.note << "\n";
        const auto& suggestion = result.suggestion.query;
        // The suggestion is for people; the JSON array of hits stays as it is (`cairn suggest` and the
        // --facets object carry it for scripts).
        if (!suggestion.empty() && !(json && !request.facets.empty()))
            std::cerr << "Did you mean: " << suggestion << "\n";
        if (count) {
            std::cout << result.total << '\n';
            return;
        }
        const auto& hits = result.hits;
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& h : hits) {
                out.push_back(hitJson(h));
                out.back()["engine"] = result.engine;
                if (!h.project.empty()) out.back()["project"] = h.project;
            }
            if (request.facets.empty()) {
                printJson(out);
                return;
            }
            printJson(
                {{"engine", result.engine},
                 {"index_current", result.indexCurrent},
                 {"note", result.note},
                 {"total", result.total},
                 {"hits", out},
                 {"facets", facetsJson(result)},
                 {"suggestion", suggestion.empty() ? nlohmann::json(nullptr) : nlohmann::json(suggestion)}});
            return;
        }
        for (const auto& [name, values] : result.facets) {
            std::cout << name << ":";
            for (const auto& v : values)
                std::cout << " " << v.value << " (" << v.count << ")";
            std::cout << "\n";
        }
        const bool terminal = isatty(STDOUT_FILENO) != 0;
        std::int64_t n = offset;
        for (const auto& h : hits) {
            std::cout << ++n << ". " << (h.project.empty() ? "" : h.project + ": ") << h.sourceName << " ["
                      << h.passageIndex << "] " << h.start << "-" << h.end << " " << h.lang << "\n   "
                      << markedSnippet(h, terminal) << "\n";
        }
        if (hits.empty()) std::cerr << "no passages match\n";
    });
}

} // namespace cairn::cli
