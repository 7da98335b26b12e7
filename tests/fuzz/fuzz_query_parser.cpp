// libFuzzer target: the search query language, from the parser to SQLite.
// For any input:
//   - parseQuery returns a tree or throws QueryError (an InvalidInput) whose position lies within the
//     query; nothing else escapes (a std::exception of another kind, a crash, a hang);
//   - a parsed tree's nodes start within the query, And/Or have two or more children, Not one, Near
//     two or more terms;
//   - the whole search (compiler, FTS5 MATCH on a small project, highlights) either answers or throws
//     InvalidInput: a bare cairn::Error here would mean the compiler wrote a MATCH expression FTS5
//     could not parse, which user text must never cause; every highlight lies inside its hit.
// The first byte selects exact search when odd, so both paths run.

#include "common/error.h"
#include "search/index_version.h"
#include "search/query_parser.h"
#include "search/search.h"
#include "store/project_file.h"
#include "store/source_store.h"
#include "text/utf.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void checkTree(const cairn::search::Node& node, std::int64_t length) {
    using cairn::search::NodeKind;
    require(node.position >= 0 && node.position <= length);
    switch (node.kind) {
    case NodeKind::And:
    case NodeKind::Or:
        require(node.children.size() >= 2);
        break;
    case NodeKind::Not:
        require(node.children.size() == 1);
        break;
    case NodeKind::Near:
        require(node.children.size() >= 2);
        for (const auto& child : node.children)
            require(child.kind == NodeKind::Term);
        break;
    case NodeKind::Term:
    case NodeKind::Filter:
        require(node.children.empty());
        break;
    }
    for (const auto& child : node.children)
        checkTree(child, length);
}

// A small project in a temporary folder, made once per fuzzing process.
cairn::store::ProjectFile& project() {
    static std::unique_ptr<cairn::store::ProjectFile> file = [] {
        const auto dir =
            std::filesystem::temp_directory_path() / ("cairn-fuzz-query-" + std::to_string(getpid()));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        auto p = cairn::store::ProjectFile::create((dir / "q.cairn").string(), "Fuzz");
        cairn::search::updateIndex(*p);
        cairn::store::NewSource source;
        source.name = "s";
        source.kind = "interview";
        source.format = "text";
        source.sha256 = "s";
        const char* passages[][2] = {{"Dw i'n dysgu Cymraeg yng Nghaerdydd.", "cy"},
                                     {"Waiting lists for housing are long 😀.", "en"},
                                     {"الإنجليزية مهمة للعمل.", "ar"},
                                     {"Szukam pracy w Łodzi.", "pl"}};
        for (const auto& [text, lang] : passages) {
            if (!source.text.empty()) source.text += "\n\n";
            cairn::store::NewPassage passage;
            passage.cpStart = cairn::text::codePointCount(source.text);
            source.text += text;
            passage.cpEnd = cairn::text::codePointCount(source.text);
            passage.text = text;
            passage.lang = lang;
            passage.speaker = "Amira";
            source.passages.push_back(passage);
        }
        cairn::store::Transaction txn(p->db());
        cairn::store::insertSource(*p, txn, source);
        txn.commit();
        return p;
    }();
    return *file;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const bool exact = data[0] & 1;
    const std::string query(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::int64_t length = cairn::text::codePointCount(query);
    try {
        checkTree(cairn::search::parseQuery(query), length);
    } catch (const cairn::search::QueryError& e) {
        require(e.position() >= 0 && e.position() <= length);
        return 0;
    }
    try {
        for (const auto& hit : cairn::search::searchPassages(project().db(), {query, 20, 0, exact})) {
            require(hit.start <= hit.snippetSpan.start && hit.snippetSpan.end <= hit.end);
            for (const auto& h : hit.highlights)
                require(hit.start <= h.start && h.start < h.end && h.end <= hit.end);
        }
    } catch (const cairn::InvalidInput&) {
        return 0; // a filter naming nothing, a query of punctuation only
    }
    return 0;
}
