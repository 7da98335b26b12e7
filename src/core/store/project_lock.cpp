#include "store/project_lock.h"

#include "common/clock.h"
#include "common/error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cairn::store {

namespace {

std::string currentUser() {
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* user = std::getenv("USER")) return user;
    return "uid " + std::to_string(geteuid());
}

std::string hostName() {
    char buffer[256] = {};
    if (gethostname(buffer, sizeof buffer - 1) != 0) return "unknown host";
    return buffer;
}

std::string readAll(int fd) {
    std::string out;
    char buffer[1024];
    lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0 && out.size() < 65536;)
        out.append(buffer, static_cast<std::size_t>(n));
    return out;
}

std::optional<LockHolder> parseHolder(const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) return std::nullopt;
    LockHolder h;
    h.user = json.value("user", "");
    h.host = json.value("host", "");
    h.pid = json.value("pid", 0L);
    h.since = json.value("since", "");
    return h;
}

std::string describe(const std::optional<LockHolder>& h) {
    if (!h) return "another process (its details are unreadable)";
    return h->user + " on " + h->host + " (process " + std::to_string(h->pid) + ", since " + h->since + ")";
}

} // namespace

std::string ProjectLock::lockPathFor(const std::string& projectPath) {
    return projectPath + ".lock";
}

std::optional<LockHolder> ProjectLock::readHolder(const std::string& lockPath) {
    const int fd = open(lockPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    auto holder = parseHolder(readAll(fd));
    close(fd);
    return holder;
}

ProjectLock::ProjectLock(const std::string& projectPath) : m_path(lockPathFor(projectPath)) {
    // Loop: if the file we locked was unlinked by its previous holder between our open and our
    // flock, we hold a lock on a dead inode and must start again on the new file.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const int fd = open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            throw Io("cannot create the lock file " + m_path + ": " + std::strerror(errno) +
                     (errno == EACCES || errno == EROFS
                          ? " (the folder is read-only; open the project read-only)"
                          : ""));
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            const auto holder = parseHolder(readAll(fd));
            close(fd);
            if (error == EWOULDBLOCK)
                throw ProjectLocked(projectPath + " is open for writing by " + describe(holder) +
                                    ". Close it there, or open it read-only.");
            throw Io("cannot lock " + m_path + ": " + std::strerror(error));
        }
        struct stat byFd {
        }, byPath{};
        if (fstat(fd, &byFd) != 0 || stat(m_path.c_str(), &byPath) != 0 || byFd.st_ino != byPath.st_ino ||
            byFd.st_dev != byPath.st_dev) {
            close(fd);
            continue;
        }
        const auto previous = readAll(fd);
        if (!previous.empty()) m_staleHolder = parseHolder(previous);
        if (!m_staleHolder && !previous.empty()) m_staleHolder = LockHolder{};
        const nlohmann::json me = {{"user", currentUser()},
                                   {"host", hostName()},
                                   {"pid", static_cast<long>(getpid())},
                                   {"since", utcNowIso()}};
        const std::string text = me.dump() + "\n";
        if (ftruncate(fd, 0) != 0 ||
            pwrite(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
            const int error = errno;
            close(fd);
            throw Io("cannot write the lock file " + m_path + ": " + std::strerror(error));
        }
        m_fd = fd;
        return;
    }
    throw ProjectLocked("could not take the lock " + m_path + ": it kept changing under us");
}

ProjectLock::~ProjectLock() {
    if (m_fd < 0) return;
    // Unlink while still holding the lock, so nobody can lock the old inode after we let it go
    // without noticing (the inode check in the constructor).
    unlink(m_path.c_str());
    close(m_fd);
}

} // namespace cairn::store
