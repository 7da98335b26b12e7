#include "views/indicators_panel.h"

#include "app/error_message.h"
#include "jobs/project_queries.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace cairn::gui {

namespace {
constexpr int RefRole = Qt::UserRole + 1;
constexpr int NodeRole = Qt::UserRole + 2; // index into m_nodes

struct IndicatorTree {
    std::vector<store::FrameworkRow> frameworks;
    std::vector<project::IndicatorInfo> nodes;
};

QString unitName(const std::string& unit) {
    if (unit.empty()) return IndicatorsPanel::tr("none given");
    return QString::fromStdString(unit);
}

QString directionName(const std::string& direction) {
    if (direction == "higher") return IndicatorsPanel::tr("higher is better");
    if (direction == "lower") return IndicatorsPanel::tr("lower is better");
    return IndicatorsPanel::tr("neither way is better");
}
} // namespace

IndicatorsPanel::IndicatorsPanel(JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_queries(new ProjectQueries(runner, this)), m_tree(new QTreeWidget),
      m_details(new QLabel), m_values(new QTableWidget), m_codes(new QListWidget),
      m_link(new QPushButton(tr("&Link Code…"))), m_unlink(new QPushButton(tr("&Unlink"))) {
    m_tree->setHeaderLabels({tr("Indicator"), tr("Values"), tr("Codes")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Indicator frameworks"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setAccessibleName(tr("Values by period and scope"));
    m_codes->setAccessibleName(tr("Linked codes"));

    auto* detail = new QWidget;
    auto* layout = new QVBoxLayout(detail);
    layout->addWidget(m_details);
    layout->addWidget(new QLabel(tr("Values (periods × scopes):")));
    layout->addWidget(m_values, 2);
    layout->addWidget(new QLabel(tr("Codes linked as evidence:")));
    layout->addWidget(m_codes, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    layout->addLayout(buttons);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &IndicatorsPanel::showCurrent);
    connect(m_link, &QPushButton::clicked, this, &IndicatorsPanel::chooseCodeToLink);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (auto* item = m_codes->currentItem()) unlinkCode(item->text());
    });
    connect(m_codes, &QListWidget::currentItemChanged, this,
            [this] { m_unlink->setEnabled(m_codes->currentItem()); });
    connect(m_queries, &ProjectQueries::failed, this, &IndicatorsPanel::failed);
    connect(m_queries, &ProjectQueries::idle, this, &IndicatorsPanel::idle);
    showCurrent();
}

void IndicatorsPanel::setProject(const QString& path, WriterFn writer) {
    m_queries->setPath(path);
    m_writer = std::move(writer);
    m_nodes.clear();
    m_tree->clear();
    if (!path.isEmpty()) reload();
}

bool IndicatorsPanel::isBusy() const {
    return m_queries->isBusy();
}

void IndicatorsPanel::reload() {
    if (m_wanted.isEmpty()) m_wanted = currentIndicator();
    m_queries->ask<IndicatorTree>(
        QStringLiteral("indicator tree"),
        [](project::Project& p) {
            return IndicatorTree{p.frameworks(), p.indicators()};
        },
        [this](IndicatorTree& tree) { showTree(std::move(tree.frameworks), std::move(tree.nodes)); });
}

void IndicatorsPanel::showTree(std::vector<store::FrameworkRow> frameworks,
                               std::vector<project::IndicatorInfo> nodes) {
    m_nodes = std::move(nodes);
    m_tree->blockSignals(true);
    m_tree->clear();
    std::map<std::int64_t, QTreeWidgetItem*> byFramework;
    std::map<std::int64_t, QTreeWidgetItem*> byNode;
    for (const auto& f : frameworks) {
        auto* item = new QTreeWidgetItem(
            m_tree, {tr("%1 (%2)").arg(QString::fromStdString(f.name.empty() ? f.key : f.name),
                                       QString::fromStdString(f.key))});
        byFramework[f.id] = item;
    }
    const QLocale locale;
    QTreeWidgetItem* wanted = nullptr;
    QTreeWidgetItem* richest = nullptr; // shown first when nothing was chosen: numbers and evidence
    for (std::size_t i = 0; i < m_nodes.size(); ++i) { // parents come first
        const auto& node = m_nodes[i];
        auto* parent = node.row.parentId && byNode.contains(*node.row.parentId)
                           ? byNode[*node.row.parentId]
                           : byFramework[node.row.frameworkId];
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, tr("%1 %2").arg(QString::fromStdString(node.row.ident),
                                         QString::fromStdString(node.row.title)));
        item->setText(1, node.values ? locale.toString(static_cast<qlonglong>(node.values)) : QString());
        item->setText(2, node.codes.empty() ? QString()
                                            : locale.toString(static_cast<qlonglong>(node.codes.size())));
        item->setData(0, RefRole, QString::fromStdString(node.ref));
        item->setData(0, NodeRole, static_cast<qulonglong>(i));
        byNode[node.row.id] = item;
        if (QString::fromStdString(node.ref) == m_wanted) wanted = item;
        if (!richest && node.values > 0 && !node.codes.empty()) richest = item;
    }
    m_tree->blockSignals(false);
    if (m_wanted.isEmpty()) wanted = richest;
    m_wanted.clear();
    if (wanted) {
        m_tree->scrollToItem(wanted);
        m_tree->setCurrentItem(wanted);
    }
    showCurrent();
}

bool IndicatorsPanel::selectIndicator(const QString& ref) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, RefRole).toString() == ref) {
            m_tree->scrollToItem(*it);
            m_tree->setCurrentItem(*it);
            return true;
        }
    return false;
}

QString IndicatorsPanel::currentIndicator() const {
    auto* item = m_tree->currentItem();
    return item ? item->data(0, RefRole).toString() : QString();
}

QString IndicatorsPanel::details() const {
    return m_details->text();
}

void IndicatorsPanel::showCurrent() {
    auto* item = m_tree->currentItem();
    const bool isNode = item && item->data(0, NodeRole).isValid();
    m_link->setEnabled(isNode && m_writer);
    m_unlink->setEnabled(false);
    m_codes->clear();
    m_values->clear();
    m_values->setRowCount(0);
    m_values->setColumnCount(0);
    if (!isNode) {
        m_details->setText(tr("Choose an indicator to see its definition, values and linked codes."));
        return;
    }
    const auto& node = m_nodes[item->data(0, NodeRole).toULongLong()];
    m_details->setText(tr("<b>%1</b> — %2<br><i>%3</i><br>%4<br>Kind: %5 · Unit: %6 · Direction: %7")
                           .arg(QString::fromStdString(node.ref).toHtmlEscaped(),
                                QString::fromStdString(node.row.title).toHtmlEscaped(),
                                QString::fromStdString(node.row.definition).toHtmlEscaped(),
                                QString::fromStdString(node.row.source).toHtmlEscaped(),
                                QString::fromStdString(node.row.kind).toHtmlEscaped(),
                                unitName(node.row.unit).toHtmlEscaped(), directionName(node.row.direction)));
    for (const auto& code : node.codes)
        m_codes->addItem(QString::fromStdString(code));
    if (node.values == 0) return;
    project::ValueQuery query;
    query.indicator = node.ref;
    m_queries->ask<std::vector<project::ValueInfo>>(
        QStringLiteral("indicator values"), [query](project::Project& p) { return p.indicatorValues(query); },
        [this](std::vector<project::ValueInfo>& values) { showValues(values); });
}

void IndicatorsPanel::showValues(const std::vector<project::ValueInfo>& values) {
    // Periods down, scopes across, both in the order the core lists them (periods in time order).
    QStringList periods, scopes;
    for (const auto& v : values) {
        const auto period = QString::fromStdString(v.row.period);
        auto scope = QString::fromStdString(v.scope);
        if (!v.row.breakdown.empty())
            scope += QStringLiteral(" / ") + QString::fromStdString(v.row.breakdown);
        if (!periods.contains(period)) periods << period;
        if (!scopes.contains(scope)) scopes << scope;
    }
    m_values->setRowCount(static_cast<int>(periods.size()));
    m_values->setColumnCount(static_cast<int>(scopes.size()));
    m_values->setVerticalHeaderLabels(periods);
    m_values->setHorizontalHeaderLabels(scopes);
    const QLocale locale;
    for (const auto& v : values) {
        auto scope = QString::fromStdString(v.scope);
        if (!v.row.breakdown.empty())
            scope += QStringLiteral(" / ") + QString::fromStdString(v.row.breakdown);
        auto* cell = new QTableWidgetItem(locale.toString(v.row.value, 'g', 6));
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (v.row.n) cell->setToolTip(tr("n = %1").arg(*v.row.n));
        m_values->setItem(static_cast<int>(periods.indexOf(QString::fromStdString(v.row.period))),
                          static_cast<int>(scopes.indexOf(scope)), cell);
    }
}

void IndicatorsPanel::chooseCodeToLink() {
    auto* project = m_writer ? m_writer() : nullptr;
    if (!project) return;
    QStringList paths;
    for (const auto& info : project->codebook())
        paths << QString::fromStdString(info.path);
    bool ok = false;
    const auto code = QInputDialog::getItem(this, tr("Link Code"),
                                            tr("Code that is evidence for %1:").arg(currentIndicator()),
                                            paths, 0, false, &ok);
    if (ok && !code.isEmpty()) linkCode(code);
}

bool IndicatorsPanel::edit(const std::function<void(project::Project&)>& change) {
    auto* project = m_writer ? m_writer() : nullptr;
    if (!project || currentIndicator().isEmpty()) return false;
    try {
        change(*project);
    } catch (const std::exception& error) {
        emit failed(describeError(error, m_queries->path()));
        return false;
    }
    emit edited();
    reload();
    return true;
}

bool IndicatorsPanel::linkCode(const QString& code) {
    const auto ref = currentIndicator().toStdString();
    return edit([&](project::Project& p) { p.linkIndicator(code.toStdString(), ref); });
}

bool IndicatorsPanel::unlinkCode(const QString& code) {
    const auto ref = currentIndicator().toStdString();
    return edit([&](project::Project& p) { p.unlinkIndicator(code.toStdString(), ref); });
}

} // namespace cairn::gui
