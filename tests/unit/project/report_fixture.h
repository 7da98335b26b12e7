#pragma once
// A project for report tests: participants in every consent state (quote, anonymous, none, withdrawn,
// never recorded), an organisation with a place, names registered as pseudonyms and found in mutated
// and inflected forms ("Nghaerdydd" for "Caerdydd"), a sensitive attribute, a Persian submission, and a
// folder code whose sub-codes are coded. Shared by the project tests and the CLI tests of `report`.
//
// Barriers (folder) / Language: every source but gwen and ivy; Barriers / Housing: ivy.
//   interviews: amira (anonymous), ben (quote, place Swansea), karim (withdrawn), dana (none), gwen
//   (quote, not coded) → Language in 3 of 4 interviews (Karim, who withdrew, leaves both numbers).
//   submissions: eli (consent never recorded), hope (organisation, quote, place Wrexham), farid
//   (anonymous, Persian), ivy (no case) → Language in 3 of 4 submissions, Barriers in 4 of 4.
//   status: refugee = Amira, Ben, Eli, Gwen (Language: 3 of 4); asylum seeker = Karim (withdrawn), Dana (1 of
//   1).

#include "project_fixture.h"

#include <string>
#include <vector>

namespace cairn::test {

struct ReportFixture : ProjectFixture {
    ReportFixture() {
        import(
            "amira",
            "Amira: Dw i'n byw yng Nghaerdydd nawr, gyda fy mrawd Yusuf. The English class list was long.\n",
            "interview", "Amira");
        import("ben", "Ben: English classes in Newport were full, so I asked Refugee Action for help.\n",
               "interview", "Ben");
        import("karim", "Karim: I left the study. My story of the boat stays with me.\n", "interview",
               "Karim");
        import("dana", "Dana: The waiting list for English was two years.\n", "interview", "Dana");
        import("gwen", "Gwen: We talked about the weather.\n", "interview", "Gwen");
        import("eli", "Eli: English lessons at the library helped.\n", "submission", "Eli");
        project->addCase("Hope Trust", "organisation");
        import("hope", "We run English conversation clubs every week.\n", "submission", "Hope Trust");
        import(
            "farid",
            "کلاس‌های زبان انگلیسی خیلی شلوغ است و فهرست انتظار "
            "طولانی "
            "است.\n",
            "submission", "Farid");
        import("ivy", "Housing in the area was damp and cold.\n", "submission");
        project->setConsent("Amira", "anonymous");
        project->setConsent("Ben", "quote");
        project->setConsent("Karim", "withdrawn", "2026-02-01", "asked by phone");
        project->setConsent("Dana", "none");
        project->setConsent("Gwen", "quote");
        project->setConsent("Hope Trust", "quote");
        project->setConsent("Farid", "anonymous");
        project::CodeFields folder;
        folder.codable = false;
        project->addCode("Barriers", folder);
        project->addCode("Barriers/Language");
        project->addCode("Barriers/Housing");
        for (const auto* source : {"amira", "ben", "karim", "dana", "eli", "hope", "farid"})
            code(source, 0, project->source(source).chars, "Barriers/Language");
        code("ivy", 0, project->source("ivy").chars, "Barriers/Housing");
        for (const auto* name : {"Amira", "Ben", "Eli", "Gwen"})
            project->setCaseAttribute(name, "status", "refugee");
        for (const auto* name : {"Karim", "Dana"})
            project->setCaseAttribute(name, "status", "asylum seeker");
        project->setCaseAttribute("Ben", "place", "Swansea");
        project->setCaseAttribute("Hope Trust", "place", "Wrexham");
        project->setCaseAttribute("Amira", "ho_ref", "B1234567");
        project->setAttributeSensitive("ho_ref", true);
        project->addPseudonym("Amira", "Participant 7", "case");
        project->addPseudonym("Caerdydd", "city in Wales");
        project->addPseudonym("Newport", "town in Wales");
        project->addPseudonym("Yusuf", "brother");
        project->addPseudonym("Refugee Action", "support organisation");
        project->suggestPseudonyms();
        project->applyPseudonyms();
    }

    /// What must never appear in a report made with privacy rules applied: real names and places that
    /// are registered, the withdrawn participant's words, words of those who did not or have not yet
    /// consented, and the sensitive attribute's value.
    static std::vector<std::string> secrets() {
        return {"Amira", "Nghaerdydd", "Caerdydd", "Newport",   "Yusuf",   "Refugee Action",
                "Karim", "boat",       "Dana",     "two years", "library", "B1234567"};
    }
    /// The published forms of the quotes that may appear.
    static std::vector<std::string> publishedQuotes() {
        return {
            "[Participant 7]: Dw i'n byw yng [city in Wales] nawr, gyda fy mrawd [brother].",
            "Ben: English classes in [town in Wales] were full, so I asked [support organisation] for help.",
            "We run English conversation clubs every week."};
    }
};

} // namespace cairn::test
