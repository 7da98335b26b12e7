#pragma once
// The project's quotes under review as a table: status, code, source, the text as it would be
// published, attribution and the last reviewer's word. One snapshot of Project::quotes(); every
// review action reads the list again, so the table always shows what the core decided.
//
// "Needs review" is not a stored status: it is a quote whose approval no longer holds (the core says
// why in needsReviewReason). The table and its filter treat it as a status of its own so a reviewer
// can find the approvals that lapsed.

#include "project/project.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <vector>

namespace cairn::gui {

class QuoteTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        CodeColumn,
        SourceColumn,
        TextColumn,
        AttributionColumn,
        ReviewerColumn,
        CommentColumn,
        ColumnCount
    };
    static constexpr int StatusKeyRole = Qt::UserRole + 1; // displayStatus(): the filter's key
    static constexpr int CodePathRole = Qt::UserRole + 2;
    static constexpr int GuidRole = Qt::UserRole + 3;

    explicit QuoteTableModel(QObject* parent = nullptr);

    void setQuotes(std::vector<project::QuoteView> quotes);
    const project::QuoteView& quoteAt(int row) const { return m_quotes.at(static_cast<std::size_t>(row)); }
    /// The row of a quote by GUID, or -1.
    int rowOf(const QString& guid) const;
    /// Every code path a quote is filed under, sorted, once each.
    QStringList codePaths() const;

    /// proposed, approved, rejected, change-requested, or needs-review for a lapsed approval.
    static QString displayStatus(const project::QuoteView& quote);
    /// The statuses displayStatus() gives, in the order a reviewer works through them.
    static QStringList statusKeys();
    /// How a status key reads in the table and the filter.
    static QString statusLabel(const QString& key);
    /// Empty when `action` (approve, reject, request-change) may be taken on the quote; otherwise why
    /// not, as the core would refuse it.
    static QString whyNot(const project::QuoteView& quote, const QString& action);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<project::QuoteView> m_quotes;
};

/// Filters the quotes by status key and by code (a code takes its sub-codes along, as the core's
/// code filters do).
class QuoteFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QuoteFilterModel(QObject* parent = nullptr);

    /// Empty: any status.
    void setStatus(const QString& key);
    /// Empty: every code.
    void setCodePath(const QString& path);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_status;
    QString m_codePath;
};

} // namespace cairn::gui
