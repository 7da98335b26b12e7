#include "views/document_view.h"

#include "views/coding_lanes.h"
#include "views/document_margins.h"

#include <QAbstractTextDocumentLayout>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <algorithm>

namespace cairn::gui {

namespace {
constexpr int kMaxLanes = 8;
constexpr int kLaneGap = 2;
constexpr int kLayoutSliceMs = 6; // leaves most of a 16 ms frame for input and painting
constexpr int kLayoutBlocksPerStep = 32;
} // namespace

DocumentView::DocumentView(QWidget* parent)
    : QTextEdit(parent), m_gutter(new SpeakerGutter(this)), m_stripes(new CodingStripes(this)) {
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    document()->setUndoRedoEnabled(false);
    // Read-only, but a code dragged from the codebook may land here (it codes the selection; the
    // drop never moves the caret, so the selection stays what the user made).
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &DocumentView::refreshMargins);
    m_layoutAhead.setInterval(0);
    connect(&m_layoutAhead, &QTimer::timeout, this, &DocumentView::layOutAhead);
    relayoutMargins();
}

void DocumentView::layOutAhead() {
    QElapsedTimer slice;
    slice.start();
    auto* layout = document()->documentLayout();
    while (m_laidOutTo.isValid() && slice.elapsed() < kLayoutSliceMs) {
        // Asking for a block's rectangle lays out every block up to it.
        for (int i = 0; i < kLayoutBlocksPerStep && m_laidOutTo.next().isValid(); ++i)
            m_laidOutTo = m_laidOutTo.next();
        layout->blockBoundingRect(m_laidOutTo);
        if (!m_laidOutTo.next().isValid()) m_laidOutTo = {};
    }
    if (!m_laidOutTo.isValid()) m_layoutAhead.stop();
}

DocumentView::~DocumentView() = default;

void DocumentView::showSource(const LoadedSource& loaded, const ColorOf& colorOf) {
    m_content = DocumentContent(loaded);
    m_codings.clear();
    // A fresh document rather than clear(): the old one's layout state (and its lazily laid out
    // blocks) goes with it, and the layout of the new one starts from the top of the view.
    // The new document is the view's child, so the next setDocument() deletes it (Qt deletes a
    // replaced document the editor is the parent of).
    auto* doc = new QTextDocument(this);
    m_content.fill(*doc, font());
    setDocument(doc);
    connect(doc->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &DocumentView::refreshMargins);
    setCodings(loaded.codings, colorOf);
    verticalScrollBar()->setValue(0);
    m_laidOutTo = doc->begin();
    m_layoutAhead.start();
}

void DocumentView::clearSource() {
    m_content = DocumentContent();
    m_codings.clear();
    m_reach.clear();
    m_layoutAhead.stop();
    m_laidOutTo = {};
    document()->clear();
    relayoutMargins();
}

std::optional<SourceRange> DocumentView::selectedSourceRange() const {
    const auto cursor = textCursor();
    if (!cursor.hasSelection() || !hasSource()) return std::nullopt;
    const auto start = m_content.toSource(cursor.selectionStart());
    const auto end = m_content.toSource(cursor.selectionEnd());
    if (end <= start) return std::nullopt;
    return SourceRange{start, end};
}

void DocumentView::selectCodePoints(std::int64_t start, std::int64_t end) {
    QTextCursor cursor(document());
    cursor.setPosition(m_content.codePointToDocument(start));
    cursor.setPosition(m_content.codePointToDocument(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    const auto rect = cursorRect(cursor);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.center().y() -
                                  viewport()->height() / 2);
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
    setViewportMargins(hasSource() ? SpeakerGutter::kWidth : 0, 0, stripes, 0);
    const auto area = viewport()->geometry();
    m_gutter->setGeometry(area.left() - SpeakerGutter::kWidth, area.top(), SpeakerGutter::kWidth,
                          area.height());
    m_gutter->setVisible(hasSource());
    m_stripes->setGeometry(area.right() + 1, area.top(), stripes, area.height());
    refreshMargins();
}

void DocumentView::refreshMargins() {
    m_gutter->update();
    m_stripes->update();
}

void DocumentView::resizeEvent(QResizeEvent* event) {
    QTextEdit::resizeEvent(event);
    relayoutMargins();
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
}

std::vector<DocumentView::VisibleBlock> DocumentView::visibleBlocks() const {
    std::vector<VisibleBlock> blocks;
    if (!hasSource()) return blocks;
    auto* layout = document()->documentLayout();
    const int scroll = verticalScrollBar()->value();
    const int height = viewport()->height();
    // Hit-test just inside the text: a point in the document's top margin would hit nothing, and a
    // fuzzy miss answers with the end of the part laid out so far, not the first block.
    const int margin = static_cast<int>(document()->documentMargin());
    QTextBlock block = cursorForPosition(QPoint(margin + 1, std::max(0, margin - scroll + 1))).block();
    // The hit may land on the block below a gap between passages; the one above may still show.
    if (block.previous().isValid() && layout->blockBoundingRect(block.previous()).bottom() - scroll >= 0)
        block = block.previous();
    for (; block.isValid(); block = block.next()) {
        const auto rect = layout->blockBoundingRect(block);
        const int top = static_cast<int>(rect.top()) - scroll;
        if (top > height) break;
        blocks.push_back({block.blockNumber(), top, static_cast<int>(rect.bottom()) - scroll});
    }
    return blocks;
}

std::optional<std::pair<int, int>> DocumentView::stripeExtent(const CodingMark& mark) const {
    QTextCursor start(document());
    start.setPosition(mark.docStart);
    QTextCursor end(document());
    end.setPosition(std::max(mark.docStart, mark.docEnd));
    const auto top = cursorRect(start).top();
    const auto bottom = cursorRect(end).bottom();
    if (bottom < 0 || top > viewport()->height()) return std::nullopt;
    return std::pair{top, std::max(bottom, top + 4)};
}

std::optional<std::pair<int, int>> DocumentView::visibleRange() const {
    const auto blocks = visibleBlocks();
    if (blocks.empty()) return std::nullopt;
    const auto first = document()->findBlockByNumber(blocks.front().passage);
    const auto last = document()->findBlockByNumber(blocks.back().passage);
    return std::pair{first.position(), last.position() + last.length()};
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
