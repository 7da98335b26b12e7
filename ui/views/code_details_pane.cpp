#include "views/code_details_pane.h"

#include "models/codebook_model.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cairn::gui {

namespace {
QPlainTextEdit* field(const QString& name, const QString& placeholder) {
    auto* edit = new QPlainTextEdit;
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(72);
    return edit;
}

std::string text(const QPlainTextEdit* edit) {
    return edit->toPlainText().trimmed().toStdString();
}
} // namespace

CodeDetailsPane::CodeDetailsPane(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)),
      m_definition(field(tr("Definition"), tr("What the code means"))),
      m_inclusion(field(tr("Inclusion"), tr("When to apply it"))),
      m_exclusion(field(tr("Exclusion"), tr("When not to apply it"))),
      m_example(field(tr("Example"), tr("A passage that fits"))), m_color(new QPushButton(this)),
      m_apply(new QPushButton(tr("&Apply"), this)) {
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_color->setText(tr("C&olour…"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->addRow(m_title);
    form->addRow(tr("&Definition:"), m_definition);
    form->addRow(tr("&Inclusion:"), m_inclusion);
    form->addRow(tr("E&xclusion:"), m_exclusion);
    form->addRow(tr("Exa&mple:"), m_example);
    form->addRow(tr("Colour:"), m_color);
    form->addRow(m_apply);
    for (auto* edit : {m_definition, m_inclusion, m_exclusion, m_example})
        connect(edit, &QPlainTextEdit::textChanged, this, &CodeDetailsPane::markChanged);
    connect(m_color, &QPushButton::clicked, this, &CodeDetailsPane::chooseColor);
    connect(m_apply, &QPushButton::clicked, this, &CodeDetailsPane::apply);
    showCode(nullptr);
}

void CodeDetailsPane::showCode(const project::CodeInfo* info) {
    m_filling = true;
    if (info)
        m_code = *info;
    else
        m_code.reset();
    m_title->setText(info ? QString::fromStdString(info->path) : tr("Choose a code to see its definition."));
    m_definition->setPlainText(info ? QString::fromStdString(info->code.definition) : QString());
    m_inclusion->setPlainText(info ? QString::fromStdString(info->code.inclusion) : QString());
    m_exclusion->setPlainText(info ? QString::fromStdString(info->code.exclusion) : QString());
    m_example->setPlainText(info ? QString::fromStdString(info->code.example) : QString());
    setColor(info ? codeColor(info->code.color, info->code.guid) : QColor());
    for (QWidget* w : {static_cast<QWidget*>(m_definition), static_cast<QWidget*>(m_inclusion),
                       static_cast<QWidget*>(m_exclusion), static_cast<QWidget*>(m_example),
                       static_cast<QWidget*>(m_color)})
        w->setEnabled(info != nullptr);
    m_apply->setEnabled(false);
    m_filling = false;
}

QString CodeDetailsPane::codeGuid() const {
    return m_code ? QString::fromStdString(m_code->code.guid) : QString();
}

void CodeDetailsPane::setColor(const QColor& color) {
    m_chosenColor = color;
    QPixmap pixmap(16, 16);
    pixmap.fill(color.isValid() ? color : QColor(Qt::transparent));
    m_color->setIcon(QIcon(pixmap));
    markChanged();
}

void CodeDetailsPane::chooseColor() {
    const auto color = QColorDialog::getColor(m_chosenColor, this, tr("Code Colour"));
    if (color.isValid()) setColor(color);
}

void CodeDetailsPane::markChanged() {
    if (!m_filling) m_apply->setEnabled(m_code.has_value());
}

void CodeDetailsPane::apply() {
    if (!m_code) return;
    const auto& code = m_code->code;
    project::CodeFields fields;
    const auto changed = [](const std::string& now, const std::string& was) {
        return now != was ? std::optional<std::string>(now) : std::nullopt;
    };
    fields.definition = changed(text(m_definition), code.definition);
    fields.inclusion = changed(text(m_inclusion), code.inclusion);
    fields.exclusion = changed(text(m_exclusion), code.exclusion);
    fields.example = changed(text(m_example), code.example);
    if (m_chosenColor.isValid() && m_chosenColor != codeColor(code.color, code.guid))
        fields.color = m_chosenColor.name().toStdString();
    if (!fields.definition && !fields.inclusion && !fields.exclusion && !fields.example && !fields.color)
        return;
    m_apply->setEnabled(false);
    emit applyRequested(QString::fromStdString(code.guid), fields);
}

} // namespace cairn::gui
