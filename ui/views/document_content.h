#pragma once
// What the document view shows of a source, and the mapping between its positions and the source's.
//
// The view's QTextDocument holds one block per passage, holding exactly the passage's text (line
// breaks inside a passage become U+2028, which is one UTF-16 unit too), so a document position is
// the passage's block start plus an offset that is also the offset into the source's UTF-16 text.
// Document positions here are those of the whole source shown at once; the view holds only a window
// of pages (runs of consecutive passages) in its QTextDocument and subtracts the window's start.
// Text between passages (blank lines, a speaker's "Name:" label) is not shown; a position there maps
// to the nearest passage edge. Speakers and timestamps are painted in a gutter, not inserted into
// the text, so that they never shift an offset.

#include "jobs/source_load_job.h"
#include "text/offsets.h"

#include <QString>
#include <optional>
#include <vector>

class QFont;
class QTextDocument;

namespace cairn::gui {

struct ShownPassage {
    qsizetype sourceStart = 0; // UTF-16 into the source text
    qsizetype sourceEnd = 0;
    int docStart = 0; // where its block starts in the QTextDocument
    QString speaker;
    std::optional<std::int64_t> timeStartMs;
    QString lang;
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

class DocumentContent {
public:
    DocumentContent() = default;
    explicit DocumentContent(const LoadedSource& loaded);

    const QString& sourceGuid() const { return m_guid; }
    const QString& sourceName() const { return m_name; }
    const std::vector<ShownPassage>& passages() const { return m_passages; }
    const Utf16Offsets& offsets() const { return m_offsets; }

    /// Fills `document` with one block per passage of [firstPassage, endPassage), each laid out in its
    /// passage's direction.
    void fill(QTextDocument& document, const QFont& font, int firstPassage, int endPassage) const;

    // Pages: runs of consecutive passages, at most kPagePassages passages and about kPageChars
    // characters each (a longer passage is a page of its own), the unit the view loads and drops.
    static constexpr int kPagePassages = 64;
    static constexpr qsizetype kPageChars = 6000;
    int pageCount() const { return static_cast<int>(m_pageStarts.size()); }
    /// The first passage of page `page`; pageCount() gives the passage count.
    int pageStart(int page) const;
    int pageOf(int passage) const;
    /// The length of the whole document: every passage's block and its separator.
    int documentLength() const { return m_documentLength; }

    /// The passage shown at document position `pos` (nearest before it), or -1 when there is none.
    int passageAt(int pos) const;
    /// Source UTF-16 position of a document position.
    qsizetype toSource(int docPos) const;
    /// Document position of a source UTF-16 position (the nearest shown one when it falls between).
    int toDocument(qsizetype sourcePos) const;
    /// Document position of a code point of the source.
    int codePointToDocument(std::int64_t cp) const { return toDocument(m_offsets.toUtf16(cp)); }

private:
    QString m_guid;
    QString m_name;
    QString m_text;
    Utf16Offsets m_offsets;
    std::vector<ShownPassage> m_passages;
    std::vector<int> m_pageStarts; // the first passage of each page
    int m_documentLength = 0;
};

/// "1:02:03" or "02:03" for a timestamp in milliseconds.
QString formatTimestamp(std::int64_t ms);

} // namespace cairn::gui
