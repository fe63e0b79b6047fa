// The names a client may give for files the server holds (an issued document's id, a file to
// download, a template or kind): Latin letters, digits, '.', '-' and '_', not starting with
// '.' — the same file on every system, and never a way out of its folder.
#pragma once

#include <string_view>

namespace potro::service {

inline bool safe_name(std::string_view s) {
    if (s.empty() || s.size() > 120 || s[0] == '.') return false;
    for (unsigned char c : s) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                        (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

}  // namespace potro::service
