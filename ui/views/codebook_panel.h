#pragma once
// The codebook tree with the selected code's definitions beside it. Clicking a code (or pressing its
// Ctrl+digit) asks the window to apply it to the document view's selection; a code dragged onto
// another becomes its sub-code (onto empty space: a top-level code). The panel only reports what
// the user asked for; CodebookCommands makes the edits.

#include "models/codebook_model.h"

#include <QWidget>

class QMenu;
class QTreeView;

class QDropEvent;

namespace cairn::gui {

class CodeDetailsPane;

class CodebookPanel : public QWidget {
    Q_OBJECT
public:
    explicit CodebookPanel(QWidget* parent = nullptr);

    void setCodebook(const std::vector<project::CodeInfo>& codes);
    CodebookModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    /// The GUID of the code under the cursor in the tree, or empty.
    QString currentCode() const;
    bool selectCode(const QString& guidOrPath);
    /// Starts editing the current code's name in place.
    void renameCurrent();
    CodeDetailsPane* details() const { return m_details; }
    /// The actions the tree's context menu offers.
    void setContextActions(const QList<QAction*>& actions) { m_contextActions = actions; }
    /// Whether a code may be dropped under `parentGuid` (empty: the top level): not onto itself or
    /// into its own sub-codes, as the core refuses.
    bool canMove(const QString& guid, const QString& parentGuid) const;

signals:
    void codeClicked(const QString& guid);
    /// Text dragged from the document was dropped on a code: code the document's selection with it.
    void selectionDropped(const QString& guid);
    /// A code was dragged within the tree onto `parentGuid` (empty: onto empty space, the top level).
    void moveRequested(const QString& guid, const QString& parentGuid);
    void currentCodeChanged(const QString& guid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleCodeDrag(QDropEvent* drop);

    CodebookModel* m_model;
    QTreeView* m_tree;
    CodeDetailsPane* m_details;
    QList<QAction*> m_contextActions;
};

} // namespace cairn::gui
