#pragma once
// Under a chart: the coded passages behind the bar or cell last clicked. Choosing one opens its
// source at the passage, as a search hit does.

#include "project/project.h"

#include <QWidget>

class QLabel;
class QListView;

namespace cairn::gui {

class PassageListModel;

class PassageList : public QWidget {
    Q_OBJECT
public:
    explicit PassageList(QWidget* parent = nullptr);

    /// Shows `passages` under a caption saying what they are behind ("Housing · interview").
    void showPassages(const QString& caption, std::vector<project::CodingView> passages);
    void clear();
    PassageListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }

signals:
    void passageChosen(const QString& sourceGuid, qint64 start, qint64 end);

private:
    QLabel* m_caption;
    QListView* m_list;
    PassageListModel* m_model;
};

} // namespace cairn::gui
