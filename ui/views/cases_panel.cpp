#include "views/cases_panel.h"

#include "app/project_editor.h"
#include "views/consent_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cairn::gui {

CasesPanel::CasesPanel(ProjectEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new CaseTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_add(new QAction(tr("&Add Case…"), this)), m_delete(new QAction(tr("&Delete Case…"), this)),
      m_attribute(new QAction(tr("Add A&ttribute…"), this)),
      m_consent(new QAction(tr("Edit &Consent…"), this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // a filter matches any column: name, kind, consent or a value
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter cases…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter cases"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Cases"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_delete->setShortcut(QKeySequence(Qt::Key_Delete));
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_attribute->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_consent->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    for (auto* action : {m_add, m_delete, m_attribute, m_consent})
        m_table->addAction(action);
    addAction(m_delete);
    connect(m_add, &QAction::triggered, this, &CasesPanel::chooseNewCase);
    connect(m_delete, &QAction::triggered, this, [this] { deleteCase(currentCase()); });
    connect(m_attribute, &QAction::triggered, this, &CasesPanel::chooseNewAttribute);
    connect(m_consent, &QAction::triggered, this, [this] { editConsent(currentCase()); });
    connect(m_model, &CaseTableModel::attributeEdited, this,
            [this](const QString& caseName, const QString& attribute, const QString& value) {
                setAttribute(caseName, attribute, value);
            });
    connect(m_table, &QTableView::doubleClicked, this, &CasesPanel::activated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentCaseChanged(currentCase()); });
    auto* bar = new QToolBar(this);
    bar->addActions({m_add, m_attribute, m_consent, m_delete});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    refresh();
}

QList<QAction*> CasesPanel::actions() const {
    return {m_add, m_attribute, m_consent, m_delete};
}

void CasesPanel::refresh() {
    const auto current = currentCase();
    std::vector<store::CaseRow> cases;
    std::vector<store::AttributeRow> attributes;
    const bool open = m_editor->read([&](project::Project& p) {
        cases = p.cases();
        attributes = p.attributes();
    });
    m_model->setCases(std::move(cases), std::move(attributes));
    if (!current.isEmpty()) selectCase(current);
    setEnabled(open);
}

QString CasesPanel::currentCase() const {
    const auto index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? QString::fromStdString(m_model->caseAt(index.row()).name) : QString();
}

bool CasesPanel::selectCase(const QString& name) {
    const auto row = m_model->rowOf(name);
    if (row < 0) return false;
    const auto index = m_proxy->mapFromSource(m_model->index(row, CaseTableModel::NameColumn));
    if (!index.isValid()) return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool CasesPanel::addCase(const QString& name, const QString& kind) {
    const auto trimmed = name.trimmed();
    if (trimmed.isEmpty()) return false;
    const bool ok =
        m_editor->edit([&](project::Project& p) { p.addCase(trimmed.toStdString(), kind.toStdString()); });
    if (ok) selectCase(trimmed);
    return ok;
}

bool CasesPanel::deleteCase(const QString& name) {
    const auto row = m_model->rowOf(name);
    if (row < 0) return false;
    const auto& found = m_model->caseAt(row);
    QMessageBox box(QMessageBox::Question, tr("Delete Case"),
                    tr("Delete the case “%1” with its attribute values and memos?").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("Its %n source(s) stay in the project, no longer linked to it. Undo brings the case back.",
           nullptr, static_cast<int>(found.sources)));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) return false;
    return m_editor->edit([&](project::Project& p) { p.deleteCase(name.toStdString()); });
}

bool CasesPanel::setAttribute(const QString& caseName, const QString& attribute, const QString& value,
                              const QString& newType) {
    return m_editor->edit([&](project::Project& p) {
        p.setCaseAttribute(caseName.toStdString(), attribute.toStdString(), value.toStdString(),
                           newType.isEmpty() ? std::nullopt
                                             : std::optional<std::string>(newType.toStdString()));
    });
}

bool CasesPanel::setConsent(const QString& caseName, const QString& state, const QString& date,
                            const QString& note) {
    return m_editor->edit([&](project::Project& p) {
        p.setConsent(caseName.toStdString(), state.toStdString(), date.toStdString(), note.toStdString());
    });
}

void CasesPanel::editConsent(const QString& caseName) {
    const auto row = m_model->rowOf(caseName);
    if (row < 0) return;
    const auto& found = m_model->caseAt(row);
    ConsentDialog dialog(caseName, QString::fromStdString(found.consent),
                         QString::fromStdString(found.consentDate), QString::fromStdString(found.consentNote),
                         this);
    if (dialog.exec() == QDialog::Accepted)
        setConsent(caseName, dialog.state(), dialog.date(), dialog.note());
}

void CasesPanel::activated(const QModelIndex& proxyIndex) {
    const auto index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid()) return;
    const auto name = QString::fromStdString(m_model->caseAt(index.row()).name);
    if (index.column() == CaseTableModel::ConsentColumn)
        editConsent(name);
    else if (index.column() < CaseTableModel::FirstAttributeColumn)
        emit caseSourcesRequested(name);
}

void CasesPanel::chooseNewCase() {
    bool ok = false;
    const auto name =
        QInputDialog::getText(this, tr("Add Case"), tr("Name of the new case:"), QLineEdit::Normal, {}, &ok);
    if (ok) addCase(name);
}

void CasesPanel::chooseNewAttribute() {
    const auto caseName = currentCase();
    if (caseName.isEmpty()) return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Attribute"));
    auto* name = new QLineEdit(&dialog);
    auto* type = new QComboBox(&dialog);
    for (const auto& t : project::Project::attributeTypes())
        type->addItem(QString::fromStdString(t));
    auto* value = new QLineEdit(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Attribute:"), name);
    form->addRow(tr("&Type:"), type);
    form->addRow(tr("&Value for %1:").arg(caseName), value);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && !name->text().trimmed().isEmpty())
        setAttribute(caseName, name->text().trimmed(), value->text(), type->currentText());
}

} // namespace cairn::gui
