#pragma once
// The project's sources, by kind or by case; choosing one opens it in the document view.

#include "models/source_tree_model.h"

#include <QWidget>

class QComboBox;
class QTreeView;

namespace cairn::gui {

class SourcesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPanel(QWidget* parent = nullptr);

    void setListing(SourceListing listing);
    void clear();
    /// Selects a source by GUID or name, as a click would; false when there is none.
    bool selectSource(const QString& guidOrName);
    /// Groups the sources by case and opens the first source of `caseName`; false when it has none.
    bool showCase(const QString& caseName);
    SourceTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }

signals:
    void sourceChosen(const QString& guid);

private:
    void onCurrentChanged(const QModelIndex& current);
    void choose(const QModelIndex& index);

    SourceTreeModel* m_model;
    QComboBox* m_grouping;
    QTreeView* m_tree;
};

} // namespace cairn::gui
