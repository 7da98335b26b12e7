#pragma once
// One typed error hierarchy for the whole core. Each error carries what a user needs to act on it;
// the CLI's main, the GUI's job runner and slots turn them into a message and an exit code.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace cairn {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The input (a file, a value, a query) is malformed or unsupported. `file` and `byteOffset`
/// locate the problem when known.
class InvalidInput : public Error {
public:
    explicit InvalidInput(const std::string& message, std::string file = {},
                          std::optional<std::int64_t> byteOffset = std::nullopt);
    const std::string& file() const { return m_file; }
    std::optional<std::int64_t> byteOffset() const { return m_byteOffset; }

private:
    std::string m_file;
    std::optional<std::int64_t> m_byteOffset;
};

/// A named thing (source, case, attribute…) does not exist.
class NotFound : public Error {
public:
    using Error::Error;
};

/// Importing a file whose content is already in the project.
class DuplicateInput : public InvalidInput {
public:
    using InvalidInput::InvalidInput;
};

/// Another process holds the project for writing.
class ProjectLocked : public Error {
public:
    using Error::Error;
};

/// The project was written by a newer Cairn whose schema this build does not know.
class ProjectTooNew : public Error {
public:
    using Error::Error;
};

/// The project file is damaged or is not a Cairn project.
class Corrupt : public Error {
public:
    using Error::Error;
};

/// The operating system or the disk failed: disk full, permission denied, I/O error.
class Io : public Error {
public:
    using Error::Error;
};

/// The user cancelled a job; the unit in progress was rolled back.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

} // namespace cairn
