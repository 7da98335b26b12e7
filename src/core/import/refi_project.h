#pragma once
// REFI-QDA (QDA-XML 1.0) content as plain data: what the `.qdc` and `.qdpx` readers produce and the
// writers in export/ consume. It knows nothing of the project file; project/ maps between this and
// the store. Positions are always Cairn's: code points into the NFC text, half-open [start, end).
// The readers convert whatever a file used (UTF-16 units, a BOM, CRLF) and say so in `repairs`.
// Every struct compares field by field (==), which is how round trips are checked.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::import {

struct RefiCode {
    std::string guid;
    std::string name;
    std::string color;       // "#RRGGBB" or empty
    std::string description; // Cairn writes definition, inclusion, exclusion and example here
    bool codable = true;
    std::vector<RefiCode> children;
    std::vector<std::string> noteGuids; // memos on the code (NoteRef; only a project can hold them)

    friend bool operator==(const RefiCode&, const RefiCode&) = default;
};

struct RefiCodebook {
    std::string origin;
    std::vector<RefiCode> codes;
    /// What readQdc changed to make the file fit (ids replaced, names made unique, colours dropped);
    /// one line each, for the user. readQdpx reports in RefiProject's lists instead.
    std::vector<std::string> repairs;
    /// What readQdc could not keep (code sets, which Cairn does not have); one line each.
    std::vector<std::string> problems;

    friend bool operator==(const RefiCodebook&, const RefiCodebook&) = default;
};

struct RefiUser {
    std::string guid;
    std::string name;

    friend bool operator==(const RefiUser&, const RefiUser&) = default;
};

struct RefiCoding {
    std::string guid;
    std::string codeGuid;
    std::string userGuid;     // empty when the file names no creating user
    std::string creationTime; // xsd:dateTime as written, empty when absent
    std::vector<std::string> noteGuids;
    /// Cairn's coding weight, when one was given. REFI-QDA has no weights: writers drop it and warn.
    std::optional<double> weight;

    friend bool operator==(const RefiCoding&, const RefiCoding&) = default;
};

struct RefiSelection {
    std::string guid;
    std::string name;
    std::int64_t start = 0; // code points into RefiSource::text
    std::int64_t end = 0;
    std::string userGuid;
    std::string creationTime;
    std::string description; // a comment on the selection (some tools write memos here)
    std::vector<RefiCoding> codings;
    std::vector<std::string> noteGuids;

    friend bool operator==(const RefiSelection&, const RefiSelection&) = default;
};

struct RefiSource {
    std::string guid;
    std::string name;
    std::string text; // NFC, LF line ends, no BOM
    std::string description;
    std::vector<RefiSelection> selections;
    std::vector<std::string> noteGuids;
    std::string userGuid;     // the creating user, empty when unknown
    std::string creationTime; // xsd:dateTime as written, empty when absent

    friend bool operator==(const RefiSource&, const RefiSource&) = default;
};

enum class RefiVariableType { Text, Boolean, Integer, Float, Date, DateTime };

struct RefiVariable {
    std::string guid;
    std::string name;
    RefiVariableType type = RefiVariableType::Text;
    std::string description;

    friend bool operator==(const RefiVariable&, const RefiVariable&) = default;
};

struct RefiVariableValue {
    std::string variableGuid;
    std::string value; // the text form of the value, as written

    friend bool operator==(const RefiVariableValue&, const RefiVariableValue&) = default;
};

struct RefiCase {
    std::string guid;
    std::string name;
    std::string description;
    std::vector<RefiVariableValue> values;
    std::vector<std::string> sourceGuids;

    friend bool operator==(const RefiCase&, const RefiCase&) = default;
};

struct RefiNote {
    std::string guid;
    std::string name;
    std::string text;
    std::string userGuid;
    std::string creationTime;
    std::string modifiedTime;

    friend bool operator==(const RefiNote&, const RefiNote&) = default;
};

struct RefiProject {
    std::string name;
    std::string origin;
    std::string creationTime;
    std::vector<RefiUser> users;
    RefiCodebook codebook;
    std::vector<RefiVariable> variables;
    std::vector<RefiCase> cases;
    std::vector<RefiSource> sources;
    std::vector<RefiNote> notes;
    std::vector<std::string> projectNoteGuids; // NoteRef children of Project: free-standing journal notes
    /// What the reader changed to make the file fit (positions converted from UTF-16 units, ids replaced,
    /// duplicate names renamed); one line each, for the user.
    std::vector<std::string> repairs;
    /// What could not be placed or represented (a selection outside its text, a missing source file);
    /// one line each, quoting the text involved where there is some.
    std::vector<std::string> problems;
    std::string description; // the project's Description

    friend bool operator==(const RefiProject&, const RefiProject&) = default;
};

} // namespace cairn::import
