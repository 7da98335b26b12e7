#include "views/memo_editor.h"

#include "app/project_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn::gui {

namespace {
constexpr int GuidRole = Qt::UserRole + 1;
}

MemoEditor::MemoEditor(ProjectEditor* editor, bool journal, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_journal(journal), m_target(new QLabel(this)),
      m_list(new QListWidget(this)), m_title(new QLineEdit(this)), m_text(new QPlainTextEdit(this)),
      m_new(new QPushButton(journal ? tr("&New Entry") : tr("&New Memo"), this)),
      m_save(new QPushButton(tr("&Save"), this)), m_delete(new QPushButton(tr("De&lete"), this)) {
    m_target->setWordWrap(true);
    // Small minimums: the panel shares its column with the codebook and must not set the window's height.
    m_list->setMinimumHeight(40);
    m_text->setMinimumHeight(40);
    m_target->setTextFormat(Qt::PlainText);
    m_list->setAccessibleName(journal ? tr("Journal entries") : tr("Memos"));
    m_title->setPlaceholderText(tr("Title"));
    m_title->setAccessibleName(tr("Memo title"));
    m_text->setPlaceholderText(journal ? tr("What happened, what you decided and why") : tr("Memo text"));
    m_text->setAccessibleName(tr("Memo text"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    if (!journal) layout->addWidget(m_target);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 2);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &MemoEditor::showCurrent);
    // New clears the fields for a memo not yet saved; Save adds it, or saves over the chosen one.
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        showCurrent();
        m_title->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() < 0)
            addMemo(m_title->text(), m_text->toPlainText());
        else
            saveCurrent();
    });
    connect(m_delete, &QPushButton::clicked, this, &MemoEditor::deleteCurrent);
    setTarget({}, {});
}

bool MemoEditor::hasTarget() const {
    return m_journal || !m_about.source.empty() || !m_about.caseName.empty() || !m_about.code.empty() ||
           !m_about.coding.empty();
}

void MemoEditor::setTarget(const project::MemoTarget& target, const QString& description) {
    if (m_journal) return refresh();
    m_about = target;
    m_target->setText(hasTarget() ? description
                                  : tr("Choose a source, case, code or coding to see its memos."));
    refresh();
}

void MemoEditor::refresh() {
    const auto current = m_list->currentItem() ? m_list->currentItem()->data(GuidRole).toString() : QString();
    m_memos.clear();
    const bool open =
        hasTarget() && m_editor->read([&](project::Project& p) { m_memos = p.memos(m_about, m_journal); });
    m_list->blockSignals(true);
    m_list->clear();
    for (const auto& memo : m_memos) {
        auto first = QString::fromStdString(memo.title.empty() ? memo.text : memo.title)
                         .section(QLatin1Char('\n'), 0, 0);
        if (first.size() > 60) first = first.left(59) + QStringLiteral("…");
        auto* item = new QListWidgetItem(
            tr("%1 · %2").arg(QString::fromStdString(memo.modifiedAt.substr(0, 10)), first));
        item->setData(GuidRole, QString::fromStdString(memo.guid));
        item->setToolTip(QString::fromStdString(memo.text));
        m_list->addItem(item);
    }
    m_list->blockSignals(false);
    selectMemo(current);
    for (QWidget* w :
         {static_cast<QWidget*>(m_list), static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_text),
          static_cast<QWidget*>(m_new), static_cast<QWidget*>(m_save)})
        w->setEnabled(open);
    m_delete->setEnabled(open && m_list->currentRow() >= 0);
}

void MemoEditor::selectMemo(const QString& guid) {
    int row = -1;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(GuidRole).toString() == guid) row = i;
    m_list->setCurrentRow(row);
    showCurrent();
}

void MemoEditor::showCurrent() {
    const auto row = m_list->currentRow();
    const bool chosen = row >= 0 && row < static_cast<int>(m_memos.size());
    m_title->setText(chosen ? QString::fromStdString(m_memos[static_cast<std::size_t>(row)].title)
                            : QString());
    m_text->setPlainText(chosen ? QString::fromStdString(m_memos[static_cast<std::size_t>(row)].text)
                                : QString());
    m_delete->setEnabled(chosen);
}

bool MemoEditor::addMemo(const QString& title, const QString& text) {
    if (!hasTarget()) return false;
    std::string guid;
    const bool ok = m_editor->edit([&](project::Project& p) {
        guid = p.addMemo(title.trimmed().toStdString(), text.toStdString(),
                         m_journal ? project::MemoTarget{} : m_about)
                   .guid;
    });
    if (ok) {
        refresh();
        selectMemo(QString::fromStdString(guid));
    }
    return ok;
}

bool MemoEditor::saveCurrent() {
    const auto* item = m_list->currentItem();
    if (!item) return false;
    const auto guid = item->data(GuidRole).toString();
    const bool ok = m_editor->edit([&](project::Project& p) {
        p.editMemo(guid.toStdString(), m_title->text().trimmed().toStdString(),
                   m_text->toPlainText().toStdString());
    });
    if (ok) {
        refresh();
        selectMemo(guid);
    }
    return ok;
}

bool MemoEditor::deleteCurrent() {
    const auto* item = m_list->currentItem();
    if (!item) return false;
    const auto guid = item->data(GuidRole).toString();
    QMessageBox box(QMessageBox::Question, tr("Delete Memo"), tr("Delete the memo “%1”?").arg(item->text()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Undo brings it back."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) return false;
    const bool ok = m_editor->edit([&](project::Project& p) { p.deleteMemo(guid.toStdString()); });
    if (ok) refresh();
    return ok;
}

} // namespace cairn::gui
