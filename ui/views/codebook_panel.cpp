#include "views/codebook_panel.h"

#include "views/code_details_pane.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace cairn::gui {

CodebookPanel::CodebookPanel(QWidget* parent)
    : QWidget(parent), m_model(new CodebookModel(this)), m_tree(new QTreeView(this)),
      m_details(new CodeDetailsPane(this)) {
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Codebook"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Clicking a code must not take the focus from the document, or its selection would look lost.
    // Renaming is started by its command (F2), not by a click, which codes the selection.
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    // Drops (selected text from the document, or a code moved within the tree) are handled here
    // before the tree's own drop handling, which would move rows of the model behind the core's back.
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("CodebookSplitter"));
    splitter->addWidget(m_tree);
    // The definitions scroll rather than set a minimum height for the whole right-hand column.
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const auto guid = index.siblingAtColumn(0).data(CodebookModel::GuidRole).toString();
        if (!guid.isEmpty()) emit codeClicked(guid);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_details->showCode(m_model->info(currentCode()));
        emit currentCodeChanged(currentCode());
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint& at) {
        const auto index = m_tree->indexAt(at);
        if (index.isValid()) m_tree->setCurrentIndex(index);
        QMenu menu(this);
        menu.addActions(m_contextActions);
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
}

void CodebookPanel::setCodebook(const std::vector<project::CodeInfo>& codes) {
    const auto current = currentCode();
    if (m_model->setCodebook(codes)) {
        m_tree->expandToDepth(0);
        if (!current.isEmpty()) selectCode(current);
    }
    m_details->showCode(m_model->info(currentCode()));
}

bool CodebookPanel::selectCode(const QString& guidOrPath) {
    const auto index = m_model->findCode(guidOrPath);
    if (!index.isValid()) return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void CodebookPanel::renameCurrent() {
    const auto index = m_tree->currentIndex().siblingAtColumn(0);
    if (index.isValid()) m_tree->edit(index);
}

bool CodebookPanel::canMove(const QString& guid, const QString& parentGuid) const {
    if (guid.isEmpty() || guid == parentGuid) return false;
    if (parentGuid.isEmpty()) return true;
    // Walk up from the target: meeting the dragged code means the target lies in its subtree.
    for (auto index = m_model->findCode(parentGuid); index.isValid(); index = index.parent())
        if (index.data(CodebookModel::GuidRole).toString() == guid) return false;
    return true;
}

bool CodebookPanel::handleCodeDrag(QDropEvent* drop) {
    const auto guid = QString::fromUtf8(drop->mimeData()->data(m_model->mimeTypes().constFirst()));
    const auto index = m_tree->indexAt(drop->position().toPoint());
    const auto parentGuid = index.siblingAtColumn(0).data(CodebookModel::GuidRole).toString();
    if (!canMove(guid, parentGuid)) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::MoveAction);
    drop->accept();
    if (drop->type() == QEvent::Drop) emit moveRequested(guid, parentGuid);
    return true;
}

bool CodebookPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_tree->viewport()) return QWidget::eventFilter(watched, event);
    const auto type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QWidget::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event);
    if (drop->mimeData()->hasFormat(m_model->mimeTypes().constFirst())) {
        if (type == QEvent::DragEnter) {
            drop->acceptProposedAction();
            return true;
        }
        return handleCodeDrag(drop);
    }
    if (!drop->mimeData()->hasText()) {
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
