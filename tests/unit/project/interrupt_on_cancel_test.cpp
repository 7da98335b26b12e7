// InterruptOnCancel: Cancel stops a statement already running on the job's connection, the edit it
// belonged to rolls back, and the connection works normally once the guard is gone.

#include "common/error.h"
#include "project/interrupt_on_cancel.h"
#include "project_fixture.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <thread>

using namespace cairn;
using namespace cairn::test;

namespace {
// Counts far enough that, uninterrupted, it takes many seconds: a result means no interrupt came.
constexpr const char* kLongCount =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000000) "
    "SELECT COUNT(*) FROM n";
} // namespace

TEST_CASE("cancel interrupts the statement running on the guarded connection", "[project][cancel]") {
    ProjectFixture f;
    auto& db = f.project->file().db();
    CancelToken cancel;
    {
        const project::InterruptOnCancel guard(*f.project, cancel);
        // A statement left open keeps the connection busy, so the interrupt stays pending for the
        // next statement instead of being forgotten: the test needs no second thread and no timing.
        auto open = db.prepare("SELECT 1 UNION ALL SELECT 2");
        REQUIRE(open.step());
        cancel.cancel();
        CHECK_THROWS_AS(db.queryInt(kLongCount), Cancelled);
    }
    CHECK(db.queryInt("SELECT 1") == 1); // no interrupt left behind
}

TEST_CASE("cancel from another thread stops a long statement and rolls its edit back", "[project][cancel]") {
    ProjectFixture f;
    // A table of this connection alone, so the test does not depend on the project's schema.
    f.project->file().db().exec("CREATE TEMP TABLE unit_of_work (x INTEGER)");
    CancelToken cancel;
    std::atomic<bool> started{false};
    bool cancelled = false;
    std::string other;
    std::thread worker([&] {
        const project::InterruptOnCancel guard(*f.project, cancel);
        auto& db = f.project->file().db();
        try {
            store::Transaction txn(db);
            db.exec("INSERT INTO unit_of_work VALUES (1)");
            // Until the cancel arrives: an interrupt that falls between two statements is caught by
            // the flag check instead, so the loop always ends.
            while (true) {
                started = true;
                cancel.throwIfCancelled();
                db.queryInt(kLongCount);
            }
        } catch (const Cancelled&) {
            cancelled = true;
        } catch (const std::exception& error) {
            other = error.what();
            started = true; // any other failure fails the CHECK below instead of hanging the test
        }
    });
    while (!started)
        std::this_thread::yield();
    cancel.cancel();
    worker.join();
    CHECK(other.empty());
    CHECK(cancelled);
    CHECK(f.project->file().db().queryInt("SELECT COUNT(*) FROM unit_of_work") == 0); // rolled back
    CHECK(f.project->check().empty());
}

TEST_CASE("a guard without a token, or after the job, leaves the connection alone", "[project][cancel]") {
    ProjectFixture f;
    {
        const project::InterruptOnCancel none(*f.project, nullptr);
        CHECK(f.project->file().db().queryInt("SELECT 2") == 2);
    }
    CancelToken cancel;
    { const project::InterruptOnCancel guard(*f.project, cancel); }
    cancel.cancel(); // the job is over: its connection must not be touched
    auto open = f.project->file().db().prepare("SELECT 1 UNION ALL SELECT 2");
    REQUIRE(open.step());
    CHECK(f.project->file().db().queryInt("SELECT 3") == 3);
}

TEST_CASE("a cancelled REFI-QDA export or import leaves no file behind", "[project][cancel][qdpx]") {
    ProjectFixture f;
    f.import("int01.txt", "Amira: We waited for ESOL.\n");
    f.import("int02.txt", "Karim: The class is full.\n");
    const auto qdpx = (f.dir / "study.qdpx").string();
    {
        CancelToken cancel;
        // Cancel as the first source is reached, as a click on Cancel during the export would.
        const ProgressFn cancelAtFirst = [&](std::int64_t, std::int64_t, const std::string&) {
            cancel.cancel();
        };
        CHECK_THROWS_AS(f.project->exportQdpx(qdpx, cancelAtFirst, &cancel), Cancelled);
        CHECK_FALSE(std::filesystem::exists(qdpx));
    }
    f.project->exportQdpx(qdpx);
    REQUIRE(std::filesystem::exists(qdpx));

    const auto copy = (f.dir / "copy.cairn").string();
    CancelToken cancel;
    std::int64_t reported = 0;
    const ProgressFn cancelAtSecond = [&](std::int64_t done, std::int64_t total, const std::string&) {
        reported = total;
        if (done == 1) cancel.cancel();
    };
    project::ExchangeReport report;
    CHECK_THROWS_AS(project::Project::importQdpx(qdpx, copy, report, {}, cancelAtSecond, &cancel), Cancelled);
    CHECK(reported == 2);
    CHECK_FALSE(std::filesystem::exists(copy));
    CHECK_FALSE(std::filesystem::exists(copy + "-wal"));
    CHECK_FALSE(std::filesystem::exists(copy + ".lock"));
    // Without a cancel the same file imports whole.
    project::ExchangeReport again;
    auto imported = project::Project::importQdpx(qdpx, copy, again);
    CHECK(imported->sources().size() == 2);
    CHECK(imported->check().empty());
}
