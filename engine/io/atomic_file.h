// Writing outputs so that nothing half-written is ever left under the final name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "potro/diagnostic.h"

namespace potro {

// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it into
// place. On any failure the temporary file is removed and `path` is left as it was.
Status write_file_atomically(const std::string& path, std::string_view bytes);

struct AtomicWrite {
    // Where the temporary file is made (on the same file system as `path`); empty: beside it.
    // A bulk export keeps them in a folder of its own, so a killed run leaves nothing
    // half-written among the outputs.
    std::string temp_dir;
    bool flush_to_disk = true;  // fsync before the rename
};
Status write_file_atomically(const std::string& path, std::string_view bytes,
                             const AtomicWrite& how);

// Reads a file, whole or its first `max_bytes`; an error names the file.
Result<std::string> read_file(const std::string& path, size_t max_bytes = SIZE_MAX);

}  // namespace potro
