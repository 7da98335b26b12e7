#pragma once
// Writes tiny but valid PDF files for tests: Helvetica text lines on US Letter pages, with a correct
// cross-reference table, so PDF import is tested on files whose content the test states, with no
// binary fixtures to trust. Also pages with no text at all (what a scan without OCR looks like) and a
// file whose password is unknown.

#include <string>
#include <vector>

namespace cairn::test {

struct PdfOptions {
    std::string title; // the document information /Title; none when empty
    double fontSize = 12;
    double leading = 14;                    // distance between baselines
    bool lockedWithUnknownPassword = false; // adds a standard security handler no empty password opens
};

/// One page per element; each string is one line of ASCII text, drawn top-down from the top margin.
/// An empty string leaves a line's height empty (a paragraph gap).
std::string makeTextPdf(const std::vector<std::vector<std::string>>& pages, const PdfOptions& options = {});

/// Pages that only paint a grey rectangle: no text operators at all.
std::string makeNoTextPdf(int pages = 1);

} // namespace cairn::test
