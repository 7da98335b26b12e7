#pragma once
// A case's consent: the state (unknown, may be quoted, anonymous only, none), the day it was recorded
// and a note (how and by whom it was given).

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cairn::gui {

class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    ConsentDialog(const QString& caseName, const QString& state, const QString& date, const QString& note,
                  QWidget* parent = nullptr);

    QString state() const;
    /// YYYY-MM-DD, or empty when no date is given.
    QString date() const;
    QString note() const;

    QComboBox* stateBox() const { return m_state; }
    QCheckBox* dated() const { return m_dated; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* noteEdit() const { return m_note; }

private:
    QComboBox* m_state;
    QCheckBox* m_dated;
    QDateEdit* m_date;
    QLineEdit* m_note;
};

} // namespace cairn::gui
