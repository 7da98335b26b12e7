#include "views/document_content.h"

#include "text/script_direction.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace cairn::gui {

DocumentContent::DocumentContent(const LoadedSource& loaded)
    : m_guid(QString::fromStdString(loaded.source.guid)), m_name(QString::fromStdString(loaded.source.name)),
      m_text(QString::fromStdString(loaded.text)), m_offsets(m_text) {
    m_passages.reserve(loaded.passages.size());
    int docPos = 0;
    qsizetype pageChars = 0;
    for (const auto& row : loaded.passages) {
        ShownPassage passage;
        passage.sourceStart = m_offsets.toUtf16(row.cpStart);
        passage.sourceEnd = std::max(passage.sourceStart, m_offsets.toUtf16(row.cpEnd));
        passage.docStart = docPos;
        passage.speaker = QString::fromStdString(row.speaker);
        passage.timeStartMs = row.timeStartMs;
        passage.lang = QString::fromStdString(row.lang);
        passage.direction = passageDirection(
            passage.lang, m_text.mid(passage.sourceStart, passage.sourceEnd - passage.sourceStart));
        const auto length = passage.sourceEnd - passage.sourceStart;
        if (m_pageStarts.empty() ||
            static_cast<int>(m_passages.size()) - m_pageStarts.back() >= kPagePassages ||
            pageChars + length > kPageChars) {
            m_pageStarts.push_back(static_cast<int>(m_passages.size()));
            pageChars = 0;
        }
        pageChars += length;
        docPos += static_cast<int>(length) + 1; // +1: the block separator
        m_passages.push_back(std::move(passage));
    }
    m_documentLength = std::max(0, docPos - 1);
}

int DocumentContent::pageStart(int page) const {
    if (page >= pageCount()) return static_cast<int>(m_passages.size());
    return m_pageStarts[static_cast<std::size_t>(std::max(0, page))];
}

int DocumentContent::pageOf(int passage) const {
    const auto after = std::upper_bound(m_pageStarts.begin(), m_pageStarts.end(), passage);
    return after == m_pageStarts.begin() ? 0 : static_cast<int>(after - m_pageStarts.begin()) - 1;
}

void DocumentContent::fill(QTextDocument& document, const QFont& font, int firstPassage,
                           int endPassage) const {
    document.clear();
    document.setUndoRedoEnabled(false);
    document.setDefaultFont(font);
    // One insertText of the whole text, passages separated by U+2029 (each starts a block carrying
    // the block format in force), is several times faster than a block and an insert per passage:
    // the document's bookkeeping and change signals run once, not once per passage. Only the
    // passages that are not left to right need a format of their own afterwards.
    const auto first = m_passages.begin() + std::clamp(firstPassage, 0, static_cast<int>(m_passages.size()));
    const auto end = m_passages.begin() + std::clamp(endPassage, 0, static_cast<int>(m_passages.size()));
    QString text;
    qsizetype length = 0;
    for (auto passage = first; passage < end; ++passage)
        length += passage->sourceEnd - passage->sourceStart + 1;
    text.reserve(length);
    for (auto passage = first; passage < end; ++passage) {
        if (passage != first) text += QChar::ParagraphSeparator;
        text += QStringView(m_text).mid(passage->sourceStart, passage->sourceEnd - passage->sourceStart);
    }
    // Line breaks inside a passage stay inside its block (U+2028, one UTF-16 unit as \n is).
    for (auto& c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) c = QChar::LineSeparator;
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    QTextBlockFormat format;
    format.setLayoutDirection(Qt::LeftToRight);
    format.setBottomMargin(8);
    cursor.setBlockFormat(format);
    cursor.insertText(text);
    QTextBlock block = document.begin();
    for (auto passage = first; passage < end; ++passage) {
        if (passage->direction != Qt::LeftToRight) {
            QTextCursor at(block);
            format.setLayoutDirection(passage->direction);
            at.setBlockFormat(format);
        }
        block = block.next();
    }
    cursor.endEditBlock();
}

int DocumentContent::passageAt(int pos) const {
    if (m_passages.empty()) return -1;
    const auto after =
        std::upper_bound(m_passages.begin(), m_passages.end(), pos,
                         [](int p, const ShownPassage& passage) { return p < passage.docStart; });
    return after == m_passages.begin() ? 0 : static_cast<int>(after - m_passages.begin()) - 1;
}

qsizetype DocumentContent::toSource(int docPos) const {
    const int index = passageAt(docPos);
    if (index < 0) return 0;
    const auto& passage = m_passages[static_cast<std::size_t>(index)];
    const auto offset =
        std::clamp<qsizetype>(docPos - passage.docStart, 0, passage.sourceEnd - passage.sourceStart);
    return passage.sourceStart + offset;
}

int DocumentContent::toDocument(qsizetype sourcePos) const {
    if (m_passages.empty()) return 0;
    const auto after =
        std::upper_bound(m_passages.begin(), m_passages.end(), sourcePos,
                         [](qsizetype p, const ShownPassage& passage) { return p < passage.sourceStart; });
    if (after == m_passages.begin()) return 0;
    const auto& passage = *std::prev(after);
    const auto offset = std::min(sourcePos - passage.sourceStart, passage.sourceEnd - passage.sourceStart);
    return passage.docStart + static_cast<int>(offset);
}

QString formatTimestamp(std::int64_t ms) {
    const auto seconds = ms / 1000;
    const auto h = seconds / 3600;
    const auto m = (seconds / 60) % 60;
    const auto s = seconds % 60;
    const auto two = [](std::int64_t v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(s))
                 : QStringLiteral("%1:%2").arg(two(m), two(s));
}

} // namespace cairn::gui
