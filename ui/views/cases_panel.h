#pragma once
// The cases and their attributes as a sortable, filterable table. Attribute cells are edited in
// place (the core checks the value against the attribute's type); double-clicking the consent cell
// opens the consent dialog, double-clicking a case asks the window to show its sources.

#include "models/case_table_model.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QAction;

namespace cairn::gui {

class ProjectEditor;

class CasesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CasesPanel(ProjectEditor* editor, QWidget* parent = nullptr);

    /// Reads the cases again from the open project (or clears the table).
    void refresh();
    CaseTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    /// The case in the current row, or empty.
    QString currentCase() const;
    bool selectCase(const QString& name);

    bool addCase(const QString& name, const QString& kind = QStringLiteral("participant"));
    /// Asks for confirmation, then deletes the case (its sources stay).
    bool deleteCase(const QString& name);
    bool setAttribute(const QString& caseName, const QString& attribute, const QString& value,
                      const QString& newType = {});
    bool setConsent(const QString& caseName, const QString& state, const QString& date, const QString& note);
    /// Opens the consent dialog for a case and applies what it returns.
    void editConsent(const QString& caseName);
    QList<QAction*> actions() const;

signals:
    void caseSourcesRequested(const QString& caseName);
    void currentCaseChanged(const QString& caseName);

private:
    void chooseNewCase();
    void chooseNewAttribute();
    void activated(const QModelIndex& index);

    ProjectEditor* m_editor;
    CaseTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QAction* m_add;
    QAction* m_delete;
    QAction* m_attribute;
    QAction* m_consent;
};

} // namespace cairn::gui
