// The "cairn" FTS5 tokenizer on its own: the language prefix of an indexed value selects the
// expansions and shifts the offsets (FTS5's highlight() marks exactly the word), queries expand in the
// connection's languages as colocated alternatives, prefix queries do not expand, and a value without
// a prefix is indexed without expansions.

#include "store/fts_tokenizer.h"
#include "store/sqlite.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::store;

namespace {

struct Index {
    test::TempDir dir;
    Database db{(dir / "fts.db").string(), Database::Mode::ReadWriteCreate};
    Index() { db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'cairn')"); }
    void add(std::int64_t id, const std::string& value) {
        db.prepare("INSERT INTO t(rowid, body) VALUES (?, ?)").bind(1, id).bind(2, value).run();
    }
    std::vector<std::int64_t> match(const std::string& expression) {
        auto stmt = db.prepare("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid");
        stmt.bind(1, expression);
        std::vector<std::int64_t> ids;
        while (stmt.step())
            ids.push_back(stmt.getInt(0));
        return ids;
    }
    std::string highlighted(const std::string& expression) {
        auto stmt = db.prepare("SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?");
        stmt.bind(1, expression);
        return stmt.step() ? stmt.getText(0) : "";
    }
};

using Ids = std::vector<std::int64_t>;

} // namespace

TEST_CASE("the language prefix selects expansions and offsets stay exact", "[store][fts]") {
    Index index;
    index.add(1, ftsColumnValue("cy", "Dw i'n byw yng Nghaerdydd."));
    index.add(2, ftsColumnValue("en", "The volunteers at the drop-in."));
    index.add(3, "Nghaerdydd without a prefix"); // a memo: "und"
    CHECK(index.match("\"Caerdydd\"").empty());  // no query languages yet: surface terms only
    setQueryLanguages(index.db, {"cy", "en"});
    CHECK(index.match("\"Caerdydd\"") == Ids{1});
    CHECK(index.match("\"volunteering\"") == Ids{2});
    CHECK(index.match("\"nghaerdydd\"") == Ids{1, 3});
    CHECK(index.highlighted("\"Caerdydd\"") == ftsColumnValue("cy", "Dw i'n byw yng [Nghaerdydd]."));
    CHECK(index.highlighted("\"volunteering\" \"drop in\"") ==
          ftsColumnValue("en", "The [volunteers] at the [drop-in]."));
    setQueryLanguages(index.db, {"en"});
    CHECK(index.match("\"Caerdydd\"").empty()); // Welsh expansions off again
}

TEST_CASE("a prefix query matches words as written, without expansions", "[store][fts]") {
    Index index;
    index.add(1, ftsColumnValue("cy", "Mae'r ffurflen ar gael yn Gymraeg."));
    setQueryLanguages(index.db, {"cy"});
    CHECK(index.match("\"Cymraeg\"") == Ids{1}); // through the radical
    CHECK(index.match("\"Gymr\"*") == Ids{1});
    CHECK(index.match("\"Cymr\"*").empty()); // a prefix never reaches a derived term
}

TEST_CASE("a malformed prefix is text, analysed without expansions", "[store][fts]") {
    Index index;
    index.add(1, std::string("\x02") + std::string(80, 'x') + "\x03 Nghaerdydd");
    index.add(2, std::string("\x02") + "cy no end marker Nghaerdydd");
    setQueryLanguages(index.db, {"cy"});
    CHECK(index.match("\"Caerdydd\"").empty());
    CHECK(index.match("\"Nghaerdydd\"") == Ids{1, 2});
}
