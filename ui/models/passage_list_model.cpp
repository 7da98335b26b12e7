#include "models/passage_list_model.h"

namespace cairn::gui {

PassageListModel::PassageListModel(QObject* parent) : QAbstractListModel(parent) {}

void PassageListModel::setPassages(std::vector<project::CodingView> passages) {
    beginResetModel();
    m_passages = std::move(passages);
    endResetModel();
}

int PassageListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_passages.size());
}

QVariant PassageListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& view = m_passages[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2\n%3")
            .arg(QString::fromStdString(view.coding.sourceName), QString::fromStdString(view.codePath),
                 QString::fromStdString(view.text).simplified());
    case Qt::ToolTipRole:
        return QString::fromStdString(view.text);
    case SourceGuidRole:
        return QString::fromStdString(view.coding.sourceGuid);
    case StartRole:
        return static_cast<qint64>(view.coding.start);
    case EndRole:
        return static_cast<qint64>(view.coding.end);
    case CodeRole:
        return QString::fromStdString(view.codePath);
    default:
        return {};
    }
}

} // namespace cairn::gui
