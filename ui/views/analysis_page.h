#pragma once
// One tab of the Analysis view: a chart or heat map over a table the core computed. The page asks
// its questions through ProjectQueries (workers), keeps the table it shows for export, and reports
// a click on a bar or cell as the passages to list.

#include "analysis/table.h"
#include "jobs/analysis_job.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QHBoxLayout;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace cairn::gui {

class ProjectQueries;

class AnalysisPage : public QWidget {
    Q_OBJECT
public:
    AnalysisPage(ProjectQueries* queries, QWidget* parent = nullptr);

    /// The project was opened, changed or closed: ask again.
    virtual void refresh() = 0;
    /// What "Export Picture" saves.
    virtual QWidget* picture() const = 0;
    /// What "Export Table" saves.
    const analysis::Table& table() const { return m_table; }

    bool exportPicture(const QString& path) const;
    bool exportTable(const QString& path) const;

signals:
    /// A bar or cell was clicked: list the passages `query` finds, under `caption`.
    void passagesRequested(const QString& caption, const cairn::project::CellQuery& query);
    /// A new table is shown.
    void tableShown();

protected:
    ProjectQueries* queries() const { return m_queries; }
    void setTable(analysis::Table table) { m_table = std::move(table); }
    /// "Label: [field]", the label the field's buddy (its mnemonic focuses the field).
    static QHBoxLayout* labelledRow(const QString& label, QWidget* field);
    /// Fills `choice` with `first` (data "") and each case attribute with categories (not numbers or
    /// dates) as `format` with its name (data: the name), keeps `*current` chosen if still offered,
    /// sets `*current` to what is chosen, then calls `then`. `channel` names the question.
    void offerAttributes(const QString& channel, QComboBox* choice, const QString& first,
                         const QString& format, QString* current, std::function<void()> then);
    /// Shows `chart` in `view`, deleting the chart shown before (QChartView does not).
    static void replaceChart(QChartView* view, QChart* chart);
    /// Chooses `value` in `choice` (the first entry when it is not offered) and keeps it in `*current`.
    static void choose(QComboBox* choice, const QString& value, QString* current);

private:
    ProjectQueries* m_queries;
    analysis::Table m_table;
};

/// The column named `name`, or -1.
int columnOf(const analysis::Table& table, const std::string& name);

} // namespace cairn::gui
