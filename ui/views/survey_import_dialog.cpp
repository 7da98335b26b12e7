#include "views/survey_import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace cairn::gui {

SurveyImportDialog::SurveyImportDialog(const QString& path, const project::SurveyPreview& preview,
                                       QWidget* parent)
    : QDialog(parent), m_path(path), m_preview(preview), m_id(new QComboBox(this)),
      m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Import Survey"));
    const QLocale locale;
    auto* summary =
        new QLabel(tr("%1: %2 rows, %3 columns. Each row becomes a case and each column an attribute of the "
                      "type shown; tick the columns of free-text answers to import each answer as a "
                      "source.")
                       .arg(QFileInfo(path).fileName(), locale.toString(static_cast<qlonglong>(preview.rows)))
                       .arg(preview.columns.size()),
                   this);
    summary->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column (tick: open answers)"), tr("Type"), tr("Empty cells")});
    m_table->setRowCount(static_cast<int>(preview.columns.size()));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Survey columns"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto& column = preview.columns[static_cast<std::size_t>(row)];
        const auto name = QString::fromStdString(column.name);
        m_id->addItem(name);
        auto* item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(column.openAnswer ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, NameColumn, item);
        auto* type = new QComboBox(m_table);
        for (const auto& t : project::Project::attributeTypes())
            type->addItem(QString::fromStdString(t));
        type->setCurrentText(QString::fromStdString(column.type));
        m_table->setCellWidget(row, TypeColumn, type);
        auto* missing = new QTableWidgetItem(locale.toString(static_cast<qlonglong>(column.missing)));
        missing->setFlags(Qt::ItemIsEnabled);
        missing->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, MissingColumn, missing);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(summary);
    form->addRow(tr("Respondent &id column:"), m_id);
    form->addRow(m_table);
    form->addRow(buttons);
    resize(640, 480);
}

int SurveyImportDialog::rowOf(const QString& column) const {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->text() == column) return row;
    return -1;
}

QComboBox* SurveyImportDialog::typeBox(int row) const {
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, TypeColumn));
}

void SurveyImportDialog::setOpenAnswer(const QString& column, bool open) {
    if (const auto row = rowOf(column); row >= 0)
        m_table->item(row, NameColumn)->setCheckState(open ? Qt::Checked : Qt::Unchecked);
}

void SurveyImportDialog::setType(const QString& column, const QString& type) {
    if (const auto row = rowOf(column); row >= 0) typeBox(row)->setCurrentText(type);
}

project::SurveyRequest SurveyImportDialog::request() const {
    project::SurveyRequest request;
    request.path = m_path.toStdString();
    request.idColumn = m_id->currentText().toStdString();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto name = m_table->item(row, NameColumn)->text();
        if (name == m_id->currentText()) continue;
        if (m_table->item(row, NameColumn)->checkState() == Qt::Checked) {
            request.textColumns.push_back(name.toStdString());
            continue;
        }
        const auto type = typeBox(row)->currentText().toStdString();
        if (type != m_preview.columns[static_cast<std::size_t>(row)].type)
            request.types.emplace_back(name.toStdString(), type);
    }
    return request;
}

} // namespace cairn::gui
