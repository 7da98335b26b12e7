#include "app/error_message.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QFileInfo>

// Messages use QCoreApplication::translate with one literal context, which lupdate extracts from
// free functions, where tr() does not exist.

namespace cairn::gui {

namespace {
UserMessage make(ErrorKind kind, QString title, QString text, QString advice, const std::exception& error) {
    return {kind, std::move(title), std::move(text), std::move(advice), QString::fromStdString(error.what())};
}
} // namespace

UserMessage describeError(const std::exception& error, const QString& subject) {
    const QString name = subject.isEmpty() ? QCoreApplication::translate("ErrorMessage", "The project")
                                           : QFileInfo(subject).fileName();
    // Most derived types first: DuplicateInput is an InvalidInput.
    if (dynamic_cast<const ProjectLocked*>(&error))
        return make(ErrorKind::Locked, QCoreApplication::translate("ErrorMessage", "Project in use"),
                    QCoreApplication::translate("ErrorMessage",
                                                "%1 is open for editing in another Cairn window or program.")
                        .arg(name),
                    QCoreApplication::translate(
                        "ErrorMessage",
                        "Close it there and open it again here. Cairn never opens a project twice for "
                        "editing, so that two programs cannot mix their changes."),
                    error);
    if (dynamic_cast<const ProjectTooNew*>(&error))
        return make(
            ErrorKind::TooNew, QCoreApplication::translate("ErrorMessage", "Project from a newer Cairn"),
            QCoreApplication::translate("ErrorMessage",
                                        "%1 was saved by a newer version of Cairn than this one.")
                .arg(name),
            QCoreApplication::translate(
                "ErrorMessage", "Open it with that newer version, or install it here. This version has not "
                                "changed the file."),
            error);
    if (dynamic_cast<const Corrupt*>(&error))
        return make(
            ErrorKind::Damaged, QCoreApplication::translate("ErrorMessage", "Project damaged"),
            QCoreApplication::translate("ErrorMessage", "%1 is damaged or is not a Cairn project.").arg(name),
            QCoreApplication::translate(
                "ErrorMessage", "Open a backup copy of the project. `cairn check` on the command line lists "
                                "what is wrong with this one."),
            error);
    if (dynamic_cast<const Io*>(&error))
        return make(
            ErrorKind::Disk, QCoreApplication::translate("ErrorMessage", "Could not read or write"),
            QCoreApplication::translate("ErrorMessage", "The computer could not read or write %1.").arg(name),
            QCoreApplication::translate(
                "ErrorMessage", "Check that the disk has free space and that you may write to its folder."),
            error);
    if (dynamic_cast<const DuplicateInput*>(&error))
        return make(
            ErrorKind::Duplicate, QCoreApplication::translate("ErrorMessage", "Already imported"),
            QCoreApplication::translate("ErrorMessage", "%1 is already a source in this project.").arg(name),
            QCoreApplication::translate("ErrorMessage",
                                        "Nothing was imported: a project keeps one copy of each file."),
            error);
    if (const auto* invalid = dynamic_cast<const InvalidInput*>(&error)) {
        QString where =
            invalid->file().empty() ? name : QFileInfo(QString::fromStdString(invalid->file())).fileName();
        if (invalid->byteOffset())
            where = QCoreApplication::translate("ErrorMessage", "%1 (at byte %2)")
                        .arg(where)
                        .arg(*invalid->byteOffset());
        return make(ErrorKind::BadInput, QCoreApplication::translate("ErrorMessage", "Cannot use this input"),
                    QCoreApplication::translate("ErrorMessage", "Cairn could not use %1.").arg(where),
                    QCoreApplication::translate("ErrorMessage",
                                                "Nothing was changed. The details say what Cairn expected."),
                    error);
    }
    if (dynamic_cast<const NotFound*>(&error))
        return make(
            ErrorKind::NotFound, QCoreApplication::translate("ErrorMessage", "Not found"),
            QCoreApplication::translate("ErrorMessage", "Something %1 refers to no longer exists.").arg(name),
            QCoreApplication::translate("ErrorMessage",
                                        "It may have been deleted or renamed; reload the project."),
            error);
    if (dynamic_cast<const Cancelled*>(&error))
        return make(ErrorKind::Cancelled, QCoreApplication::translate("ErrorMessage", "Cancelled"),
                    QCoreApplication::translate("ErrorMessage", "The job was cancelled."),
                    QCoreApplication::translate("ErrorMessage", "Nothing of the unfinished part was saved."),
                    error);
    return make(
        ErrorKind::Unexpected, QCoreApplication::translate("ErrorMessage", "Something went wrong"),
        QCoreApplication::translate("ErrorMessage", "Cairn met an unexpected problem with %1.").arg(name),
        QCoreApplication::translate(
            "ErrorMessage", "Your project is unchanged by the failed step. Please report the details."),
        error);
}

} // namespace cairn::gui
