#include "views/document_view.h"

#include "views/coding_lanes.h"
#include "views/document_margins.h"

#include <QAbstractTextDocumentLayout>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextLayout>
#include <algorithm>

namespace cairn::gui {

namespace {
constexpr int kMaxLanes = 8;
constexpr int kLaneGap = 2;
// Pages kept in the document beyond those in view, above and below: more than a screenful, so
// scrolling by wheel or keys never reaches the window's edge before the window moves.
constexpr int kWindowMarginPages = 1;
} // namespace

DocumentView::DocumentView(QWidget* parent)
    : QTextEdit(parent), m_gutter(new SpeakerGutter(this)), m_stripes(new CodingStripes(this)),
      m_sourceBar(new QScrollBar(Qt::Vertical, this)) {
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    document()->setUndoRedoEnabled(false);
    // Read-only, but a code dragged from the codebook may land here (it codes the selection; the
    // drop never moves the caret, so the selection stays what the user made).
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    // QTextEdit's own bar still scrolls the window (wheel, keys, a selection dragged past the edge);
    // the reader sees and drags the one over the whole source.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sourceBar->setRange(0, 0);
    m_sourceBar->setAccessibleName(tr("Position in the source"));
    connect(m_sourceBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_moving) scrollToWhole(value);
    });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &DocumentView::refreshMargins);
    relayoutMargins();
}

DocumentView::~DocumentView() = default;

void DocumentView::showSource(const LoadedSource& loaded, const ColorOf& colorOf) {
    m_content = DocumentContent(loaded);
    m_codings.clear();
    loadWindow(0, m_content.pageStart(1 + kWindowMarginPages));
    setCodings(loaded.codings, colorOf);
    verticalScrollBar()->setValue(0);
    syncSourceBar();
}

void DocumentView::clearSource() {
    m_content = DocumentContent();
    m_codings.clear();
    m_reach.clear();
    loadWindow(0, 0);
    relayoutMargins();
    syncSourceBar();
}

void DocumentView::loadWindow(int firstPassage, int endPassage) {
    const QScopedValueRollback moving(m_moving, true);
    // The same document refilled (one insertText of a few pages is quicker than removing and
    // inserting blocks at both ends): a fresh QTextDocument would look up its fonts, and the fallback
    // fonts of every script and emoji in the text, again each time the window moves.
    auto* doc = document();
    m_content.fill(*doc, font(), firstPassage, endPassage);
    const auto& passages = m_content.passages();
    m_windowFirst = firstPassage;
    m_windowEnd = std::max(firstPassage, endPassage);
    m_windowDocStart = firstPassage < static_cast<int>(passages.size())
                           ? passages[static_cast<std::size_t>(firstPassage)].docStart
                           : 0;
    // Lay the window out now (asking for the last block's rectangle lays out every block up to it):
    // the hidden bar's range must cover the whole window before the view scrolls within it. A few
    // pages take a few milliseconds.
    doc->documentLayout()->blockBoundingRect(doc->lastBlock());
}

int DocumentView::toWindow(int wholePos) const {
    return std::clamp(wholePos - m_windowDocStart, 0, std::max(0, document()->characterCount() - 1));
}

void DocumentView::setWindow(int firstPassage, int endPassage) {
    const auto cursor = textCursor();
    const int anchor = toWhole(cursor.anchor());
    const int position = toWhole(cursor.position());
    if (cursor.hasSelection()) {
        // The selection stays whole, however far the reader scrolls from where it began.
        firstPassage = std::min(firstPassage, m_content.passageAt(std::min(anchor, position)));
        endPassage = std::max(endPassage, m_content.passageAt(std::max(anchor, position)) + 1);
    }
    const int passageCount = static_cast<int>(m_content.passages().size());
    firstPassage = std::clamp(firstPassage, 0, passageCount);
    endPassage = std::clamp(endPassage, firstPassage, passageCount);
    if (firstPassage == m_windowFirst && endPassage == m_windowEnd) return;
    const QScopedValueRollback moving(m_moving, true);
    const auto blocks = visibleBlocks();
    loadWindow(firstPassage, endPassage);
    QTextCursor restored(document());
    restored.setPosition(toWindow(anchor));
    restored.setPosition(toWindow(position), QTextCursor::KeepAnchor);
    setTextCursor(restored);
    // The passage at the top of the view stays where it was on screen.
    if (!blocks.empty() && blocks.front().passage >= m_windowFirst && blocks.front().passage < m_windowEnd) {
        const auto block = document()->findBlockByNumber(blocks.front().passage - m_windowFirst);
        const auto top = document()->documentLayout()->blockBoundingRect(block).top();
        verticalScrollBar()->setValue(static_cast<int>(top) - blocks.front().top);
    }
    refreshMargins();
}

void DocumentView::followView() {
    m_followQueued = false;
    const auto blocks = visibleBlocks();
    if (blocks.empty()) return;
    const int passageCount = static_cast<int>(m_content.passages().size());
    const int firstPage = m_content.pageOf(blocks.front().passage);
    const int lastPage = m_content.pageOf(blocks.back().passage);
    const bool nearTop =
        m_windowFirst > 0 && firstPage - m_content.pageOf(m_windowFirst) < kWindowMarginPages;
    const bool nearBottom =
        m_windowEnd < passageCount && m_content.pageOf(m_windowEnd - 1) - lastPage < kWindowMarginPages;
    if (!nearTop && !nearBottom) return;
    setWindow(m_content.pageStart(firstPage - kWindowMarginPages),
              m_content.pageStart(lastPage + 1 + kWindowMarginPages));
    syncSourceBar();
}

void DocumentView::scrollToWhole(int wholePos) {
    if (!hasSource()) return;
    {
        const QScopedValueRollback moving(m_moving, true);
        const auto& passages = m_content.passages();
        const int passage = m_content.passageAt(wholePos);
        const int page = m_content.pageOf(passage);
        // The target's page starts the view, which may run into the next page: both, and a margin
        // either side, so that followView() below has nothing to move.
        if (passage < m_windowFirst || passage >= m_windowEnd)
            setWindow(m_content.pageStart(page - kWindowMarginPages),
                      m_content.pageStart(page + 2 + kWindowMarginPages));
        auto* bar = verticalScrollBar();
        if (wholePos >= m_sourceBar->maximum() && m_windowEnd == static_cast<int>(passages.size())) {
            bar->setValue(bar->maximum()); // the end of the source, as the bar's end promises
        } else {
            // Into the passage by the share of its characters above the target.
            const auto& shown = passages[static_cast<std::size_t>(passage)];
            const auto rect = document()->documentLayout()->blockBoundingRect(
                document()->findBlockByNumber(passage - m_windowFirst));
            const double share = static_cast<double>(wholePos - shown.docStart) /
                                 static_cast<double>(shown.sourceEnd - shown.sourceStart + 1);
            bar->setValue(static_cast<int>(rect.top() + std::clamp(share, 0.0, 1.0) * rect.height()));
        }
    }
    refreshMargins();
    followView();
}

void DocumentView::syncSourceBar() {
    const QScopedValueRollback moving(m_moving, true);
    const auto blocks = visibleBlocks();
    const auto& passages = m_content.passages();
    int inView = 0;
    for (const auto& block : blocks) {
        const auto& shown = passages[static_cast<std::size_t>(block.passage)];
        inView += static_cast<int>(shown.sourceEnd - shown.sourceStart) + 1;
    }
    const int total = m_content.documentLength();
    const int page = std::clamp(inView, 1, std::max(1, total));
    m_sourceBar->setPageStep(page);
    m_sourceBar->setSingleStep(std::max(1, page / 20));
    m_sourceBar->setRange(0, std::max(0, total - page));
    if (blocks.empty() || m_sourceBar->isSliderDown()) return; // a drag sets the value, not the view
    const auto* bar = verticalScrollBar();
    if (m_windowEnd == static_cast<int>(passages.size()) && bar->value() >= bar->maximum()) {
        m_sourceBar->setValue(m_sourceBar->maximum());
        return;
    }
    const auto& top = blocks.front();
    const auto& shown = passages[static_cast<std::size_t>(top.passage)];
    const double above =
        std::clamp(static_cast<double>(-top.top) / std::max(1, top.bottom - top.top), 0.0, 1.0);
    m_sourceBar->setValue(
        shown.docStart +
        static_cast<int>(above * static_cast<double>(shown.sourceEnd - shown.sourceStart + 1)));
}

std::optional<SourceRange> DocumentView::selectedSourceRange() const {
    const auto cursor = textCursor();
    if (!cursor.hasSelection() || !hasSource()) return std::nullopt;
    const auto start = m_content.toSource(toWhole(cursor.selectionStart()));
    const auto end = m_content.toSource(toWhole(cursor.selectionEnd()));
    if (end <= start) return std::nullopt;
    return SourceRange{start, end};
}

void DocumentView::selectCodePoints(std::int64_t start, std::int64_t end) {
    if (!hasSource()) return;
    const int from = m_content.codePointToDocument(start);
    const int to = m_content.codePointToDocument(end);
    {
        const QScopedValueRollback moving(m_moving, true);
        // Drop the old selection first, so that it does not hold the window open where it was.
        setTextCursor(QTextCursor(document()));
        const int first = m_content.passageAt(from);
        const int last = m_content.passageAt(to);
        if (first < m_windowFirst || last >= m_windowEnd)
            setWindow(m_content.pageStart(m_content.pageOf(first) - kWindowMarginPages),
                      m_content.pageStart(m_content.pageOf(last) + 1 + kWindowMarginPages));
        QTextCursor cursor(document());
        cursor.setPosition(toWindow(from));
        cursor.setPosition(toWindow(to), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        const auto rect = cursorRect(cursor);
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.center().y() -
                                      viewport()->height() / 2);
    }
    refreshMargins();
    followView();
    syncSourceBar();
}

void DocumentView::keyPressEvent(QKeyEvent* event) {
    // The start and end of the document are the source's, not the window's: bring them in first
    // (with the selection's anchor, kept by setWindow) and let QTextEdit move the caret there.
    const int passageCount = static_cast<int>(m_content.passages().size());
    if (event->matches(QKeySequence::MoveToStartOfDocument) ||
        event->matches(QKeySequence::SelectStartOfDocument))
        setWindow(0, std::max(m_content.pageStart(1 + kWindowMarginPages),
                              event->matches(QKeySequence::SelectStartOfDocument) ? m_windowEnd : 0));
    else if (event->matches(QKeySequence::MoveToEndOfDocument) ||
             event->matches(QKeySequence::SelectEndOfDocument))
        setWindow(std::min(m_content.pageStart(m_content.pageCount() - 1 - kWindowMarginPages),
                           event->matches(QKeySequence::SelectEndOfDocument) ? m_windowFirst : passageCount),
                  passageCount);
    QTextEdit::keyPressEvent(event);
}

void DocumentView::addCoding(const project::CodingView& coding, const QColor& color) {
    CodingMark mark;
    mark.guid = QString::fromStdString(coding.coding.guid);
    mark.codeGuid = QString::fromStdString(coding.coding.codeGuid);
    mark.codePath = QString::fromStdString(coding.codePath);
    mark.coder = QString::fromStdString(coding.coding.coder);
    mark.memo = QString::fromStdString(coding.coding.memo);
    mark.color = color;
    mark.cpStart = coding.coding.start;
    mark.cpEnd = coding.coding.end;
    mark.docStart = m_content.codePointToDocument(coding.coding.start);
    mark.docEnd = m_content.codePointToDocument(coding.coding.end);
    const auto at = std::upper_bound(m_codings.begin(), m_codings.end(), mark.docStart,
                                     [](int pos, const CodingMark& m) { return pos < m.docStart; });
    m_codings.insert(at, std::move(mark));
    assignLanes();
}

void DocumentView::setCodings(const std::vector<project::CodingView>& codings, const ColorOf& colorOf) {
    m_codings.clear();
    m_codings.reserve(codings.size());
    for (const auto& coding : codings) {
        CodingMark mark;
        mark.guid = QString::fromStdString(coding.coding.guid);
        mark.codeGuid = QString::fromStdString(coding.coding.codeGuid);
        mark.codePath = QString::fromStdString(coding.codePath);
        mark.coder = QString::fromStdString(coding.coding.coder);
        mark.memo = QString::fromStdString(coding.coding.memo);
        mark.color = colorOf(coding.coding.codeGuid);
        mark.cpStart = coding.coding.start;
        mark.cpEnd = coding.coding.end;
        mark.docStart = m_content.codePointToDocument(coding.coding.start);
        mark.docEnd = m_content.codePointToDocument(coding.coding.end);
        m_codings.push_back(std::move(mark));
    }
    std::stable_sort(m_codings.begin(), m_codings.end(),
                     [](const CodingMark& a, const CodingMark& b) { return a.docStart < b.docStart; });
    assignLanes();
}

void DocumentView::assignLanes() {
    std::vector<LaneSpan> spans;
    spans.reserve(m_codings.size());
    for (const auto& mark : m_codings)
        spans.push_back({mark.docStart, std::max(mark.docEnd, mark.docStart + 1)});
    const auto lanes = gui::assignLanes(spans);
    m_reach.resize(m_codings.size());
    int reach = 0;
    for (std::size_t i = 0; i < m_codings.size(); ++i) {
        m_codings[i].lane = std::min(lanes[i], kMaxLanes - 1);
        reach = std::max(reach, m_codings[i].docEnd);
        m_reach[i] = reach;
    }
    relayoutMargins();
}

int DocumentView::laneX(int lane) const {
    return 3 + lane * (kStripeWidth + kLaneGap);
}

void DocumentView::relayoutMargins() {
    // Room for every lane, used or not: a margin that widened when a new coding needed one more lane
    // would change the text's width and make Qt lay out the whole document again (a second and more
    // for a long transcript), all for one stripe.
    const int stripes = laneX(kMaxLanes) + 3;
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_sourceBar);
    setViewportMargins(hasSource() ? SpeakerGutter::kWidth : 0, 0, stripes + bar, 0);
    const auto area = viewport()->geometry();
    m_gutter->setGeometry(area.left() - SpeakerGutter::kWidth, area.top(), SpeakerGutter::kWidth,
                          area.height());
    m_gutter->setVisible(hasSource());
    m_stripes->setGeometry(area.right() + 1, area.top(), stripes, area.height());
    m_sourceBar->setGeometry(area.right() + 1 + stripes, area.top(), bar, area.height());
    refreshMargins();
}

void DocumentView::refreshMargins() {
    m_gutter->update();
    m_stripes->update();
}

void DocumentView::resizeEvent(QResizeEvent* event) {
    QTextEdit::resizeEvent(event);
    relayoutMargins();
    if (!hasSource()) return;
    followView(); // a taller view may reach past the window
    syncSourceBar();
}

void DocumentView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(codeMimeType()) && textCursor().hasSelection())
        event->acceptProposedAction();
    else
        QTextEdit::dragEnterEvent(event);
}

void DocumentView::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(codeMimeType()) && textCursor().hasSelection())
        event->acceptProposedAction();
    else
        QTextEdit::dragMoveEvent(event);
}

void DocumentView::dropEvent(QDropEvent* event) {
    if (!event->mimeData()->hasFormat(codeMimeType())) {
        QTextEdit::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    emit codeDropped(QString::fromUtf8(event->mimeData()->data(codeMimeType())));
}

void DocumentView::scrollContentsBy(int dx, int dy) {
    QTextEdit::scrollContentsBy(dx, dy);
    refreshMargins();
    if (m_moving || !hasSource()) return;
    syncSourceBar();
    // Moving the window replaces the document, which must not happen inside the scroll bar's own
    // signal: after it, in the event loop.
    if (!m_followQueued) {
        m_followQueued = true;
        QMetaObject::invokeMethod(this, &DocumentView::followView, Qt::QueuedConnection);
    }
}

std::vector<DocumentView::VisibleBlock> DocumentView::visibleBlocks() const {
    std::vector<VisibleBlock> blocks;
    if (!hasSource()) return blocks;
    const auto* doc = document();
    auto* layout = doc->documentLayout();
    const int scroll = verticalScrollBar()->value();
    const int height = viewport()->height();
    // The first block whose bottom reaches the view, by binary search on the window's block rectangles
    // (the window is laid out whole when it loads, so they are stored, not computed). A hit test would
    // do the same through the line under a point, shaping that line's text on every call; the margins
    // ask for the visible blocks several times a frame.
    int low = 0;
    int high = doc->blockCount() - 1;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (layout->blockBoundingRect(doc->findBlockByNumber(middle)).bottom() - scroll >= 0)
            high = middle;
        else
            low = middle + 1;
    }
    for (QTextBlock block = doc->findBlockByNumber(low); block.isValid(); block = block.next()) {
        const auto rect = layout->blockBoundingRect(block);
        const int top = static_cast<int>(rect.top()) - scroll;
        if (top > height) break;
        blocks.push_back(
            {block.blockNumber() + m_windowFirst, top, static_cast<int>(rect.bottom()) - scroll});
    }
    return blocks;
}

int DocumentView::lineEdge(int windowPos, bool bottom) const {
    const auto* doc = document();
    const QTextBlock block = doc->findBlock(windowPos);
    const auto rect = doc->documentLayout()->blockBoundingRect(block);
    const QTextLine line =
        block.layout() ? block.layout()->lineForTextPosition(windowPos - block.position()) : QTextLine();
    const double y = !line.isValid() ? (bottom ? rect.bottom() : rect.top())
                                     : rect.top() + line.y() + (bottom ? line.height() - 1 : 0.0);
    return static_cast<int>(y) - verticalScrollBar()->value();
}

std::optional<std::pair<int, int>> DocumentView::stripeExtent(const CodingMark& mark) const {
    const int windowEnd = toWhole(std::max(0, document()->characterCount() - 1));
    if (!hasSource() || mark.docEnd < m_windowDocStart || mark.docStart > windowEnd) return std::nullopt;
    // From the stored geometry of the lines the coding starts and ends on. A text cursor's rectangle
    // would give the same top and bottom, but works out the cursor's x by shaping its line's text:
    // twice per coding, for every coding in view, on every paint of the margin.
    const int top = lineEdge(toWindow(mark.docStart), false);
    const int bottom = lineEdge(toWindow(std::max(mark.docStart, mark.docEnd)), true);
    if (bottom < 0 || top > viewport()->height()) return std::nullopt;
    return std::pair{top, std::max(bottom, top + 4)};
}

std::optional<std::pair<int, int>> DocumentView::visibleRange() const {
    const auto blocks = visibleBlocks();
    if (blocks.empty()) return std::nullopt;
    const auto& passages = m_content.passages();
    const auto& first = passages[static_cast<std::size_t>(blocks.front().passage)];
    const auto& last = passages[static_cast<std::size_t>(blocks.back().passage)];
    return std::pair{first.docStart, last.docStart + static_cast<int>(last.sourceEnd - last.sourceStart) + 1};
}

void DocumentView::forVisibleCodings(const std::function<void(const CodingMark&, int, int)>& visit) const {
    const auto range = visibleRange();
    if (!range) return;
    // Codings are sorted by start: the scan begins at the first whose prefix reaches the view (binary
    // search on m_reach) and ends at the first starting after it; the cheap span test keeps
    // cursorRect (which may lay text out) to the codings actually in view.
    const auto first = std::lower_bound(m_reach.begin(), m_reach.end(), range->first) - m_reach.begin();
    for (auto i = static_cast<std::size_t>(first); i < m_codings.size(); ++i) {
        const auto& mark = m_codings[i];
        if (mark.docStart > range->second) break;
        if (mark.docEnd < range->first) continue;
        if (const auto extent = stripeExtent(mark)) visit(mark, extent->first, extent->second);
    }
}

const CodingMark* DocumentView::codingAt(const QPoint& pos) const {
    const CodingMark* found = nullptr;
    forVisibleCodings([&](const CodingMark& mark, int top, int bottom) {
        const int x = laneX(mark.lane);
        if (pos.x() >= x - 1 && pos.x() <= x + kStripeWidth && pos.y() >= top && pos.y() <= bottom)
            found = &mark;
    });
    return found;
}

} // namespace cairn::gui
