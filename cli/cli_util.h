// What the subcommands share: reporting a usage error and reading numeric options.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "base/numbers.h"
#include "commands.h"

namespace potro::cli {

inline int usage_error(const char* command, const std::string& message) {
    std::fprintf(stderr, "potro %s: %s\n(see potro %s --help)\n", command, message.c_str(),
                 command);
    return kExitUsage;
}

// A number within [lo, hi], or false ("nan" and "inf" are not numbers here).
inline bool parse_number(const char* text, double lo, double hi, double* out) {
    const auto v = read_decimal(text ? text : "");
    if (!v || *v < lo || *v > hi) return false;
    *out = *v;
    return true;
}

// --pdfa[=2|3]: no value means PDF/A-2u.
inline bool parse_pdfa(const char* value, std::optional<int>* out) {
    const std::string v = value ? value : "2";
    if (v == "2" || v == "2u") {
        *out = 2;
    } else if (v == "3" || v == "3u") {
        *out = 3;
    } else {
        return false;
    }
    return true;
}

}  // namespace potro::cli
