#pragma once
// What the user reads when something goes wrong. The core throws typed errors (common/error.h)
// carrying the facts; this maps each type to a title, what happened and what to do, in the user's
// language, keeping the core's own sentence as the details.

#include <QString>
#include <exception>

namespace cairn::gui {

enum class ErrorKind { Locked, TooNew, Damaged, Disk, Duplicate, BadInput, NotFound, Cancelled, Unexpected };

struct UserMessage {
    ErrorKind kind = ErrorKind::Unexpected;
    QString title;
    QString text;    // what happened
    QString advice;  // what the user can do about it
    QString details; // the core's message, for a report
};

/// Describes `error`, met while working on `subject` (a project or file path; may be empty).
UserMessage describeError(const std::exception& error, const QString& subject = {});

} // namespace cairn::gui
