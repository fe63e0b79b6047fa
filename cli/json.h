// Just enough JSON for the machine-readable summaries: strings escaped per RFC 8259.
#pragma once

#include <cstdio>
#include <string>

#include "potro/diagnostic.h"

namespace potro::cli {

inline std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

inline std::string json_diagnostic(const Diagnostic& d) {
    return "{\"severity\":" + json_string(d.severity == Severity::Error ? "error" : "warning") +
           ",\"file\":" + json_string(d.pos.file) + ",\"line\":" + std::to_string(d.pos.line) +
           ",\"column\":" + std::to_string(d.pos.column) +
           ",\"message\":" + json_string(d.message) + "}";
}

}  // namespace potro::cli
