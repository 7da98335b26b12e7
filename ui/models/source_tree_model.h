#pragma once
// The sources of a project grouped by kind or by case. A project holds hundreds of sources, not
// millions, so the tree is built whole from one snapshot of the core's lists.

#include "project/project.h"

#include <QStandardItemModel>
#include <vector>

namespace cairn::gui {

struct SourceListing {
    std::vector<store::SourceRow> sources;
    std::vector<store::CaseRow> cases;
    std::vector<std::pair<std::int64_t, std::int64_t>> caseSources; // (case id, source id)

    static SourceListing read(project::Project& project);
};

class SourceTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum class Grouping { Kind, Case };
    static constexpr int GuidRole = Qt::UserRole + 1; // on source rows; empty on group rows

    explicit SourceTreeModel(QObject* parent = nullptr);

    void setListing(SourceListing listing);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    /// The row of a source by GUID or name, or an invalid index.
    QModelIndex findSource(const QString& guidOrName) const;

private:
    void rebuild();
    QStandardItem* sourceItem(const store::SourceRow& source) const;

    SourceListing m_listing;
    Grouping m_grouping = Grouping::Kind;
};

} // namespace cairn::gui
