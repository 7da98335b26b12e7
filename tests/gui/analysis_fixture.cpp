#include "analysis_fixture.h"

namespace cairn::gui::test {

const std::string kTwoPassages = "Housing is hard to find near the college.\n\n"
                                 "Language classes helped me most of all.\n";

namespace {
constexpr const char* kFramework = "framework,framework_name,id,parent,kind,title,definition,unit,direction\n"
                                   "demo,Demo measures,bridges,,domain,Social bridges,,,\n"
                                   "demo,,friends,bridges,indicator,Friends from other backgrounds,"
                                   "Friends a person counts outside their own community,score,higher\n";

void code(project::Project& project, const std::string& source, std::int64_t start, std::int64_t end,
          const std::string& code) {
    project::CodingRequest request;
    request.source = source;
    request.start = start;
    request.end = end;
    request.code = code;
    project.code(request);
}
} // namespace

AnalysisProject::AnalysisProject() {
    // A third passage naming the file keeps the three files' bytes apart (the core refuses a duplicate).
    int01 = import(QStringLiteral("int01.txt"), kTwoPassages + "\nFirst interview.\n", "interview");
    int02 = import(QStringLiteral("int02.txt"), kTwoPassages + "\nSecond interview.\n", "interview");
    sub01 = import(QStringLiteral("sub01.txt"), kTwoPassages + "\nA submission.\n", "submission");
    auto project = open();
    for (const auto& [name, source, status, before, after] :
         {std::tuple{"A", "int01", "refugee", "2", "5"}, std::tuple{"B", "int02", "asylum", "4", "6"}}) {
        project->addCase(name);
        project->linkSource(name, source);
        project->setCaseAttribute(name, "status", status);
        project->setCaseAttribute(name, "friends_before", before, "integer");
        project->setCaseAttribute(name, "friends_after", after, "integer");
    }
    project->addCode("Housing");
    project->addCode("Language");
    const std::int64_t second = 43; // the second passage starts after "…college.\n\n"
    code(*project, int01, 0, 7, "Housing");
    code(*project, int01, 0, 20, "Language");
    code(*project, int01, second, second + 8, "Language");
    code(*project, int02, 0, 7, "Housing");
    code(*project, sub01, 0, 7, "Housing");
    code(*project, sub01, second, second + 8, "Language");
    project->loadFrameworks(write(QStringLiteral("demo.csv"), kFramework).toStdString());
    project->setValue({"demo:friends", "project", "2020", "", 3.1, 38, ""});
    project->setValue({"demo:friends", "project", "2021", "", 3.6, 40, ""});
    project->linkIndicator("Housing", "demo:friends");
}

} // namespace cairn::gui::test
