#include "potro/diagnostic.h"

namespace potro {

std::string Diagnostic::to_string() const {
    std::string out;
    if (!pos.file.empty()) {
        out += pos.file;
        if (pos.line > 0) {
            out += ':' + std::to_string(pos.line);
            if (pos.column > 0) out += ':' + std::to_string(pos.column);
        }
        out += ": ";
    }
    out += severity == Severity::Error ? "error: " : "warning: ";
    out += message;
    return out;
}

Diagnostic make_error(SourcePos pos, std::string message) {
    return Diagnostic{Severity::Error, std::move(pos), std::move(message)};
}

Diagnostic make_warning(SourcePos pos, std::string message) {
    return Diagnostic{Severity::Warning, std::move(pos), std::move(message)};
}

}  // namespace potro
