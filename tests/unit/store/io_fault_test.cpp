// I/O errors injected at every write or sync of an import: each failed change is reported as an Io
// error, and once the disk works again the project opens sound, with every change that reported
// success present.

#include "common/error.h"
#include "store/integrity.h"
#include "store/project_file.h"
#include "store/source_store.h"
#include "support/faulty_vfs.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <set>

using namespace cairn;
using namespace cairn::store;

namespace {
NewSource source(int n) {
    NewSource s;
    s.name = "s" + std::to_string(n);
    s.format = "text";
    s.sha256 = s.name;
    s.text = std::string(3000, static_cast<char>('a' + n % 26));
    NewPassage p;
    p.cpEnd = 3000;
    p.text = s.text;
    s.passages.push_back(p);
    return s;
}
} // namespace

TEST_CASE("an I/O error at any write or sync loses nothing that was saved", "[store][faults]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    { ProjectFile::create(path, "Study"); }
    test::FaultyVfs vfs;
    std::set<std::string> saved;
    int failed = 0;
    // Fail after 0, 1, 2, … operations: every write and sync of a commit is hit in turn.
    for (int failAfter = 0; failAfter < 60; ++failAfter) {
        try {
            auto project = ProjectFile::open(path);
            for (int n = failAfter * 10; n < failAfter * 10 + 3; ++n) {
                vfs.failAfter(failAfter);
                Transaction txn(project->db());
                insertSource(*project, txn, source(n));
                txn.commit();
                vfs.disarm();
                saved.insert("s" + std::to_string(n));
            }
        } catch (const Io& e) {
            ++failed;
            CHECK(std::string(e.what()).find("nothing was saved") != std::string::npos);
        }
        vfs.disarm();
        auto reopened = ProjectFile::open(path);
        const auto problems = checkProject(*reopened);
        if (!problems.empty()) FAIL("after a fault at operation " << failAfter << ": " << problems[0].detail);
        std::set<std::string> present;
        for (const auto& s : listSources(reopened->db()))
            present.insert(s.name);
        for (const auto& name : saved)
            if (!present.count(name))
                FAIL("saved source " << name << " is missing after a fault at " << failAfter);
    }
    CHECK(failed > 5);
    CHECK(vfs.failures() > 5);
    CHECK(saved.size() > 10);
}
