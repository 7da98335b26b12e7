#include "models/quote_table_model.h"

#include <QFont>
#include <algorithm>

namespace cairn::gui {

namespace {
const QString kNeedsReview = QStringLiteral("needs-review");

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// A table cell shows a line; the details pane shows the whole text.
QString oneLine(QString text) {
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

QuoteTableModel::QuoteTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void QuoteTableModel::setQuotes(std::vector<project::QuoteView> quotes) {
    beginResetModel();
    m_quotes = std::move(quotes);
    endResetModel();
}

int QuoteTableModel::rowOf(const QString& guid) const {
    const auto wanted = guid.toStdString();
    for (std::size_t i = 0; i < m_quotes.size(); ++i)
        if (m_quotes[i].quote.guid == wanted) return static_cast<int>(i);
    return -1;
}

QStringList QuoteTableModel::codePaths() const {
    QStringList paths;
    for (const auto& q : m_quotes)
        paths.append(qs(q.codePath));
    paths.sort(Qt::CaseInsensitive);
    paths.removeDuplicates();
    return paths;
}

QString QuoteTableModel::displayStatus(const project::QuoteView& quote) {
    return quote.needsReviewReason.empty() ? qs(quote.status) : kNeedsReview;
}

QStringList QuoteTableModel::statusKeys() {
    return {QStringLiteral("proposed"), kNeedsReview, QStringLiteral("change-requested"),
            QStringLiteral("approved"), QStringLiteral("rejected")};
}

QString QuoteTableModel::statusLabel(const QString& key) {
    if (key == QStringLiteral("proposed")) return tr("Proposed");
    if (key == kNeedsReview) return tr("Needs review");
    if (key == QStringLiteral("change-requested")) return tr("Changes requested");
    if (key == QStringLiteral("approved")) return tr("Approved");
    if (key == QStringLiteral("rejected")) return tr("Rejected");
    return key;
}

QString QuoteTableModel::whyNot(const project::QuoteView& quote, const QString& action) {
    const auto status = displayStatus(quote);
    if (action == QStringLiteral("approve")) {
        if (quote.disclosure == privacy::Disclosure::Withheld)
            return tr("Consent withholds this quote (%1), so it cannot be approved. Reject it, or record "
                      "new consent for its case first.")
                .arg(qs(quote.withheldReason));
        if (status == QStringLiteral("approved")) return tr("This quote is already approved.");
    } else if (action == QStringLiteral("reject")) {
        if (status == QStringLiteral("rejected")) return tr("This quote is already rejected.");
    } else if (action == QStringLiteral("request-change")) {
        if (status == QStringLiteral("change-requested")) return tr("A change is already requested.");
    }
    return {};
}

int QuoteTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_quotes.size());
}

int QuoteTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& q = quoteAt(index.row());
    const bool withheld = q.disclosure == privacy::Disclosure::Withheld;
    switch (role) {
    case StatusKeyRole:
        return displayStatus(q);
    case CodePathRole:
        return qs(q.codePath);
    case GuidRole:
        return qs(q.quote.guid);
    case Qt::FontRole:
        if (index.column() == TextColumn && withheld) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !q.needsReviewReason.empty()) return qs(q.needsReviewReason);
        if (index.column() == TextColumn) return withheld ? qs(q.withheldReason) : qs(q.text);
        if (index.column() == CommentColumn && !q.comments.empty()) return qs(q.comments.back().comment);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StatusColumn:
        return statusLabel(displayStatus(q));
    case CodeColumn:
        return qs(q.codePath);
    case SourceColumn:
        return qs(q.source);
    case TextColumn:
        return withheld ? tr("withheld: %1").arg(qs(q.withheldReason)) : oneLine(qs(q.text));
    case AttributionColumn:
        return qs(project::quoteAttribution(q));
    case ReviewerColumn:
        return q.comments.empty() ? QString() : qs(q.comments.back().reviewer);
    case CommentColumn:
        return q.comments.empty() ? QString() : oneLine(qs(q.comments.back().comment));
    default:
        return {};
    }
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CodeColumn:
        return tr("Code");
    case SourceColumn:
        return tr("Source");
    case TextColumn:
        return tr("Quote (as published)");
    case AttributionColumn:
        return tr("Attribution");
    case ReviewerColumn:
        return tr("Last reviewer");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}

QuoteFilterModel::QuoteFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void QuoteFilterModel::setStatus(const QString& key) {
    m_status = key;
    invalidateRowsFilter();
}

void QuoteFilterModel::setCodePath(const QString& path) {
    m_codePath = path;
    invalidateRowsFilter();
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(QuoteTableModel::StatusKeyRole).toString() != m_status)
        return false;
    if (m_codePath.isEmpty()) return true;
    const auto path = index.data(QuoteTableModel::CodePathRole).toString();
    return path == m_codePath || path.startsWith(m_codePath + QLatin1Char('/'));
}

} // namespace cairn::gui
