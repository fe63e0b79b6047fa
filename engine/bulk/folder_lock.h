// OUTPUT_DIR/.potro/lock, held for a bulk run: two runs writing into one folder would replace
// each other's files and records.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "potro/diagnostic.h"

namespace potro {

// Holds OUTPUT_DIR/.potro/lock for the run.
class FolderLock {
  public:
    static Result<std::unique_ptr<FolderLock>> take(const std::filesystem::path& state_dir,
                                                    const std::string& output_dir);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

  private:
    explicit FolderLock(int fd) : fd_(fd) {}
    int fd_;
};

}  // namespace potro
