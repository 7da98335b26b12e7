#include "views/codebook_panel.h"

#include <QHeaderView>
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

QString CodebookPanel::currentCode() const {
    return m_tree->currentIndex().siblingAtColumn(0).data(CodebookModel::GuidRole).toString();
}

} // namespace cairn::gui
