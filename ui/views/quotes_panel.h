#pragma once
// Quote review: the proposed quotes as they would be published, filtered by status and code, with the
// chosen quote in its context and its history beside the table. A reviewer (one of the project's
// reviewers) approves, rejects or asks for a change, each one undo step through ProjectEditor; a
// review pack goes out to reviewers without Cairn and their decisions file comes back in.
// Actions that cannot apply are disabled, and their tooltip says why (as the core would refuse).

#include "models/quote_table_model.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QTableView;
class QTextBrowser;

namespace cairn::gui {

class ProjectEditor;

class QuotesPanel : public QWidget {
    Q_OBJECT
public:
    explicit QuotesPanel(ProjectEditor* editor, QWidget* parent = nullptr);

    /// Reads the quotes and reviewers again (after any edit, undo or redo), keeping the current quote.
    void refresh();

    QuoteTableModel* model() const { return m_model; }
    QuoteFilterModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* codeFilter() const { return m_codeFilter; }
    QComboBox* reviewerBox() const { return m_reviewer; }
    QAction* approveAction() const { return m_approve; }
    QAction* rejectAction() const { return m_reject; }
    QAction* requestChangeAction() const { return m_requestChange; }
    QList<QAction*> actions() const;

    /// The GUID of the quote in the current row, or empty.
    QString currentQuote() const;
    bool selectQuote(const QString& guid);
    /// Filters by a status key (QuoteTableModel::statusKeys(); empty: any) and a code path (empty: all).
    void setStatusFilter(const QString& key);
    void setCodeFilter(const QString& path);

    QString currentReviewer() const;
    bool setCurrentReviewer(const QString& name);
    bool addReviewer(const QString& name, const QString& role);

    /// Proposes a coding's span with its code as a quote and selects it.
    bool propose(const QString& codingGuid);
    /// Records the current reviewer's `action` (approve, reject, request-change) on the current quote.
    bool review(const QString& action, const QString& comment = {});
    /// Writes a review pack of the quotes not rejected; the status bar says how many.
    bool writePack(const QString& path);
    /// Applies a decisions file; nullopt (with the core's error shown) for a bad file.
    std::optional<project::ReviewImportResult> importDecisions(const QString& path);

signals:
    void statusMessage(const QString& message);
    /// A decisions file was applied; `result.refused` says which decisions did not fit.
    void decisionsImported(const project::ReviewImportResult& result);

private:
    void updateActions();
    void showDetails();
    void refreshFilters();
    /// Asks for a comment (required for reject and request-change), then reviews.
    void chooseReview(const QString& action);
    void chooseNewReviewer();
    void choosePackPath();
    void chooseDecisionsFile();

    ProjectEditor* m_editor;
    QuoteTableModel* m_model;
    QuoteFilterModel* m_proxy;
    QTableView* m_table;
    QTextBrowser* m_details;
    QComboBox* m_statusFilter;
    QComboBox* m_codeFilter;
    QComboBox* m_reviewer;
    QAction* m_addReviewer;
    QAction* m_approve;
    QAction* m_reject;
    QAction* m_requestChange;
    QAction* m_writePack;
    QAction* m_importDecisions;
};

} // namespace cairn::gui
