#include "views/consent_dialog.h"

#include "models/case_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace cairn::gui {

ConsentDialog::ConsentDialog(const QString& caseName, const QString& state, const QString& date,
                             const QString& note, QWidget* parent)
    : QDialog(parent), m_state(new QComboBox(this)), m_dated(new QCheckBox(tr("&Recorded on"), this)),
      m_date(new QDateEdit(this)), m_note(new QLineEdit(this)) {
    setWindowTitle(tr("Consent of %1").arg(caseName));
    for (const auto& name : project::Project::consentStates())
        m_state->addItem(CaseTableModel::consentLabel(name), QString::fromStdString(name));
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    const auto parsed = QDate::fromString(date, Qt::ISODate);
    m_dated->setChecked(parsed.isValid());
    m_date->setDate(parsed.isValid() ? parsed : QDate::currentDate());
    m_date->setEnabled(parsed.isValid());
    connect(m_dated, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    m_note->setText(note);
    m_note->setPlaceholderText(tr("How consent was given, by whom, what it covers"));
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_date, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Consent:"), m_state);
    form->addRow(dateRow);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
}

QString ConsentDialog::state() const {
    return m_state->currentData().toString();
}

QString ConsentDialog::date() const {
    return m_dated->isChecked() ? m_date->date().toString(Qt::ISODate) : QString();
}

QString ConsentDialog::note() const {
    return m_note->text().trimmed();
}

} // namespace cairn::gui
