#pragma once
// What the document view shows of a source, and the mapping between its positions and the source's.
//
// The view's QTextDocument holds one block per passage, holding exactly the passage's text (line
// breaks inside a passage become U+2028, which is one UTF-16 unit too), so a document position is
// the passage's block start plus an offset that is also the offset into the source's UTF-16 text.
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

    /// Fills `document` with one block per passage, each laid out in its passage's direction.
    void fill(QTextDocument& document, const QFont& font) const;

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
};

/// "1:02:03" or "02:03" for a timestamp in milliseconds.
QString formatTimestamp(std::int64_t ms);

} // namespace cairn::gui
