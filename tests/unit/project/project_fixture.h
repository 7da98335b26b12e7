#pragma once
// A fresh project in a temporary folder, with helpers to import text and count rows; shared by the
// project tests of coding, codebooks and undo.

#include "project/project.h"
#include "store/sqlite.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

#include <memory>
#include <string>

namespace cairn::test {

struct ProjectFixture {
    TempDir dir;
    std::unique_ptr<project::Project> project = project::Project::create((dir / "p.cairn").string(), "Study");

    std::string write(const std::string& name, const std::string& bytes) {
        writeFile(dir / name, bytes);
        return (dir / name).string();
    }
    project::ImportResult import(const std::string& name, const std::string& bytes,
                                 const std::string& kind = "interview", const std::string& caseName = {}) {
        project::ImportRequest request;
        request.path = write(name, bytes);
        request.kind = kind;
        request.caseName = caseName;
        return project->importFile(request);
    }
    std::int64_t count(const std::string& table) {
        return project->file().db().queryInt("SELECT COUNT(*) FROM " + table);
    }
    std::int64_t hits(const std::string& query) { return project->searchCount({query}); }
    project::CodingView code(const std::string& source, std::int64_t start, std::int64_t end,
                             const std::string& codePath, const std::string& coder = {},
                             project::SpanUnit unit = project::SpanUnit::CodePoints) {
        project::CodingRequest request;
        request.source = source;
        request.start = start;
        request.end = end;
        request.unit = unit;
        request.code = codePath;
        request.coder = coder;
        return project->code(request);
    }
    void reopen() {
        const auto path = project->file().path();
        project.reset();
        project = project::Project::open(path);
    }
};

} // namespace cairn::test
