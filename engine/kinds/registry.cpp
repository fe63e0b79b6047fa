#include "kinds/kind.h"

// The registry: kinds/kinds.def names every kind, one line each.

namespace potro {

#define POTRO_KIND(name) const DocumentKind& name##_kind();
#include "kinds/kinds.def"
#undef POTRO_KIND

const std::vector<const DocumentKind*>& document_kinds() {
    static const std::vector<const DocumentKind*> kinds = {
#define POTRO_KIND(name) &name##_kind(),
#include "kinds/kinds.def"
#undef POTRO_KIND
    };
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
