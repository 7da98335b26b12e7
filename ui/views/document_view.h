#pragma once
// The reading and coding view of one source: its passages as blocks of a QTextDocument, speakers and
// timestamps in a gutter on the left, coding stripes in a margin on the right.
//
// Paged: the QTextDocument holds only a window of pages (DocumentContent's runs of passages) around
// what is in view, a page or more either side, so a jump far into a long transcript lays out a few
// pages instead of everything above its target. The scroll bar the reader sees spans the whole
// source, in characters; QTextEdit's own (hidden) one scrolls the window. When the view nears an
// edge of the window the window moves, keeping the passage at the top where it was on screen and the
// selection where it was in the source. Everything public speaks in whole-source positions.

#include "project/project.h"
#include "views/document_content.h"

#include <QColor>
#include <QScrollBar>
#include <QTextEdit>
#include <optional>
#include <vector>

namespace cairn::gui {

class SpeakerGutter;
class CodingStripes;

struct CodingMark {
    QString guid;
    QString codeGuid;
    QString codePath;
    QString coder;
    QString memo;
    QColor color;
    std::int64_t cpStart = 0; // as the core stores it
    std::int64_t cpEnd = 0;
    int docStart = 0; // whole-source document positions (DocumentContent's), not the window's
    int docEnd = 0;
    int lane = 0;
};

/// A selection in the source's own UTF-16 units (what Project::code takes with SpanUnit::Utf16).
struct SourceRange {
    qsizetype start = 0;
    qsizetype end = 0;
};

class DocumentView : public QTextEdit {
    Q_OBJECT
public:
    using ColorOf = std::function<QColor(const std::string& codeGuid)>;

    explicit DocumentView(QWidget* parent = nullptr);
    ~DocumentView() override;

    /// Shows a loaded source; `colorOf` gives each coding's stripe colour.
    void showSource(const LoadedSource& loaded, const ColorOf& colorOf);
    void clearSource();
    bool hasSource() const { return !m_content.sourceGuid().isEmpty(); }
    const DocumentContent& content() const { return m_content; }

    /// The selected text as a span of the source, or nullopt when nothing is selected.
    std::optional<SourceRange> selectedSourceRange() const;
    /// Selects code points [start, end) of the source and scrolls them to the middle of the view.
    void selectCodePoints(std::int64_t start, std::int64_t end);

    void addCoding(const project::CodingView& coding, const QColor& color);
    void setCodings(const std::vector<project::CodingView>& codings, const ColorOf& colorOf);
    const std::vector<CodingMark>& codings() const { return m_codings; }

    // For the margins.
    struct VisibleBlock {
        int passage = 0;
        int top = 0; // viewport coordinates
        int bottom = 0;
    };
    std::vector<VisibleBlock> visibleBlocks() const;
    /// The document positions in view, [first, last]; empty when nothing is shown.
    std::optional<std::pair<int, int>> visibleRange() const;
    /// Calls `visit` with each coding in view and its stripe's extent, (top, bottom) in viewport pixels.
    void forVisibleCodings(const std::function<void(const CodingMark&, int top, int bottom)>& visit) const;
    /// Where a coding's stripe runs, in viewport coordinates (top, bottom), when it is visible.
    std::optional<std::pair<int, int>> stripeExtent(const CodingMark& mark) const;
    const CodingMark* codingAt(const QPoint& stripesPos) const;
    int laneX(int lane) const;
    static constexpr int kStripeWidth = 5;
    /// The scroll bar the reader sees: it spans the whole source, one step per character.
    QScrollBar* sourceScrollBar() const { return m_sourceBar; }
    /// The passages in the QTextDocument now, [first, end).
    std::pair<int, int> windowPassages() const { return {m_windowFirst, m_windowEnd}; }
    /// The whole-source document position of a position in the QTextDocument, and back (clamped to
    /// the window).
    int toWhole(int windowPos) const { return windowPos + m_windowDocStart; }
    int toWindow(int wholePos) const;
    /// The MIME type of a code dragged from the codebook: its GUID in UTF-8.
    static QString codeMimeType() { return QStringLiteral("application/x-cairn-code"); }

signals:
    void codingClicked(const QString& codingGuid);
    void removeCodingRequested(const QString& codingGuid);
    void memoRequested(const QString& codingGuid);
    /// A code was dropped on the text: apply it to the selection.
    void codeDropped(const QString& codeGuid);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    friend class CodingStripes;
    void relayoutMargins();
    void refreshMargins();
    void assignLanes();
    /// Replaces the document with passages [first, end), laid out.
    void loadWindow(int firstPassage, int endPassage);
    /// Holds passages [first, end) in the document, extended to the current selection's passages.
    void setWindow(int firstPassage, int endPassage);
    /// Moves the window when the view has come within a page of its edge.
    void followView();
    void scrollToWhole(int wholePos);
    void syncSourceBar();
    /// The viewport y of the top (or bottom) of the laid-out line holding window position `windowPos`.
    int lineEdge(int windowPos, bool bottom) const;

    DocumentContent m_content;
    std::vector<CodingMark> m_codings; // sorted by docStart
    // m_reach[i]: the furthest docEnd among m_codings[0..i]. Non-decreasing, so the first coding that
    // can reach into the view is found by binary search instead of a scan from the document's start.
    std::vector<int> m_reach;
    SpeakerGutter* m_gutter = nullptr;
    CodingStripes* m_stripes = nullptr;
    QScrollBar* m_sourceBar = nullptr;
    int m_windowFirst = 0; // passages in the document: [m_windowFirst, m_windowEnd)
    int m_windowEnd = 0;
    int m_windowDocStart = 0; // whole-source position of the document's first character
    bool m_moving = false; // true while the window or the source bar is being set, not scrolled by the user
    bool m_followQueued = false;
};

} // namespace cairn::gui
