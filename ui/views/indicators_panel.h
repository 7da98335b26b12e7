#pragma once
// The Indicators view: the project's frameworks with their groups, domains and indicators as a tree;
// for the chosen one its definition, unit and direction, its values (periods × scopes) and the codes
// linked to it as evidence, which the user links and unlinks here (each one undo step). Reading runs
// in workers; linking goes through the window's writer.

#include "project/project.h"

#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace cairn::gui {

class JobRunner;
class ProjectQueries;
struct UserMessage;

class IndicatorsPanel : public QWidget {
    Q_OBJECT
public:
    using WriterFn = std::function<project::Project*()>;

    IndicatorsPanel(JobRunner* runner, QWidget* parent = nullptr);

    /// The project shown (read in workers) and how to reach its writer for linking; empty: none.
    void setProject(const QString& path, WriterFn writer);
    /// Reads the frameworks again, keeping the chosen indicator (after an edit or an undo).
    void reload();
    bool isBusy() const;

    /// Chooses an indicator by KEY:IDENT; false when the tree has none such.
    bool selectIndicator(const QString& ref);
    QString currentIndicator() const;
    /// Links or unlinks a code (path) and the chosen indicator, one undo step; false with a message
    /// when there is no writer or the core refuses.
    bool linkCode(const QString& code);
    bool unlinkCode(const QString& code);

    QTreeWidget* tree() const { return m_tree; }
    QTableWidget* values() const { return m_values; }
    QListWidget* codes() const { return m_codes; }
    QString details() const;

signals:
    /// A link was made or removed (the window updates Undo).
    void edited();
    void failed(const cairn::gui::UserMessage& message);
    void idle();

private:
    void showTree(std::vector<store::FrameworkRow> frameworks, std::vector<project::IndicatorInfo> nodes);
    void showCurrent();
    void showValues(const std::vector<project::ValueInfo>& values);
    void chooseCodeToLink();
    bool edit(const std::function<void(project::Project&)>& change);

    ProjectQueries* m_queries;
    WriterFn m_writer;
    std::vector<project::IndicatorInfo> m_nodes;
    QString m_wanted; // the indicator to select once the tree is read
    QTreeWidget* m_tree;
    QLabel* m_details;
    QTableWidget* m_values;
    QListWidget* m_codes;
    QPushButton* m_link;
    QPushButton* m_unlink;
};

} // namespace cairn::gui
