// Writing outputs so that nothing half-written is ever left under the final name.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"

namespace potro {

// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it into
// place. On any failure the temporary file is removed and `path` is left as it was.
Status write_file_atomically(const std::string& path, std::string_view bytes);

// Reads a whole file; an error names the file.
Result<std::string> read_file(const std::string& path);

}  // namespace potro
