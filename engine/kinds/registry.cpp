#include "kinds/kind.h"

// Every kind, one line each: kinds/NAME/ defines `const DocumentKind& NAME_kind()`.
#define POTRO_KINDS(KIND) KIND(minutes)

namespace potro {

#define POTRO_DECLARE_KIND(name) const DocumentKind& name##_kind();
POTRO_KINDS(POTRO_DECLARE_KIND)

const std::vector<const DocumentKind*>& document_kinds() {
#define POTRO_LIST_KIND(name) &name##_kind(),
    static const std::vector<const DocumentKind*> kinds = {POTRO_KINDS(POTRO_LIST_KIND)};
    return kinds;
}

const DocumentKind* find_kind(const std::string& root) {
    for (const DocumentKind* k : document_kinds()) {
        if (k->name() == root) return k;
    }
    return nullptr;
}

std::string kind_names() {
    std::string out;
    for (const DocumentKind* k : document_kinds()) out += (out.empty() ? "" : ", ") + k->name();
    return out;
}

}  // namespace potro
