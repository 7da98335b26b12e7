#pragma once
// What Cairn keeps that REFI-QDA has no element for, carried in Description text as lines of the form
// "Cairn kind: interview" or "Cairn consent: anonymous". Other tools show them as ordinary text; Cairn
// reads them back when it imports its own export, so a round trip keeps a case's kind and consent and a
// source's kind. Lines without the prefix are the description proper.

#include "store/case_store.h"
#include "store/source_store.h"

#include <string>
#include <string_view>

namespace cairn::project {

std::string caseDescription(const store::CaseRow& c);
std::string sourceDescription(const store::SourceRow& s);
/// The title of a case memo exported as a project note, naming the case.
std::string caseMemoTitle(const std::string& caseName, const std::string& title);

struct CarriedFields {
    std::string description; // the lines that are not Cairn's
    std::string kind;
    std::string consent;
    std::string consentDate;
    std::string consentNote;
};

CarriedFields readCarriedFields(std::string_view description);

} // namespace cairn::project
