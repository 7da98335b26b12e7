#include "common/file_io.h"

#include "common/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace cairn {

namespace fs = std::filesystem;

std::string readInputFile(const std::string& path, std::int64_t maxBytes, const std::string& tooLargeAdvice) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InvalidInput("no such file", path);
    if (fs::is_directory(status)) throw InvalidInput("is a folder, not a file", path);
    const auto size = fs::file_size(path, ec);
    if (ec) throw InvalidInput("cannot read the file: " + ec.message(), path);
    if (size == 0) throw InvalidInput("the file is empty", path);
    if (static_cast<std::int64_t>(size) > maxBytes)
        throw InvalidInput("the file is " + std::to_string(size >> 20) + " MiB; Cairn reads files of up to " +
                               std::to_string(maxBytes >> 20) + " MiB" +
                               (tooLargeAdvice.empty() ? std::string() : ". " + tooLargeAdvice),
                           path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InvalidInput("cannot open the file for reading", path);
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size))
        throw InvalidInput("the file changed while being read", path);
    return bytes;
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    const fs::path target(path);
    const auto folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) throw Io(path + ": " + "cannot write to the folder: " + std::string(std::strerror(errno)));
    const auto fail = [&](const char* what) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        ::unlink(temp.c_str());
        throw Io(path + ": " + what + ": " + reason);
    };
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write the file");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0) fail("cannot set the file's permissions");
    if (::fsync(fd) != 0) fail("cannot flush the file to disk");
    if (::close(fd) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        throw Io(path + ": " + "cannot write the file: " + reason);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        throw Io(path + ": " + "cannot replace the file: " + reason);
    }
}

} // namespace cairn
