#include "views/quotes_panel.h"

#include "app/project_editor.h"
#include "views/quote_details.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace cairn::gui {

QuotesPanel::QuotesPanel(ProjectEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new QuoteTableModel(this)),
      m_proxy(new QuoteFilterModel(this)), m_table(new QTableView(this)), m_details(new QTextBrowser(this)),
      m_statusFilter(new QComboBox(this)), m_codeFilter(new QComboBox(this)), m_reviewer(new QComboBox(this)),
      m_addReviewer(new QAction(tr("Add &Reviewer…"), this)), m_approve(new QAction(tr("&Approve"), this)),
      m_reject(new QAction(tr("Re&ject…"), this)), m_requestChange(new QAction(tr("Request &Change…"), this)),
      m_writePack(new QAction(tr("Write Review &Pack…"), this)),
      m_importDecisions(new QAction(tr("&Import Decisions…"), this)) {
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Quotes"));
    // Unsorted until a header is clicked: the core's order keeps a source's quotes together.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QuoteTableModel::TextColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(QuoteTableModel::StatusColumn, 135);
    header->resizeSection(QuoteTableModel::CodeColumn, 160);
    header->resizeSection(QuoteTableModel::SourceColumn, 120);
    header->resizeSection(QuoteTableModel::AttributionColumn, 120);
    header->resizeSection(QuoteTableModel::ReviewerColumn, 100);
    header->resizeSection(QuoteTableModel::CommentColumn, 150);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_approve, m_reject, m_requestChange});
    m_details->setAccessibleName(tr("Quote details"));
    m_details->setOpenLinks(false);

    m_statusFilter->addItem(tr("Any status"), QString());
    for (const auto& key : QuoteTableModel::statusKeys())
        m_statusFilter->addItem(QuoteTableModel::statusLabel(key), key);
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_codeFilter->setAccessibleName(tr("Filter by code"));
    m_codeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_reviewer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reviewer->setToolTip(tr("Who approves, rejects or asks for changes"));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_codeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCodePath(m_codeFilter->currentData().toString()); });
    connect(m_reviewer, &QComboBox::currentIndexChanged, this, &QuotesPanel::updateActions);

    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    m_requestChange->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q));
    for (auto* action : {m_approve, m_reject, m_requestChange})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_approve, m_reject, m_requestChange});
    connect(m_approve, &QAction::triggered, this, [this] { chooseReview(QStringLiteral("approve")); });
    connect(m_reject, &QAction::triggered, this, [this] { chooseReview(QStringLiteral("reject")); });
    connect(m_requestChange, &QAction::triggered, this,
            [this] { chooseReview(QStringLiteral("request-change")); });
    connect(m_addReviewer, &QAction::triggered, this, &QuotesPanel::chooseNewReviewer);
    connect(m_writePack, &QAction::triggered, this, &QuotesPanel::choosePackPath);
    connect(m_importDecisions, &QAction::triggered, this, &QuotesPanel::chooseDecisionsFile);
    // The filters reset the proxy, which moves the current row without a currentRowChanged.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QuotesPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QuotesPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QuotesPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QuotesPanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });

    auto* bar = new QToolBar(this);
    bar->addWidget(new QLabel(tr("Reviewer:"), this));
    bar->addWidget(m_reviewer);
    bar->addAction(m_addReviewer);
    bar->addSeparator();
    bar->addActions({m_approve, m_reject, m_requestChange});
    bar->addSeparator();
    bar->addActions({m_writePack, m_importDecisions});
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_codeFilter);
    filters->addStretch(1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    refresh();
}

QList<QAction*> QuotesPanel::actions() const {
    return {m_approve, m_reject, m_requestChange, m_addReviewer, m_writePack, m_importDecisions};
}

void QuotesPanel::refresh() {
    const auto current = currentQuote();
    const auto reviewer = currentReviewer();
    std::vector<project::QuoteView> quotes;
    std::vector<store::ReviewerRow> reviewers;
    const bool open = m_editor->read([&](project::Project& p) {
        quotes = p.quotes();
        reviewers = p.reviewers();
    });
    m_model->setQuotes(std::move(quotes));
    {
        const QSignalBlocker blocker(m_reviewer);
        m_reviewer->clear();
        for (const auto& r : reviewers) {
            const auto name = QString::fromStdString(r.name);
            m_reviewer->addItem(
                r.role.empty() ? name : tr("%1 (%2)").arg(name, QString::fromStdString(r.role)), name);
        }
        const auto index = m_reviewer->findData(reviewer);
        m_reviewer->setCurrentIndex(index >= 0 ? index : (m_reviewer->count() > 0 ? 0 : -1));
    }
    refreshFilters();
    if (!current.isEmpty()) selectQuote(current);
    setEnabled(open);
    updateActions();
    showDetails();
}

void QuotesPanel::refreshFilters() {
    const auto chosen = m_codeFilter->currentData().toString();
    const QSignalBlocker blocker(m_codeFilter);
    m_codeFilter->clear();
    m_codeFilter->addItem(tr("Every code"), QString());
    for (const auto& path : m_model->codePaths())
        m_codeFilter->addItem(path, path);
    const auto index = m_codeFilter->findData(chosen);
    m_codeFilter->setCurrentIndex(index >= 0 ? index : 0);
    m_proxy->setCodePath(m_codeFilter->currentData().toString());
}

QString QuotesPanel::currentQuote() const {
    const auto index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? QString::fromStdString(m_model->quoteAt(index.row()).quote.guid) : QString();
}

bool QuotesPanel::selectQuote(const QString& guid) {
    const auto row = m_model->rowOf(guid);
    if (row < 0) return false;
    const auto index = m_proxy->mapFromSource(m_model->index(row, QuoteTableModel::TextColumn));
    if (!index.isValid()) return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void QuotesPanel::setStatusFilter(const QString& key) {
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(key)));
}

void QuotesPanel::setCodeFilter(const QString& path) {
    m_codeFilter->setCurrentIndex(std::max(0, m_codeFilter->findData(path)));
}

QString QuotesPanel::currentReviewer() const {
    return m_reviewer->currentData().toString();
}

bool QuotesPanel::setCurrentReviewer(const QString& name) {
    const auto index = m_reviewer->findData(name);
    if (index < 0) return false;
    m_reviewer->setCurrentIndex(index);
    return true;
}

void QuotesPanel::updateActions() {
    const auto guid = currentQuote();
    const auto reviewer = currentReviewer();
    const std::pair<QAction*, QString> reviews[] = {{m_approve, QStringLiteral("approve")},
                                                    {m_reject, QStringLiteral("reject")},
                                                    {m_requestChange, QStringLiteral("request-change")}};
    for (const auto& [action, name] : reviews) {
        QString why;
        if (m_model->rowCount() == 0)
            why = tr("No quotes yet: right-click a coding in the document and choose Propose as Quote.");
        else if (guid.isEmpty())
            why = tr("Choose a quote in the table first.");
        else if (reviewer.isEmpty())
            why = tr("Add a reviewer first (Add Reviewer…): every decision is recorded with who made it.");
        else
            why = QuoteTableModel::whyNot(m_model->quoteAt(m_model->rowOf(guid)), name);
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? action->text().remove(QLatin1Char('&')).remove(QChar(0x2026))
                                         : why);
    }
    const bool any = m_model->rowCount() > 0;
    m_writePack->setEnabled(any);
    m_writePack->setToolTip(any ? tr("Write an HTML page for reviewers without Cairn")
                                : tr("No quotes to review yet."));
}

void QuotesPanel::showDetails() {
    const auto guid = currentQuote();
    if (guid.isEmpty()) {
        m_details->setHtml(
            m_model->rowCount() == 0
                ? tr("<p>No quotes proposed yet.</p><p>Right-click a coding in the document and "
                     "choose <b>Propose as Quote</b>.</p>")
                : tr("<p>Choose a quote to read it in context with its history.</p>"));
        return;
    }
    const auto& quote = m_model->quoteAt(m_model->rowOf(guid));
    project::QuoteContext context;
    m_editor->read([&](project::Project& p) { context = project::quoteContext(p, guid.toStdString()); });
    m_details->setHtml(QuoteDetails::html(quote, context));
}

bool QuotesPanel::addReviewer(const QString& name, const QString& role) {
    const auto trimmed = name.trimmed();
    if (trimmed.isEmpty()) return false;
    const bool ok = m_editor->edit(
        [&](project::Project& p) { p.addReviewer(trimmed.toStdString(), role.trimmed().toStdString()); });
    if (ok) {
        refresh();
        setCurrentReviewer(trimmed);
    }
    return ok;
}

bool QuotesPanel::propose(const QString& codingGuid) {
    std::string guid;
    const bool ok = m_editor->edit(
        [&](project::Project& p) { guid = p.proposeQuote(codingGuid.toStdString()).quote.guid; });
    if (!ok) return false;
    refresh();
    // A filter that hides the new quote would make it look lost.
    if (!selectQuote(QString::fromStdString(guid))) {
        setStatusFilter({});
        setCodeFilter({});
        selectQuote(QString::fromStdString(guid));
    }
    emit statusMessage(tr("Proposed as a quote; it waits for review in the Quotes panel."));
    return true;
}

bool QuotesPanel::review(const QString& action, const QString& comment) {
    const auto guid = currentQuote();
    const auto reviewer = currentReviewer();
    if (guid.isEmpty() || reviewer.isEmpty()) return false;
    return m_editor->edit([&](project::Project& p) {
        p.reviewQuote(guid.toStdString(), action.toStdString(), reviewer.toStdString(),
                      comment.toStdString());
    });
}

void QuotesPanel::chooseReview(const QString& action) {
    if (action == QStringLiteral("approve")) {
        review(action);
        return;
    }
    bool ok = false;
    const bool reject = action == QStringLiteral("reject");
    const auto comment = QInputDialog::getMultiLineText(
        this, reject ? tr("Reject Quote") : tr("Request Change"),
        reject ? tr("Why is this quote rejected? (optional)") : tr("What should change?"), {}, &ok);
    if (!ok) return;
    if (!reject && comment.trimmed().isEmpty()) {
        emit statusMessage(tr("A change request needs a comment saying what should change."));
        return;
    }
    review(action, comment.trimmed());
}

void QuotesPanel::chooseNewReviewer() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Reviewer"));
    auto* name = new QLineEdit(&dialog);
    auto* role = new QComboBox(&dialog);
    role->setEditable(true);
    role->addItems(
        {tr("researcher"), tr("community researcher"), tr("participant"), tr("data protection lead")});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted) addReviewer(name->text(), role->currentText());
}

bool QuotesPanel::writePack(const QString& path) {
    project::ReviewPackResult result;
    project::ReviewPackRequest request;
    request.path = path.toStdString();
    request.reviewer = currentReviewer().toStdString();
    if (!m_editor->read([&](project::Project& p) { result = p.writeReviewPack(request); })) return false;
    emit statusMessage(
        tr("Wrote a review pack of %n quote(s) to %1", nullptr, static_cast<int>(result.quotes)).arg(path));
    return true;
}

std::optional<project::ReviewImportResult> QuotesPanel::importDecisions(const QString& path) {
    project::ReviewImportResult result;
    if (!m_editor->edit([&](project::Project& p) { result = p.importReviewDecisions(path.toStdString()); }))
        return std::nullopt;
    emit decisionsImported(result);
    return result;
}

void QuotesPanel::choosePackPath() {
    const auto path = QFileDialog::getSaveFileName(this, tr("Write Review Pack"), tr("review-pack.html"),
                                                   tr("Review packs (*.html)"));
    if (!path.isEmpty()) writePack(path);
}

void QuotesPanel::chooseDecisionsFile() {
    const auto path = QFileDialog::getOpenFileName(this, tr("Import Review Decisions"), {},
                                                   tr("Review decisions (*.json);;All files (*)"));
    if (!path.isEmpty()) importDecisions(path);
}

} // namespace cairn::gui
