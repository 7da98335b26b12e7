#include "views/codebook_panel.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QTreeView>
#include <QVBoxLayout>

namespace cairn::gui {

CodebookPanel::CodebookPanel(QWidget* parent)
    : QWidget(parent), m_model(new CodebookModel(this)), m_tree(new QTreeView(this)) {
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Clicking a code must not take the focus from the document, or its selection would look lost.
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    // The other way round: the document's selected text dropped on a code. The tree's own drop
    // handling would try to move rows, so its viewport's drag events are taken here first.
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const auto guid = index.siblingAtColumn(0).data(CodebookModel::GuidRole).toString();
        if (!guid.isEmpty()) emit codeClicked(guid);
    });
}

void CodebookPanel::setCodebook(const std::vector<project::CodeInfo>& codes) {
    if (m_model->setCodebook(codes)) m_tree->expandToDepth(0);
}

bool CodebookPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_tree->viewport()) return QWidget::eventFilter(watched, event);
    const auto type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QWidget::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event);
    // Only text from elsewhere (the document); a code dragged within the tree is not a coding.
    if (!drop->mimeData()->hasText() || drop->mimeData()->hasFormat(m_model->mimeTypes().constFirst())) {
        event->ignore();
        return true;
    }
    const auto index = m_tree->indexAt(drop->position().toPoint());
    const auto guid = index.siblingAtColumn(0).data(CodebookModel::GuidRole).toString();
    const bool codable = index.siblingAtColumn(0).data(CodebookModel::CodableRole).toBool();
    if (type == QEvent::DragEnter) {
        drop->acceptProposedAction(); // where it may land is decided as it moves
        return true;
    }
    if (guid.isEmpty() || !codable) {
        event->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop) emit selectionDropped(guid);
    return true;
}

QString CodebookPanel::currentCode() const {
    return m_tree->currentIndex().siblingAtColumn(0).data(CodebookModel::GuidRole).toString();
}

} // namespace cairn::gui
