#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace potro {

Status write_file_atomically(const std::string& path, std::string_view bytes) {
    return write_file_atomically(path, bytes, AtomicWrite{});
}

Status write_file_atomically(const std::string& path, std::string_view bytes,
                             const AtomicWrite& how) {
    std::string tmpl =
        how.temp_dir.empty()
            ? path + ".tmp-XXXXXX"
            : how.temp_dir + "/" + std::filesystem::path(path).filename().string() + ".tmp-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) {
        return make_error({path, 0, 0}, std::string("cannot create the output file: ") +
                                            std::strerror(errno) +
                                            "; check that the folder exists and is writable");
    }
    const std::string tmp(name.data());
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            return make_error({path, 0, 0},
                              std::string("cannot write the output file: ") + std::strerror(err));
        }
        done += static_cast<size_t>(n);
    }
    // mkstemp makes the file private; outputs are ordinary documents.
    ::fchmod(
        fd, 0644 & ~[] {
            mode_t m = ::umask(0);
            ::umask(m);
            return m;
        }());
    if ((how.flush_to_disk && ::fsync(fd) != 0) || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return make_error({path, 0, 0}, "cannot flush the output file to disk");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return make_error({path, 0, 0},
                          std::string("cannot move the output into place: ") + std::strerror(err));
    }
    return ok_status();
}

Result<std::string> read_file(const std::string& path, size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return make_error({path, 0, 0}, "cannot open the file; check the path");
    struct stat st {};
    if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
        ::close(fd);
        return make_error({path, 0, 0}, "cannot open the file; check the path");
    }
    std::string out;
    out.resize(std::min(static_cast<size_t>(st.st_size), max_bytes));
    size_t done = 0;
    // The size is a hint: a file that grows or shrinks while read is still read whole.
    for (;;) {
        if (done == max_bytes) break;
        if (done == out.size()) out.resize(std::min(out.size() + 65536, max_bytes));
        const ssize_t n = ::read(fd, out.data() + done, out.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            return make_error({path, 0, 0},
                              std::string("cannot read the file: ") + std::strerror(errno));
        }
        if (n == 0) break;
        done += static_cast<size_t>(n);
    }
    ::close(fd);
    out.resize(done);
    return out;
}

}  // namespace potro
