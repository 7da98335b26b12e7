#pragma once
// Search as the user types: each keystroke restarts a short timer, and when it fires the query runs
// in a worker. Every request carries a token; an answer whose token is no longer the latest is
// dropped, so a slow answer to "integr" never replaces the answer to "integration".

#include "models/search_results_model.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace cairn::gui {

class Job;
class JobRunner;

class SearchPanel : public QWidget {
    Q_OBJECT
public:
    SearchPanel(JobRunner* runner, QWidget* parent = nullptr);

    /// The project searched (opened read-only by each search); empty: none, and the panel clears.
    void setProjectPath(const QString& path);
    /// Sets the query and runs it now, without waiting for the typing pause.
    void searchNow(const QString& query);
    QLineEdit* queryEdit() const { return m_query; }
    QListView* results() const { return m_list; }
    SearchResultsModel* model() const { return m_model; }
    QPushButton* codeAllButton() const { return m_codeAll; }
    bool isSearching() const { return m_pending; }
    static constexpr int kDebounceMs = 250;
    static constexpr int kLimit = 200;

signals:
    /// A result was chosen: open the source and select code points [start, end).
    void hitChosen(const QString& sourceGuid, qint64 start, qint64 end);
    void searchFinished();
    /// "Code all results…": code every hit of this query.
    void codeAllRequested(const QString& query);

private:
    void runQuery();

    JobRunner* m_runner;
    QLineEdit* m_query;
    QLabel* m_status;
    QListView* m_list;
    QPushButton* m_codeAll;
    SearchResultsModel* m_model;
    QTimer* m_debounce;
    QString m_path;
    QPointer<Job> m_running; // the search in flight, cancelled when a newer one starts
    quint64 m_token = 0;
    bool m_pending = false;
};

} // namespace cairn::gui
