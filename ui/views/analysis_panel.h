#pragma once
// The Analysis view: code frequencies, a heat map (co-occurrence or crosstab), a paired before/after
// comparison and an indicator side by side with its evidence, each a tab over a core analysis run in
// a worker; below them the passages behind the bar or cell last clicked. Pictures export as PNG or
// SVG, tables as CSV.

#include <QWidget>

class QLabel;
class QTabWidget;

namespace cairn::project {
struct CellQuery;
}

namespace cairn::gui {

class AnalysisPage;
class FrequencyPage;
class HeatMapPage;
class JobRunner;
class PairedPage;
class PassageList;
class ProjectQueries;
class SideBySidePage;

class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisPanel(JobRunner* runner, QWidget* parent = nullptr);

    /// The project analysed (read-only in workers); empty: none, and the panel clears.
    void setProjectPath(const QString& path);
    /// Asks every tab again (after an edit).
    void refresh();
    bool isBusy() const;

    FrequencyPage* frequencies() const { return m_frequencies; }
    HeatMapPage* heatMap() const { return m_heatMap; }
    PairedPage* paired() const { return m_paired; }
    SideBySidePage* sideBySide() const { return m_sideBySide; }
    PassageList* passages() const { return m_passages; }
    QTabWidget* tabs() const { return m_tabs; }
    AnalysisPage* currentPage() const;

signals:
    void passageChosen(const QString& sourceGuid, qint64 start, qint64 end);
    /// Every question asked so far has been answered.
    void idle();

private:
    void listPassages(const QString& caption, const project::CellQuery& query);
    void exportPicture();
    void exportTable();

    ProjectQueries* m_queries;
    QTabWidget* m_tabs;
    FrequencyPage* m_frequencies;
    HeatMapPage* m_heatMap;
    PairedPage* m_paired;
    SideBySidePage* m_sideBySide;
    PassageList* m_passages;
    QLabel* m_status;
};

} // namespace cairn::gui
