#include "views/sources_panel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace cairn::gui {

SourcesPanel::SourcesPanel(QWidget* parent)
    : QWidget(parent), m_model(new SourceTreeModel(this)), m_grouping(new QComboBox(this)),
      m_tree(new QTreeView(this)) {
    m_grouping->addItem(tr("By kind"));
    m_grouping->addItem(tr("By case"));
    m_grouping->setAccessibleName(tr("Group sources"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grouping);
    layout->addWidget(m_tree);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setGrouping(index == 0 ? SourceTreeModel::Grouping::Kind : SourceTreeModel::Grouping::Case);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
}

void SourcesPanel::setListing(SourceListing listing) {
    m_model->setListing(std::move(listing));
    m_tree->expandAll();
}

void SourcesPanel::clear() {
    m_model->setListing({});
}

bool SourcesPanel::selectSource(const QString& guidOrName) {
    const auto index = m_model->findSource(guidOrName);
    if (!index.isValid()) return false;
    choose(index);
    return true;
}

void SourcesPanel::choose(const QModelIndex& index) {
    if (m_tree->currentIndex() == index)
        onCurrentChanged(index); // chosen again: open it again
    else
        m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

bool SourcesPanel::showCase(const QString& caseName) {
    m_grouping->setCurrentIndex(1);
    const auto prefix = caseName + QStringLiteral(" (");
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto* group = m_model->item(row);
        if (!group->text().startsWith(prefix) || !group->hasChildren()) continue;
        m_tree->expand(group->index());
        choose(group->child(0)->index());
        return true;
    }
    return false;
}

void SourcesPanel::onCurrentChanged(const QModelIndex& current) {
    const auto guid = current.siblingAtColumn(0).data(SourceTreeModel::GuidRole).toString();
    if (!guid.isEmpty()) emit sourceChosen(guid);
}

} // namespace cairn::gui
