#pragma once
// The reading and coding view of one source: its passages as blocks of a QTextDocument (laid out
// lazily by Qt's document layout, visible part first, so a long transcript shows at once), speakers
// and timestamps in a gutter on the left, coding stripes in a margin on the right.

#include "project/project.h"
#include "views/document_content.h"

#include <QColor>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
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
    int docStart = 0;
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
    /// True once the whole document is laid out (it is, in slices, while the event loop is idle).
    bool isFullyLaidOut() const { return !m_layoutAhead.isActive(); }
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
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    friend class CodingStripes;
    void relayoutMargins();
    void refreshMargins();
    void assignLanes();
    void layOutAhead();

    DocumentContent m_content;
    std::vector<CodingMark> m_codings; // sorted by docStart
    // m_reach[i]: the furthest docEnd among m_codings[0..i]. Non-decreasing, so the first coding that
    // can reach into the view is found by binary search instead of a scan from the document's start.
    std::vector<int> m_reach;
    SpeakerGutter* m_gutter = nullptr;
    CodingStripes* m_stripes = nullptr;
    // Lays the document out ahead of the reader in slices of a few milliseconds while the event loop
    // is idle, so a later jump far into a long transcript finds its text laid out already.
    QTimer m_layoutAhead;
    QTextBlock m_laidOutTo;
};

} // namespace cairn::gui
