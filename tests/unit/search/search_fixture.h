#pragma once
// A project for search tests, built through the store (the search module's tests link no higher):
// sources of passages with their languages and speakers, cases and attributes, and the index version
// recorded as Project::create does.

#include "search/index_version.h"
#include "search/search.h"
#include "store/case_store.h"
#include "store/project_file.h"
#include "store/source_store.h"
#include "support/temp_dir.h"
#include "text/utf.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cairn::test {

struct PassageSpec {
    PassageSpec(std::string t, std::string l = "en", std::string s = {})
        : text(std::move(t)), lang(std::move(l)), speaker(std::move(s)) {}
    std::string text;
    std::string lang;
    std::string speaker;
};

class SearchFixture {
public:
    SearchFixture() : path((dir / "search.cairn").string()) {
        project = store::ProjectFile::create(path, "Search");
        search::updateIndex(*project);
    }

    /// Adds a source whose passages are `passages`, separated by blank lines in its text.
    store::SourceRow addSource(const std::string& name, const std::vector<PassageSpec>& passages,
                               const std::string& kind = "interview") {
        store::NewSource source;
        source.name = name;
        source.kind = kind;
        source.format = "text";
        source.sha256 = name;
        for (const auto& p : passages) {
            if (!source.text.empty()) source.text += "\n\n";
            store::NewPassage passage;
            passage.cpStart = text::codePointCount(source.text);
            source.text += p.text;
            passage.cpEnd = text::codePointCount(source.text);
            passage.text = p.text;
            passage.lang = p.lang;
            passage.speaker = p.speaker;
            source.passages.push_back(passage);
        }
        store::Transaction txn(project->db());
        auto row = store::insertSource(*project, txn, source);
        txn.commit();
        return row;
    }

    std::vector<search::Hit> find(const std::string& query, bool exact = false) {
        return search::searchPassages(project->db(), {query, 0, 0, exact});
    }

    /// "source[index]" of every hit, in rank order.
    std::vector<std::string> ids(const std::string& query, bool exact = false) {
        std::vector<std::string> out;
        for (const auto& h : find(query, exact))
            out.push_back(h.sourceName + "[" + std::to_string(h.passageIndex) + "]");
        return out;
    }

    TempDir dir;
    std::string path;
    std::unique_ptr<store::ProjectFile> project;
};

} // namespace cairn::test
