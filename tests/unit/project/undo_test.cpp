#include "common/error.h"
#include "project_fixture.h"
#include "store/edit_log.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <functional>

using namespace cairn;

namespace {

// Everything a user can see of a project, as one string: comparing two snapshots shows whether an undo
// put back exactly what was there.
std::string snapshot(project::Project& p) {
    auto& db = p.file().db();
    std::string out;
    for (const char* sql :
         {"SELECT group_concat(guid || name || kind || char_count, ';') FROM (SELECT * FROM sources ORDER BY "
          "id)",
          "SELECT group_concat(guid || idx || cp_start || cp_end || text, ';') FROM (SELECT * FROM passages "
          "ORDER BY id)",
          "SELECT group_concat(guid || name || IFNULL(parent_id, '-') || position || definition || codable, "
          "';') "
          "FROM (SELECT * FROM codes ORDER BY id)",
          "SELECT group_concat(guid || code_id || source_id || cp_start || cp_end || coder_id, ';') FROM "
          "(SELECT * FROM codings ORDER BY id)",
          "SELECT group_concat(guid || title || text || IFNULL(code_id, '-') || IFNULL(coding_id, '-'), ';') "
          "FROM "
          "(SELECT * FROM memos ORDER BY id)",
          "SELECT group_concat(guid || name || consent, ';') FROM (SELECT * FROM cases ORDER BY id)",
          "SELECT group_concat(case_id || '=' || attribute_id || '=' || value, ';') FROM case_values",
          "SELECT group_concat(case_id || '-' || source_id, ';') FROM case_sources",
          "SELECT group_concat(name || IFNULL(case_id, '-'), ';') FROM speakers",
          "SELECT group_concat(key || name || version, ';') FROM (SELECT * FROM frameworks ORDER BY id)",
          "SELECT group_concat(guid || ident || title || IFNULL(parent_id, '-'), ';') FROM (SELECT * FROM "
          "indicators ORDER BY id)",
          "SELECT group_concat(indicator_id || scope || IFNULL(case_id, '-') || period || value, ';') FROM "
          "(SELECT * FROM indicator_values ORDER BY id)",
          "SELECT group_concat(code_id || '>' || indicator_id || rationale, ';') FROM indicator_links",
          "SELECT group_concat(from_id || '>' || to_id || relation, ';') FROM indicator_mappings",
          "SELECT group_concat(ring || phrase || key, ';') FROM (SELECT * FROM thesaurus ORDER BY id)",
          "SELECT group_concat(case_id || IFNULL(withdrawn_on, '-') || note, ';') FROM consent_withdrawals",
          "SELECT group_concat(guid || kind || real_text || replacement, ';') FROM pseudonyms",
          "SELECT group_concat(pseudonym_id || source_id || cp_start || cp_end || status, ';') FROM "
          "pseudonym_matches",
          "SELECT group_concat(guid || source_id || cp_start || cp_end || replacement, ';') FROM redactions",
          "SELECT group_concat(attribute_id, ';') FROM sensitive_attributes"}) {
        auto stmt = db.prepare(sql);
        stmt.step();
        out += stmt.getText(0) + "\n";
    }
    // The full-text index must follow the data: every passage found by its own words, nothing else.
    out += std::to_string(p.searchCount({"english"})) + " " + std::to_string(p.searchCount({"damp"})) + " " +
           std::to_string(p.searchCount({"ESOL"})) + " " + std::to_string(p.searchCodes("language").size()) +
           " " + std::to_string(p.searchMemos("quote").size());
    return out;
}

void seed(test::ProjectFixture& f) {
    f.import("a",
             "Amira: I waited two years for English classes.\n\nBen: And what about housing?\n\n"
             "Amira: It was damp and cold, and my English was poor.\n",
             "interview", "Amira");
    f.project->addCode("Barriers/Language");
    f.project->addCode("Barriers/Housing");
    project::CodingRequest request{
        .source = "a", .start = 7, .end = 15, .code = "Barriers/Language", .memo = "A quote"};
    f.project->code(request);
}

using Edit = std::function<void(project::Project&)>;

// Each edit on a fresh seeded project (after `prepare`): undo puts back exactly what was there, and
// redo, after a restart, exactly what the edit made.
void checkUndoRedo(const std::vector<std::pair<std::string, Edit>>& edits, const Edit& prepare) {
    for (const auto& [name, edit] : edits) {
        DYNAMIC_SECTION(name) {
            test::ProjectFixture f;
            seed(f);
            prepare(*f.project);
            const auto before = snapshot(*f.project);
            edit(*f.project);
            const auto after = snapshot(*f.project);
            REQUIRE(after != before);
            REQUIRE(f.project->undo());
            CHECK(snapshot(*f.project) == before);
            f.reopen();
            REQUIRE(f.project->redo());
            CHECK(snapshot(*f.project) == after);
            CHECK(f.project->check().empty());
        }
    }
}

} // namespace

TEST_CASE("every kind of edit is undone exactly and redone exactly", "[project][undo]") {
    const std::vector<std::pair<std::string, Edit>> edits{
        {"import",
         [](project::Project& p) {
             project::ImportRequest request;
             request.path = (std::filesystem::path(p.file().path()).parent_path() / "b").string();
             p.importFile(request);
         }},
        {"add code", [](project::Project& p) { p.addCode("Enablers/Language/Conversation club"); }},
        {"rename code",
         [](project::Project& p) { p.renameCode("Barriers/Language", "Language and communication"); }},
        {"move code", [](project::Project& p) { p.moveCode("Barriers/Housing", "/", 0); }},
        {"change code",
         [](project::Project& p) { p.updateCode("Barriers/Housing", {.definition = "Damp, cost"}); }},
        {"merge codes", [](project::Project& p) { p.mergeCodes("Barriers/Housing", "Barriers/Language"); }},
        {"delete code", [](project::Project& p) { p.deleteCode("Barriers", 1); }},
        {"code",
         [](project::Project& p) {
             p.code({.source = "a", .start = 60, .end = 64, .code = "Barriers/Housing", .coder = "ben"});
         }},
        {"uncode", [](project::Project& p) { p.uncode(p.codings({}).front().coding.guid); }},
        {"autocode",
         [](project::Project& p) { p.autocode({.search = {"english"}, .code = "Barriers/Language"}); }},
        {"add memo",
         [](project::Project& p) { p.addMemo("", "Journal: quote bank started", project::MemoTarget{}); }},
        {"edit memo", [](project::Project& p) { p.editMemo(p.memos().front().guid, "", "Edited"); }},
        {"delete memo", [](project::Project& p) { p.deleteMemo(p.memos().front().guid); }},
        {"attribute", [](project::Project& p) { p.setCaseAttribute("Amira", "arrival", "2019"); }},
        {"consent", [](project::Project& p) { p.setConsent("Amira", "anonymous", "2026-01-10"); }},
        {"link speaker", [](project::Project& p) { p.linkSpeaker("a", "Ben", "Ben"); }},
        {"add case", [](project::Project& p) { p.addCase("Refugee Action", "organisation"); }},
        {"delete case", [](project::Project& p) { p.deleteCase("Amira"); }},
        {"code in vivo",
         [](project::Project& p) { p.codeInVivo({.source = "a", .start = 7, .end = 46}, "Barriers"); }},
        {"load codebook", [](project::Project& p) { p.loadCodebook("home-office-2019"); }},
        {"withdraw consent", [](project::Project& p) { p.setConsent("Amira", "withdrawn", "2026-02-01"); }},
        {"add pseudonym", [](project::Project& p) { p.addPseudonym("Amira", "Participant 7", "case"); }},
        {"redact",
         [](project::Project& p) { p.redact({.source = "a", .start = 0, .end = 5, .replacement = "name"}); }},
    };
    for (const auto& [name, edit] : edits) {
        DYNAMIC_SECTION(name) {
            test::ProjectFixture f;
            f.write("b", "Karim: English lessons at the mosque helped me a lot.\n");
            seed(f);
            const auto before = snapshot(*f.project);
            edit(*f.project);
            const auto after = snapshot(*f.project);
            REQUIRE(after != before);
            const auto undone = f.project->undo();
            REQUIRE(undone);
            CHECK(snapshot(*f.project) == before);
            CHECK(f.project->check().empty());
            // Redo survives closing and reopening the project.
            f.reopen();
            REQUIRE(f.project->redo());
            CHECK(snapshot(*f.project) == after);
            CHECK(f.project->check().empty());
        }
    }
}

TEST_CASE("every kind of indicator edit is undone exactly and redone exactly", "[project][undo]") {
    const std::vector<std::pair<std::string, Edit>> edits{
        {"load framework", [](project::Project& p) { p.loadFrameworks("wales-nwi-2021"); }},
        {"link indicator",
         [](project::Project& p) {
             p.linkIndicator("Barriers/Language", "home-office-2019:Language and Communication", "why");
         }},
        {"import values",
         [](project::Project& p) {
             const auto path = p.file().path() + ".values.csv";
             std::ofstream(path)
                 << "indicator,scope,period,value\nWork,case:Amira,2024,1\nWork,project,2024,2\n";
             p.importValues({.path = path});
         }},
        {"set value",
         [](project::Project& p) {
             p.setValue({"Work", "group:Newport", "2024", "", 5, 10, ""});
         }},
        {"values from attribute",
         [](project::Project& p) {
             p.valuesFromAttribute({"friends", "Social Bridges", "arrival", {}});
         }},
        {"map indicators",
         [](project::Project& p) { p.mapIndicators("home-office-2019:Work", "Housing", "related"); }},
        {"delete framework", [](project::Project& p) { p.deleteFramework("home-office-2019", 0); }},
    };
    checkUndoRedo(edits, [](project::Project& p) {
        p.loadFrameworks("home-office-2019");
        p.setCaseAttribute("Amira", "friends", "3");
    });
}

TEST_CASE("every kind of thesaurus edit is undone exactly and redone exactly", "[project][undo][thesaurus]") {
    const std::vector<std::pair<std::string, Edit>> edits{
        {"add a ring",
         [](project::Project& p) {
             p.addSynonyms("ESOL", {"English classes", "English lessons"});
         }},
        {"join two rings", [](project::Project& p) { p.addSynonyms("housing", {"Caerdydd"}); }},
        {"remove an entry", [](project::Project& p) { p.removeSynonym("cardiff"); }},
    };
    checkUndoRedo(edits, [](project::Project& p) {
        p.addSynonyms("Caerdydd", {"Cardiff"});
        p.addSynonyms("Housing", {"accommodation"});
    });
}

TEST_CASE("undo walks back through the whole history, across restarts", "[project][undo]") {
    test::ProjectFixture f;
    const auto empty = snapshot(*f.project);
    seed(f);
    const auto seeded = snapshot(*f.project);
    f.reopen();
    int steps = 0;
    while (f.project->undo())
        ++steps;
    CHECK(steps == 4); // the import (which made the case), two codes added, one coding with its memo
    CHECK(snapshot(*f.project) == empty);
    CHECK(!f.project->nextUndo());
    while (f.project->redo())
        ;
    CHECK(snapshot(*f.project) == seeded);
    CHECK(!f.project->nextRedo());
}

TEST_CASE("a new edit ends the redo stack", "[project][undo]") {
    test::ProjectFixture f;
    seed(f);
    f.project->addCode("Enablers");
    REQUIRE(f.project->undo());
    CHECK(f.project->nextRedo()->label == "add code Enablers");
    f.project->addCode("Other");
    CHECK(!f.project->nextRedo());
    CHECK(!f.project->redo());
    CHECK(f.project->nextUndo()->label == "add code Other");
}

TEST_CASE("undo and redo are logged in the history", "[project][undo]") {
    test::ProjectFixture f;
    seed(f);
    f.project->undo();
    f.project->redo();
    const auto ops = f.project->history(2);
    REQUIRE(ops.size() == 2);
    CHECK(ops[0].op == "redo");
    CHECK(ops[1].op == "undo");
    CHECK(ops[1].after.find("code a with Barriers/Language") != std::string::npos);
}

TEST_CASE("an undo that no longer fits the data is refused and changes nothing", "[project][undo]") {
    test::ProjectFixture f;
    seed(f);
    // Another program renames the code behind Cairn's back.
    f.project->file().db().exec("UPDATE codes SET definition = 'changed elsewhere' WHERE name = 'Housing'");
    f.project->file().db().exec("UPDATE codings SET cp_end = cp_end + 1");
    const auto before = snapshot(*f.project);
    CHECK_THROWS_AS(f.project->undo(), Corrupt);
    CHECK(snapshot(*f.project) == before);
    CHECK(f.project->nextUndo()->state == "done");
}

TEST_CASE("every recorded table has a primary key", "[project][undo]") {
    // SQLite sessions silently skip a table without one: its changes would not be undone.
    test::ProjectFixture f;
    auto& db = f.project->file().db();
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'");
    int recorded = 0;
    while (tables.step()) {
        const auto name = tables.getText(0);
        if (!store::isRecordedTable(name)) continue;
        ++recorded;
        INFO(name);
        CHECK(db.queryInt("SELECT COUNT(*) FROM pragma_table_info('" + name + "') WHERE pk > 0") > 0);
    }
    CHECK(recorded >= 12);
    CHECK(!store::isRecordedTable("ops"));
    CHECK(!store::isRecordedTable("passages_fts_data"));
    CHECK(!store::isRecordedTable("coders"));
}
