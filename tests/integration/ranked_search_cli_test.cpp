// `cairn search` over the Xapian index: both engines agree on the demo corpus, the JSON contract grows
// an engine field and (with --facets) an envelope, sorting, coding and undo reach the index through
// the outbox, `cairn check` notices an index that disagrees, `cairn similar`, and --remote against a
// real xapian-tcpsrv on 127.0.0.1 started and stopped here.

#include "cli_harness.h"
#include "project/project.h"
#include "store/sqlite.h"
#include "support/test_paths.h"

#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <csignal>
#include <fstream>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cairn;
using namespace cairn::test;
using nlohmann::json;

namespace {

struct Demo {
    TempDir dir;
    std::string project = (dir / "demo.cairn").string();
    Demo() { REQUIRE(runCairn({"demo", dir.path().string()}).exitCode == 0); }

    json search(std::vector<std::string> args) {
        args.insert(args.begin(), {"search", project});
        args.push_back("--json");
        const auto result = runCairn(args);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        return json::parse(result.out);
    }

    static std::set<std::string> guids(const json& hits) {
        std::set<std::string> out;
        for (const auto& h : hits)
            out.insert(h.at("passage_guid").get<std::string>());
        return out;
    }

    std::string guid() {
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        return project::Project::open(project, readOnly)->guid();
    }
};

// xapian-tcpsrv serving one database on 127.0.0.1, stopped when the object goes.
class TcpServer {
public:
    explicit TcpServer(const std::string& database) {
        std::mt19937 random(std::random_device{}());
        for (int attempt = 0; attempt < 20 && !m_ready; ++attempt) {
            m_port = 20000 + static_cast<int>(random() % 20000);
            m_pid = fork();
            REQUIRE(m_pid >= 0);
            if (m_pid == 0) {
                // Its own process group: on SIGTERM the server signals its whole group (its
                // connection workers), which must not include this test.
                setpgid(0, 0);
                const std::string port = std::to_string(m_port);
                execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", port.c_str(),
                       "--quiet", database.c_str(), static_cast<char*>(nullptr));
                _exit(127);
            }
            for (int wait = 0; wait < 100 && !m_ready; ++wait) {
                if (waitpid(m_pid, nullptr, WNOHANG) == m_pid) break; // port taken: try another
                m_ready = accepts();
                if (!m_ready) usleep(50'000);
            }
            if (!m_ready) stop();
        }
        REQUIRE(m_ready);
    }
    ~TcpServer() { stop(); }
    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); }

private:
    bool accepts() const {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<std::uint16_t>(m_port));
        inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
        const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
        close(fd);
        return ok;
    }
    void stop() {
        if (m_pid <= 0) return;
        kill(-m_pid, SIGTERM);
        waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }
    pid_t m_pid = -1;
    int m_port = 0;
    bool m_ready = false;
};

const std::vector<std::string> kQueries = {"English",
                                           "Cymraeg",
                                           "housing OR visa",
                                           "\"waiting list\"",
                                           "volunteering",
                                           "integration -housing",
                                           "kind:interview lang:cy"};

} // namespace

TEST_CASE("search ranks with Xapian and finds what FTS5 finds on the demo corpus", "[cli][search][xapian]") {
    Demo demo;
    for (const auto& query : kQueries) {
        INFO(query);
        const auto xapian = demo.search({query, "--limit", "0", "--engine", "xapian"});
        const auto fts = demo.search({query, "--limit", "0", "--engine", "fts"});
        CHECK(Demo::guids(xapian) == Demo::guids(fts));
        for (const auto& h : xapian) {
            CHECK(h.at("engine") == "xapian");
            for (const char* field : {"source", "source_guid", "passage_guid", "passage", "start", "end",
                                      "lang", "score", "snippet", "snippet_start", "highlights"})
                CHECK(h.contains(field));
        }
        for (const auto& h : fts)
            CHECK(h.at("engine") == "fts");
        const auto auto_ = demo.search({query, "--limit", "0"});
        CHECK(Demo::guids(auto_) == Demo::guids(fts));
        if (!auto_.empty()) CHECK(auto_[0].at("engine") == "xapian");
    }
    const auto count = runCairn({"search", demo.project, "English", "--count"});
    CHECK(std::stoll(count.out) == static_cast<long long>(demo.search({"English", "--limit", "0"}).size()));
}

TEST_CASE("search --facets counts the whole result set; --sort source lists in source order",
          "[cli][search][xapian][facets]") {
    Demo demo;
    const auto result = demo.search({"English", "--limit", "2", "--facets", "kind,lang,case"});
    REQUIRE(result.is_object());
    CHECK(result.at("engine") == "xapian");
    CHECK(result.at("index_current") == true);
    CHECK(result.at("hits").size() <= 2);
    std::int64_t byKind = 0;
    for (const auto& v : result.at("facets").at("kind"))
        byKind += v.at("count").get<std::int64_t>();
    CHECK(byKind == result.at("total").get<std::int64_t>());
    for (const auto& v : result.at("facets").at("kind")) {
        const auto kind = v.at("value").get<std::string>();
        CHECK(v.at("count").get<std::size_t>() ==
              demo.search({"English kind:" + kind, "--limit", "0", "--engine", "fts"}).size());
    }
    const auto sorted = demo.search({"English", "--limit", "0", "--sort", "source"});
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const auto& a = sorted[i - 1];
        const auto& b = sorted[i];
        CHECK((a.at("source") < b.at("source") ||
               (a.at("source") == b.at("source") && a.at("passage") <= b.at("passage"))));
    }
    CHECK(runCairn({"search", demo.project, "English", "--facets", "nothing-such"}).exitCode == 1);
}

TEST_CASE("without --facets, search --json stays the array of hit objects it always was",
          "[cli][search][xapian][contract]") {
    Demo demo;
    const std::vector<std::vector<std::string>> variants = {{"English"},
                                                            {"English", "--engine", "xapian"},
                                                            {"English", "--engine", "fts"},
                                                            {"English", "--sort", "date"},
                                                            {"English", "--no-wait"},
                                                            {"English", "--exact"},
                                                            {"zzzznothingmatches"}};
    for (const auto& args : variants) {
        INFO((args.size() > 1 ? args[1] + " " + args.back() : args.front()));
        const auto hits = demo.search(args);
        REQUIRE(hits.is_array());
        for (const auto& h : hits)
            CHECK(h.is_object());
    }
    // The opt-in envelope holds the very same hit objects.
    const auto plain = demo.search({"English", "--limit", "5", "--engine", "xapian"});
    const auto envelope = demo.search({"English", "--limit", "5", "--engine", "xapian", "--facets", "kind"});
    REQUIRE(envelope.is_object());
    CHECK(envelope.at("hits") == plain);
}

TEST_CASE("coding and undo reach the index through the outbox", "[cli][search][xapian][outbox]") {
    TempDir dir;
    const auto project = (dir / "p.cairn").string();
    REQUIRE(runCairn({"init", project}).exitCode == 0);
    writeFile(dir / "a.txt", "English classes at the library.\n\nHousing is hard to find.\n");
    REQUIRE(runCairn({"import", project, (dir / "a.txt").string()}).exitCode == 0);
    REQUIRE(runCairn({"codebook", project, "add", "Language"}).exitCode == 0);
    auto codeSearch = [&] {
        const auto r = runCairn({"search", project, "code:Language", "--json", "--engine", "xapian"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return json::parse(r.out).size();
    };
    CHECK(codeSearch() == 0);
    REQUIRE(runCairn({"code", project, "--source", "a", "--start", "0", "--end", "7", "--code", "Language"})
                .exitCode == 0);
    CHECK(codeSearch() == 1);
    REQUIRE(runCairn({"undo", project}).exitCode == 0);
    CHECK(codeSearch() == 0);
    REQUIRE(runCairn({"redo", project}).exitCode == 0);
    CHECK(codeSearch() == 1);
    CHECK(runCairn({"check", project}).exitCode == 0);
}

TEST_CASE("check notices an index that disagrees with the project; reindex mends it",
          "[cli][check][xapian]") {
    Demo demo;
    REQUIRE_FALSE(demo.search({"English"}).empty());
    REQUIRE(runCairn({"check", demo.project}).exitCode == 0);
    {
        // A writer that bypasses the outbox (as a tool editing the file with plain SQL after dropping
        // the triggers would): the index cannot know, but check compares and tells.
        store::Database db(demo.project, store::Database::Mode::ReadWrite);
        db.exec("DROP TRIGGER search_outbox_passage_update");
        db.exec("UPDATE passages SET lang = 'pl' WHERE id % 97 = 0");
    }
    const auto check = runCairn({"check", demo.project, "--json"});
    CHECK(check.exitCode == 4);
    CHECK(check.out.find("search-index") != std::string::npos);
    REQUIRE(runCairn({"reindex", demo.project}).exitCode == 0);
    CHECK(runCairn({"check", demo.project}).exitCode == 0);
}

TEST_CASE("similar lists passages like a given one, without it", "[cli][similar][xapian]") {
    Demo demo;
    const auto seed = demo.search({"\"English classes\"", "--limit", "1"});
    REQUIRE(seed.size() == 1);
    const auto guid = seed[0].at("passage_guid").get<std::string>();
    const auto r = runCairn({"similar", demo.project, guid, "--limit", "5", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto hits = json::parse(r.out);
    CHECK_FALSE(hits.empty());
    CHECK(hits.size() <= 5);
    for (const auto& h : hits)
        CHECK(h.at("passage_guid") != guid);
    CHECK(runCairn({"similar", demo.project, "00000000-0000-0000-0000-000000000000"}).exitCode != 0);
}

TEST_CASE("search --remote asks a xapian-tcpsrv serving the index", "[cli][search][xapian][remote]") {
    Demo demo;
    const auto local = demo.search({"English OR Cymraeg", "--limit", "0", "--engine", "xapian"});
    REQUIRE_FALSE(local.empty());
    const auto root = cliCacheHome() / "cairn" / "index" / demo.guid();
    std::ifstream current(root / "CURRENT");
    std::string name;
    REQUIRE(current >> name);
    TcpServer server((root / name).string());
    const auto remote =
        demo.search({"English OR Cymraeg", "--limit", "0", "--remote", server.address(), "--facets", "lang"});
    CHECK(remote.at("engine") == "xapian");
    CHECK(Demo::guids(remote.at("hits")) == Demo::guids(local));
    CHECK(runCairn({"search", demo.project, "English", "--remote", "127.0.0.1:1"}).exitCode != 0);
}

TEST_CASE("a misspelt search says what was meant; the JSON array stays an array", "[cli][search][spelling]") {
    Demo demo;
    const auto r = runCairn({"search", demo.project, "volonteering", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(json::parse(r.out).is_array());
    CHECK(r.err.find("Did you mean: volunteering") != std::string::npos);
    const auto facets = demo.search({"volonteering", "--facets", "kind"});
    CHECK(facets.at("suggestion") == "volunteering");
    CHECK(demo.search({"volunteering", "--facets", "kind"}).at("suggestion").is_null());

    const auto suggest = runCairn({"suggest", demo.project, "Volonteering OR Englsh", "--json"});
    INFO(suggest.err);
    REQUIRE(suggest.exitCode == 0);
    const auto s = json::parse(suggest.out);
    CHECK(s.at("suggestion") == "Volunteering OR English");
    CHECK(s.at("corrections").size() == 2);
    CHECK(runCairn({"suggest", demo.project, "volunteering"}).out.empty());
    CHECK(runCairn({"suggest", demo.project, "Volonteering"}).out == "Volunteering\n");
}

TEST_CASE("search --also ranks the passages of several projects together", "[cli][search][xapian][multi]") {
    TempDir dir;
    const auto newport = (dir / "newport.cairn").string();
    const auto swansea = (dir / "swansea.cairn").string();
    REQUIRE(runCairn({"init", newport, "--name", "Newport"}).exitCode == 0);
    REQUIRE(runCairn({"init", swansea, "--name", "Swansea"}).exitCode == 0);
    writeFile(dir / "n.txt", "English classes at the library.\n\nHousing is damp.\n");
    writeFile(dir / "s.txt", "An English conversation club.\n\nNo English at first.\n");
    REQUIRE(runCairn({"import", newport, (dir / "n.txt").string(), "--lang", "en"}).exitCode == 0);
    REQUIRE(runCairn({"import", swansea, (dir / "s.txt").string(), "--lang", "en"}).exitCode == 0);
    const auto r = runCairn({"search", newport, "English", "--also", swansea, "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto hits = json::parse(r.out);
    REQUIRE(hits.is_array());
    std::multiset<std::string> projects;
    for (const auto& h : hits)
        projects.insert(h.at("project").get<std::string>());
    CHECK(projects == std::multiset<std::string>{"Newport", "Swansea", "Swansea"});
    const auto text = runCairn({"search", newport, "English", "--also", swansea});
    CHECK(text.out.find("Swansea: s [") != std::string::npos);
    CHECK(runCairn({"search", newport, "English source:n", "--also", swansea}).exitCode == 1);
    // Without --also the hits carry no project field, as before.
    const auto alone = runCairn({"search", newport, "English", "--json"});
    for (const auto& h : json::parse(alone.out))
        CHECK_FALSE(h.contains("project"));
}
