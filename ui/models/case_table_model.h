#pragma once
// The project's cases as a table: name, kind, consent, sources, then one column per attribute.
// A project has hundreds or a few thousand cases, so the table holds one snapshot of the core's list.
// Editing an attribute cell does not change the table: it asks for the change (the core checks the
// value against the attribute's type), and the snapshot read back afterwards shows the outcome.

#include "project/project.h"

#include <QAbstractTableModel>
#include <vector>

namespace cairn::gui {

class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, ConsentColumn, SourcesColumn, FirstAttributeColumn };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers as numbers, dates as ISO text

    explicit CaseTableModel(QObject* parent = nullptr);

    void setCases(std::vector<store::CaseRow> cases, std::vector<store::AttributeRow> attributes);
    const store::CaseRow& caseAt(int row) const { return m_cases.at(static_cast<std::size_t>(row)); }
    /// The row of a case by name, or -1.
    int rowOf(const QString& name) const;
    /// The attribute behind a column (FirstAttributeColumn and on), or null.
    const store::AttributeRow* attributeAt(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// How a consent state reads in the table.
    static QString consentLabel(const std::string& state);

signals:
    void attributeEdited(const QString& caseName, const QString& attribute, const QString& value);

private:
    QString valueText(const store::CaseRow& row, const store::AttributeRow& attribute) const;

    std::vector<store::CaseRow> m_cases;
    std::vector<store::AttributeRow> m_attributes;
};

} // namespace cairn::gui
