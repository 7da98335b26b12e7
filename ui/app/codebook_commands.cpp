#include "app/codebook_commands.h"

#include "app/project_editor.h"
#include "views/code_details_pane.h"
#include "views/codebook_panel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

namespace cairn::gui {

CodebookCommands::CodebookCommands(ProjectEditor* editor, CodebookPanel* panel, QWidget* window)
    : QObject(window), m_editor(editor), m_panel(panel), m_window(window),
      m_add(new QAction(tr("&Add Code…"), this)), m_addSub(new QAction(tr("Add &Sub-code…"), this)),
      m_rename(new QAction(tr("&Rename Code"), this)), m_merge(new QAction(tr("&Merge Code Into…"), this)),
      m_delete(new QAction(tr("&Delete Code…"), this)),
      m_loadShipped(new QAction(tr("&Load Shipped Codebook…"), this)),
      m_import(new QAction(tr("&Import Codebook (.qdc)…"), this)),
      m_export(new QAction(tr("&Export Codebook (.qdc)…"), this)) {
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addSub->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_delete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_loadShipped->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_add, &QAction::triggered, this, [this] { chooseName(false); });
    connect(m_addSub, &QAction::triggered, this, [this] { chooseName(true); });
    connect(m_rename, &QAction::triggered, m_panel, &CodebookPanel::renameCurrent);
    connect(m_merge, &QAction::triggered, this, &CodebookCommands::chooseMergeTarget);
    connect(m_delete, &QAction::triggered, this, [this] { deleteCode(m_panel->currentCode()); });
    connect(m_loadShipped, &QAction::triggered, this, &CodebookCommands::chooseShipped);
    connect(m_import, &QAction::triggered, this, &CodebookCommands::chooseImport);
    connect(m_export, &QAction::triggered, this, &CodebookCommands::chooseExport);

    connect(m_panel->model(), &CodebookModel::renameRequested, this, &CodebookCommands::rename);
    connect(m_panel, &CodebookPanel::moveRequested, this, &CodebookCommands::move);
    connect(m_panel->details(), &CodeDetailsPane::applyRequested, this,
            [this](const QString& guid, const project::CodeFields& fields) {
                m_editor->edit([&](project::Project& p) { p.updateCode(guid.toStdString(), fields); });
            });
    m_panel->setContextActions(editActions());
}

QList<QAction*> CodebookCommands::editActions() const {
    return {m_add, m_addSub, m_rename, m_merge, m_delete};
}

QList<QAction*> CodebookCommands::fileActions() const {
    return {m_loadShipped, m_import, m_export};
}

void CodebookCommands::updateActions(bool writable) {
    const bool current = writable && !m_panel->currentCode().isEmpty();
    for (auto* action : {m_add, m_loadShipped, m_import, m_export})
        action->setEnabled(writable);
    for (auto* action : {m_addSub, m_rename, m_merge, m_delete})
        action->setEnabled(current);
}

QString CodebookCommands::pathOf(const QString& guid) const {
    return m_panel->model()->pathOf(guid);
}

bool CodebookCommands::addCode(const QString& parentGuid, const QString& name) {
    const auto trimmed = name.trimmed();
    if (trimmed.isEmpty()) return false;
    std::string guid;
    const bool ok = m_editor->edit([&](project::Project& p) {
        guid = p.addCode(project::childCodePath(pathOf(parentGuid).toStdString(), trimmed.toStdString()))
                   .code.guid;
    });
    if (ok) m_panel->selectCode(QString::fromStdString(guid));
    return ok;
}

bool CodebookCommands::rename(const QString& guid, const QString& name) {
    return m_editor->edit([&](project::Project& p) { p.renameCode(guid.toStdString(), name.toStdString()); });
}

bool CodebookCommands::move(const QString& guid, const QString& parentGuid) {
    return m_editor->edit([&](project::Project& p) {
        p.moveCode(guid.toStdString(), parentGuid.isEmpty() ? std::string() : parentGuid.toStdString());
    });
}

bool CodebookCommands::merge(const QString& fromGuid, const QString& intoGuidOrPath) {
    project::MergeResult result;
    const bool ok = m_editor->edit([&](project::Project& p) {
        result = p.mergeCodes(fromGuid.toStdString(), intoGuidOrPath.toStdString());
    });
    if (ok) m_panel->selectCode(intoGuidOrPath);
    return ok;
}

QString CodebookCommands::deleteQuestion(const QString& guid) const {
    const auto* info = m_panel->model()->info(guid);
    if (!info) return {};
    const QLocale locale;
    const auto subcodes = m_panel->model()->rowCount(m_panel->model()->findCode(guid));
    auto question = tr("Delete the code “%1”?").arg(QString::fromStdString(info->path));
    if (subcodes > 0) question += QLatin1Char(' ') + tr("Its sub-codes go with it.");
    question +=
        QLatin1Char(' ') + (info->codingsInTree == 0
                                ? tr("It has no codings.")
                                : tr("This deletes %1 codings.")
                                      .arg(locale.toString(static_cast<qlonglong>(info->codingsInTree))));
    return question;
}

bool CodebookCommands::deleteCode(const QString& guid) {
    const auto* info = m_panel->model()->info(guid);
    if (!info || !m_editor->project()) return false;
    const auto codings = info->codingsInTree;
    QMessageBox box(QMessageBox::Question, tr("Delete Code"), deleteQuestion(guid),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Undo brings the code and its codings back."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) return false;
    return m_editor->edit([&](project::Project& p) { p.deleteCode(guid.toStdString(), codings); });
}

bool CodebookCommands::loadShipped(const QString& name) {
    return m_editor->edit([&](project::Project& p) { p.loadCodebook(name.toStdString()); });
}

bool CodebookCommands::importQdc(const QString& path) {
    // A path with a folder in it: the core takes a bare name for a shipped codebook.
    return m_editor->edit(
        [&](project::Project& p) { p.loadCodebook(QFileInfo(path).absoluteFilePath().toStdString()); });
}

bool CodebookCommands::exportQdc(const QString& path) {
    return m_editor->read([&](project::Project& p) { p.exportCodebook(path.toStdString()); });
}

void CodebookCommands::chooseName(bool subcode) {
    const auto parent = subcode ? m_panel->currentCode() : QString();
    const auto label =
        subcode ? tr("Name of the new sub-code of “%1”:").arg(pathOf(parent)) : tr("Name of the new code:");
    bool ok = false;
    const auto name = QInputDialog::getText(m_window, subcode ? tr("Add Sub-code") : tr("Add Code"), label,
                                            QLineEdit::Normal, {}, &ok);
    if (ok) addCode(parent, name);
}

void CodebookCommands::chooseMergeTarget() {
    const auto from = m_panel->currentCode();
    if (from.isEmpty()) return;
    const auto fromPath = pathOf(from);
    QStringList targets;
    for (const auto& path : m_panel->model()->paths())
        if (path != fromPath && !path.startsWith(fromPath + QLatin1Char('/'))) targets << path;
    bool ok = false;
    const auto into = QInputDialog::getItem(m_window, tr("Merge Code"),
                                            tr("Move the codings and sub-codes of “%1” into:").arg(fromPath),
                                            targets, 0, false, &ok);
    if (ok && !into.isEmpty()) merge(from, into);
}

void CodebookCommands::chooseShipped() {
    QStringList names;
    for (const auto& name : project::Project::shippedCodebookNames())
        names << QString::fromStdString(name);
    if (names.isEmpty()) {
        QMessageBox::information(m_window, tr("Load Shipped Codebook"),
                                 tr("No shipped codebooks were found."));
        return;
    }
    bool ok = false;
    const auto name =
        QInputDialog::getItem(m_window, tr("Load Shipped Codebook"), tr("Codebook:"), names, 0, false, &ok);
    if (ok) loadShipped(name);
}

void CodebookCommands::chooseImport() {
    const auto path = QFileDialog::getOpenFileName(m_window, tr("Import Codebook"), {},
                                                   tr("REFI-QDA codebooks (*.qdc);;All files (*)"));
    if (!path.isEmpty()) importQdc(path);
}

void CodebookCommands::chooseExport() {
    auto path =
        QFileDialog::getSaveFileName(m_window, tr("Export Codebook"), {}, tr("REFI-QDA codebooks (*.qdc)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".qdc"))) path += QStringLiteral(".qdc");
    exportQdc(path);
}

} // namespace cairn::gui
