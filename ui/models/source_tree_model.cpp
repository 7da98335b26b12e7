#include "models/source_tree_model.h"

#include <QLocale>
#include <map>
#include <set>

namespace cairn::gui {

SourceListing SourceListing::read(project::Project& project) {
    return {project.sources(), project.cases(), project.caseSources()};
}

SourceTreeModel::SourceTreeModel(QObject* parent) : QStandardItemModel(parent) {
    setHorizontalHeaderLabels({tr("Source"), tr("Characters")});
}

void SourceTreeModel::setListing(SourceListing listing) {
    m_listing = std::move(listing);
    rebuild();
}

void SourceTreeModel::setGrouping(Grouping grouping) {
    if (grouping == m_grouping) return;
    m_grouping = grouping;
    rebuild();
}

QStandardItem* SourceTreeModel::sourceItem(const store::SourceRow& source) const {
    auto* item = new QStandardItem(QString::fromStdString(source.name));
    item->setData(QString::fromStdString(source.guid), GuidRole);
    item->setEditable(false);
    item->setToolTip(tr("%1 · %2 passages · language %3")
                         .arg(QString::fromStdString(source.kind))
                         .arg(source.passages)
                         .arg(source.lang.empty() ? tr("mixed") : QString::fromStdString(source.lang)));
    return item;
}

void SourceTreeModel::rebuild() {
    removeRows(0, rowCount());
    setHorizontalHeaderLabels({tr("Source"), tr("Characters")});
    const QLocale locale;
    auto addGroup = [&](const QString& title, const std::vector<const store::SourceRow*>& members) {
        auto* group = new QStandardItem(tr("%1 (%2)").arg(title).arg(members.size()));
        group->setEditable(false);
        auto* groupCount = new QStandardItem();
        groupCount->setEditable(false);
        for (const auto* source : members) {
            auto* chars = new QStandardItem(locale.toString(static_cast<qlonglong>(source->chars)));
            chars->setEditable(false);
            chars->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            group->appendRow({sourceItem(*source), chars});
        }
        appendRow({group, groupCount});
    };
    if (m_grouping == Grouping::Kind) {
        std::map<std::string, std::vector<const store::SourceRow*>> byKind;
        for (const auto& source : m_listing.sources)
            byKind[source.kind].push_back(&source);
        for (const auto& [kind, members] : byKind)
            addGroup(QString::fromStdString(kind), members);
        return;
    }
    std::map<std::int64_t, const store::SourceRow*> byId;
    for (const auto& source : m_listing.sources)
        byId[source.id] = &source;
    std::map<std::int64_t, std::vector<const store::SourceRow*>> byCase;
    std::set<std::int64_t> linked;
    for (const auto& [caseId, sourceId] : m_listing.caseSources) {
        const auto found = byId.find(sourceId);
        if (found == byId.end()) continue;
        auto& members = byCase[caseId];
        if (std::find(members.begin(), members.end(), found->second) == members.end())
            members.push_back(found->second);
        linked.insert(sourceId);
    }
    for (const auto& row : m_listing.cases) {
        const auto members = byCase.find(row.id);
        if (members != byCase.end()) addGroup(QString::fromStdString(row.name), members->second);
    }
    std::vector<const store::SourceRow*> unlinked;
    for (const auto& source : m_listing.sources)
        if (!linked.contains(source.id)) unlinked.push_back(&source);
    if (!unlinked.empty()) addGroup(tr("No case"), unlinked);
}

QModelIndex SourceTreeModel::findSource(const QString& guidOrName) const {
    for (int g = 0; g < rowCount(); ++g) {
        const auto* group = item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            const auto* child = group->child(r);
            if (child->data(GuidRole).toString() == guidOrName || child->text() == guidOrName)
                return child->index();
        }
    }
    return {};
}

} // namespace cairn::gui
