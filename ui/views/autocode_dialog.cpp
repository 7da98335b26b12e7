#include "views/autocode_dialog.h"

#include "jobs/project_queries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace cairn::gui {

AutocodeDialog::AutocodeDialog(JobRunner* runner, const QString& projectPath, const QString& query,
                               const QStringList& codePaths, QWidget* parent)
    : QDialog(parent), m_queries(new ProjectQueries(runner, this)), m_query(query),
      m_code(new QComboBox(this)), m_unit(new QComboBox(this)), m_count(new QLabel(this)) {
    setWindowTitle(tr("Code All Results"));
    m_code->addItems(codePaths);
    m_code->setAccessibleName(tr("Code"));
    m_unit->addItem(tr("Whole passage"), static_cast<int>(project::AutocodeUnit::Passage));
    m_unit->addItem(tr("Sentence"), static_cast<int>(project::AutocodeUnit::Sentence));
    m_unit->addItem(tr("Matching words only"), static_cast<int>(project::AutocodeUnit::Match));
    m_count->setWordWrap(true);
    m_queries->setPath(projectPath);
    connect(m_queries, &ProjectQueries::failed, this, &AutocodeDialog::showFailure);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Ok);
    m_apply->setText(tr("&Code All"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* query_ = new QLabel(tr("Search: <b>%1</b>").arg(query.toHtmlEscaped()), this);
    auto* form = new QFormLayout(this);
    form->addRow(query_);
    form->addRow(tr("Code &with:"), m_code);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(m_count);
    form->addRow(buttons);
    connect(m_code, &QComboBox::currentIndexChanged, this, &AutocodeDialog::updatePreview);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AutocodeDialog::updatePreview);
    updatePreview();
}

project::AutocodeRequest AutocodeDialog::request() const {
    project::AutocodeRequest request;
    request.search.query = m_query.toStdString();
    request.code = m_code->currentText().toStdString();
    request.unit = static_cast<project::AutocodeUnit>(m_unit->currentData().toInt());
    return request;
}

void AutocodeDialog::updatePreview() {
    m_preview = {};
    m_ready = false;
    m_apply->setEnabled(false);
    if (m_code->currentText().isEmpty()) {
        m_count->setText(tr("The codebook has no code to apply."));
        m_ready = true;
        emit previewUpdated();
        return;
    }
    m_count->setText(tr("Counting what the search finds…"));
    auto dryRun = request();
    dryRun.dryRun = true;
    m_queries->ask<project::AutocodeResult>(
        QStringLiteral("autocode-preview"), [dryRun](project::Project& p) { return p.autocode(dryRun); },
        [this](project::AutocodeResult& result) { showPreview(result); });
}

void AutocodeDialog::showPreview(const project::AutocodeResult& result) {
    m_preview = result;
    m_ready = true;
    const QLocale locale;
    m_count->setText(tr("%1 passages in %2 sources found: %3 spans to code, %4 already coded with this code.")
                         .arg(locale.toString(static_cast<qlonglong>(m_preview.passages)),
                              locale.toString(static_cast<qlonglong>(m_preview.sources)),
                              locale.toString(static_cast<qlonglong>(m_preview.spans)),
                              locale.toString(static_cast<qlonglong>(m_preview.skipped))));
    m_apply->setEnabled(m_preview.spans > m_preview.skipped);
    emit previewUpdated();
}

void AutocodeDialog::showFailure() {
    m_ready = true;
    m_count->setText(tr("The search cannot be run."));
    m_apply->setEnabled(false);
    emit previewUpdated();
}

} // namespace cairn::gui
