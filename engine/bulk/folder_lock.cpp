#include "bulk/folder_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace potro {

Result<std::unique_ptr<FolderLock>> FolderLock::take(const std::filesystem::path& state_dir,
                                                     const std::string& output_dir) {
    const std::string path = (state_dir / "lock").string();
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return make_error({output_dir, 0, 0},
                          "cannot create a lock in the output folder; check it is writable");
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return make_error({output_dir, 0, 0},
                          "another potro bulk is writing into this folder; wait for it to "
                          "finish or choose another output folder");
    }
    return std::unique_ptr<FolderLock>(new FolderLock(fd));
}

FolderLock::~FolderLock() {
    ::close(fd_);
}

}  // namespace potro
