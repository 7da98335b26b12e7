#include "views/passage_list.h"

#include "models/passage_list_model.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace cairn::gui {

PassageList::PassageList(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel), m_list(new QListView), m_model(new PassageListModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Coded passages"));
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        emit passageChosen(index.data(PassageListModel::SourceGuidRole).toString(),
                           index.data(PassageListModel::StartRole).toLongLong(),
                           index.data(PassageListModel::EndRole).toLongLong());
    });
    clear();
}

void PassageList::showPassages(const QString& caption, std::vector<project::CodingView> passages) {
    m_caption->setText(tr("%1 — coded passages: %2").arg(caption).arg(passages.size()));
    m_model->setPassages(std::move(passages));
}

void PassageList::clear() {
    m_caption->setText(tr("Click a bar or a cell to list the coded passages behind it."));
    m_model->setPassages({});
}

} // namespace cairn::gui
