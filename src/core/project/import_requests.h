#pragma once
// What the import and exchange operations of Project take and return: files, survey exports and
// REFI-QDA projects (project/source_import.cpp,
// project/survey_import.cpp, project/qdpx_import.cpp, project/qdpx_export.cpp).

#include "privacy/identifier_detectors.h"
#include "store/source_store.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cairn::project {

struct ImportRequest {
    std::string path;
    std::string name; // source name; defaults to the file name without its folder
    std::string kind = "document";
    std::string caseName;        // link the source to this case (created if missing)
    std::string lang;            // BCP 47 tag forced on every passage; empty: detect per passage
    std::string encoding;        // forced text encoding; empty: detect
    std::string layout = "auto"; // transcript layout: auto, none, or a layout name
    bool allowDuplicate = false;
};

struct ImportResult {
    store::SourceRow source;
    std::string encoding;
    std::string layout;
    std::vector<std::string> warnings;
    std::vector<privacy::IdentifierFinding> identifiers; // what looks like an NHS number, email… in the text
};

struct SurveyRequest {
    std::string path;
    std::string idColumn;
    std::vector<std::string> textColumns;                   // open answers: one source per non-empty answer
    std::vector<std::pair<std::string, std::string>> types; // column → type overrides
    std::string kind = "survey-response";
    std::string encoding;
    std::string caseKind = "participant";
    bool allowDuplicate = false;
};

struct SurveyColumnReport {
    std::string name;
    std::string type;
    std::int64_t missing = 0;
    bool openAnswer = false;
};

struct SurveyResult {
    std::int64_t cases = 0;
    std::int64_t sources = 0;
    std::int64_t values = 0;
    std::vector<SurveyColumnReport> columns;
    std::vector<std::string> warnings;
};

/// A survey export's columns as the import would see them, before anything is written.
struct SurveyPreview {
    std::int64_t rows = 0;
    std::vector<SurveyColumnReport> columns; // every column, in file order; openAnswer: looks like one
};

/// What a REFI-QDA exchange carried, and what it could not.
struct ExchangeReport {
    std::int64_t sources = 0;
    std::int64_t codes = 0;
    std::int64_t codings = 0;
    std::int64_t cases = 0;
    std::int64_t memos = 0;
    std::int64_t users = 0;
    std::vector<std::string> repairs;  // what was changed to make the file fit (import)
    std::vector<std::string> problems; // what could not be carried, one line each
};

} // namespace cairn::project
