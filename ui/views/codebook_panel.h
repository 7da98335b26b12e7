#pragma once
// The codebook tree. Clicking a code (or pressing its Ctrl+digit) asks the window to apply it to
// the document view's selection.

#include "models/codebook_model.h"

#include <QWidget>

class QTreeView;

namespace cairn::gui {

class CodebookPanel : public QWidget {
    Q_OBJECT
public:
    explicit CodebookPanel(QWidget* parent = nullptr);

    void setCodebook(const std::vector<project::CodeInfo>& codes);
    CodebookModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    /// The GUID of the code under the cursor in the tree, or empty.
    QString currentCode() const;

signals:
    void codeClicked(const QString& guid);
    /// Text dragged from the document was dropped on a code: code the document's selection with it.
    void selectionDropped(const QString& guid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CodebookModel* m_model;
    QTreeView* m_tree;
};

} // namespace cairn::gui
