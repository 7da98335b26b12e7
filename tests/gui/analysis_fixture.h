#pragma once
// A small project whose analyses are worked out by hand, for the Indicators and Analysis views:
//   int01 (interview, case A: status refugee, friends 2 → 5): Housing and Language in its first
//         passage, Language again in its second;
//   int02 (interview, case B: status asylum, friends 4 → 6): Housing in its first passage;
//   sub01 (submission, no case): Housing in its first passage, Language in its second.
// So Housing applies to 2 of 2 interviews and 1 of 1 submission, Language to 1 of 2 and 1 of 1;
// Housing and Language share one passage; the paired mean difference is (3 + 2) / 2 = 2.5.
// A framework "demo" has a domain "bridges" with an indicator "friends" (values 3.1 in 2020 and
// 3.6 in 2021 for the project) linked to Housing.

#include "gui_fixture.h"

namespace cairn::gui::test {

struct AnalysisProject : TestProject {
    AnalysisProject();
    std::string int01, int02, sub01; // GUIDs
};

/// The first and second passages of every fixture source (a third names the source).
extern const std::string kTwoPassages;

} // namespace cairn::gui::test
