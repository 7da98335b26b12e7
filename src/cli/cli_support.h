#pragma once
// What every verb shares: opening the project named on the command line, printing JSON and tables,
// and the exit codes that are part of the CLI's contract:
//   0 ok · 1 bad input (stderr names the file and what is wrong) · 2 usage · 3 project locked or too
//   new · 4 project damaged.

#include "project/project.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cairn::cli {

enum ExitCode { kOk = 0, kBadInput = 1, kUsage = 2, kLockedOrTooNew = 3, kDamaged = 4 };

/// Thrown by a verb to end with a given exit code after it has printed its own report.
struct ExitWith {
    int code;
};

std::unique_ptr<project::Project> openProject(const std::string& path, bool readOnly);

void printJson(const nlohmann::json& value);

/// Prints rows as an aligned text table with a header.
void printTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

/// The JSON forms that are part of the contract (field names must never change).
nlohmann::json sourceJson(const store::SourceRow& s);
nlohmann::json passageJson(const store::PassageRow& p);
/// {guid, code, source, start, end, coder, text, memo, …}: `code` is the code's path, `source` the
/// source's name.
nlohmann::json codingJson(const project::CodingView& v);
nlohmann::json caseJson(const store::CaseRow& c, const std::vector<store::AttributeRow>& attributes);

/// {"email": 2, "nhs-number": 1, …} and "2 emails, 1 NHS number" forms of identifier findings.
nlohmann::json identifierCounts(const std::vector<privacy::IdentifierFinding>& findings);
std::string describeIdentifiers(const std::vector<privacy::IdentifierFinding>& findings);

/// For verbs with actions (codebook, memo, case): turns `cairn VERB PROJECT ACTION …` into
/// `cairn VERB ACTION PROJECT …`, the order the parser declares; other command lines are unchanged.
std::vector<char*> projectFirstToActionFirst(const CLI::App& app, std::vector<char*> args);

/// Adds the common `PROJECT` positional argument.
CLI::Option* addProjectArgument(CLI::App& command, std::string& path);

} // namespace cairn::cli
