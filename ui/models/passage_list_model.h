#pragma once
// The coded passages behind a bar or a cell: source and code above the coded text. Each row knows
// where its text is, so choosing it opens the source there.

#include "project/project.h"

#include <QAbstractListModel>
#include <vector>

namespace cairn::gui {

class PassageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int SourceGuidRole = Qt::UserRole + 1;
    static constexpr int StartRole = Qt::UserRole + 2; // code points
    static constexpr int EndRole = Qt::UserRole + 3;
    static constexpr int CodeRole = Qt::UserRole + 4;

    explicit PassageListModel(QObject* parent = nullptr);

    void setPassages(std::vector<project::CodingView> passages);
    const std::vector<project::CodingView>& passages() const { return m_passages; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<project::CodingView> m_passages;
};

} // namespace cairn::gui
