#include "views/search_panel.h"

#include "jobs/job_runner.h"
#include "jobs/search_job.h"
#include "views/html_delegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cairn::gui {

SearchPanel::SearchPanel(JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_runner(runner), m_query(new QLineEdit(this)), m_status(new QLabel(this)),
      m_list(new QListView(this)), m_codeAll(new QPushButton(tr("Code &All Results…"), this)),
      m_model(new SearchResultsModel(this)), m_debounce(new QTimer(this)) {
    m_query->setPlaceholderText(
        tr("Search passages: words, \"a phrase\", prefix*, kind:interview, lang:ar …"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search query"));
    m_status->setWordWrap(true);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new HtmlDelegate(SearchResultsModel::HtmlRole, m_list));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_codeAll);
    layout->addLayout(statusRow);
    m_codeAll->setEnabled(false);
    connect(m_codeAll, &QPushButton::clicked, this,
            [this] { emit codeAllRequested(m_query->text().trimmed()); });
    connect(m_query, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_codeAll->setEnabled(!text.trimmed().isEmpty()); });
    layout->addWidget(m_list, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_query, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runQuery);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runQuery);
    const auto choose = [this](const QModelIndex& index) {
        emit hitChosen(index.data(SearchResultsModel::SourceGuidRole).toString(),
                       index.data(SearchResultsModel::StartRole).toLongLong(),
                       index.data(SearchResultsModel::EndRole).toLongLong());
    };
    connect(m_list, &QListView::activated, this, choose);
    connect(m_list, &QListView::clicked, this, choose);
}

void SearchPanel::setProjectPath(const QString& path) {
    m_path = path;
    ++m_token; // whatever is in flight answers another project
    m_pending = false;
    m_model->clear();
    m_status->clear();
    setEnabled(!path.isEmpty());
}

void SearchPanel::searchNow(const QString& query) {
    m_query->setText(query);
    runQuery();
}

void SearchPanel::runQuery() {
    m_debounce->stop();
    if (m_running) m_running->cancel(); // its answer would be dropped anyway; free the worker sooner
    const auto token = ++m_token;
    const auto query = m_query->text().trimmed();
    if (query.isEmpty() || m_path.isEmpty()) {
        m_pending = false;
        m_model->clear();
        m_status->clear();
        return;
    }
    m_pending = true;
    m_status->setText(tr("Searching…"));
    const auto path = m_path.toStdString();
    const auto text = query.toStdString();
    auto* job = m_runner->start(
        tr("Search"), m_path, [this, token, path, text](const ProgressFn&, const CancelToken& cancel) {
            auto answer = std::make_shared<SearchAnswer>(runSearch(path, text, kLimit, cancel));
            return [this, token, answer] {
                if (token != m_token) return; // a newer query has been typed since
                m_pending = false;
                const QLocale locale;
                m_status->setText(
                    answer->total == static_cast<std::int64_t>(answer->hits.size())
                        ? tr("Passages found: %1").arg(locale.toString(static_cast<qlonglong>(answer->total)))
                        : tr("%1 passages, the best %2 shown")
                              .arg(locale.toString(static_cast<qlonglong>(answer->total)))
                              .arg(answer->hits.size()));
                m_model->setHits(std::move(answer->hits));
                emit searchFinished();
            };
        });
    m_running = job;
    connect(job, &Job::failed, this, [this, token](const UserMessage& message) {
        if (token != m_token) return;
        // A query that does not parse is part of typing, not an error worth a dialog.
        m_pending = false;
        m_model->clear();
        m_status->setText(message.details);
        emit searchFinished();
    });
}

} // namespace cairn::gui
