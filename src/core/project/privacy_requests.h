#pragma once
// What the privacy operations of Project take and return: pseudonym matches, redactions and
// identifier scans (project/privacy.cpp).

#include "privacy/identifier_detectors.h"
#include "project/coding_requests.h"
#include "store/privacy_store.h"

#include <cstdint>
#include <string>

namespace cairn::project {

/// A candidate or accepted occurrence of a registered name, with the text it covers.
struct PseudonymMatchView {
    store::PseudonymMatchRow match;
    std::string text;
};

struct RedactionRequest {
    std::string source; // GUID or name
    std::int64_t start = 0;
    std::int64_t end = 0;
    SpanUnit unit = SpanUnit::CodePoints;
    std::string replacement; // shown in brackets in exports
};

/// Something that looks like a direct identifier: in a source's text, or in a case's attribute value.
struct IdentifierReport {
    privacy::IdentifierKind kind;
    std::string source; // source name; empty for an attribute value
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string caseName; // for an attribute value
    std::string attribute;
    std::string masked; // the identifier with all but its last two characters masked
};

} // namespace cairn::project
