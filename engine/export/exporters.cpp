#include "export/exporter.h"

// The list: export/exporters.def names every exporter, one line each.

namespace potro {

#define POTRO_EXPORTER(format) const Exporter& format##_exporter();
#include "export/exporters.def"
#undef POTRO_EXPORTER

const std::vector<const Exporter*>& exporters() {
    static const std::vector<const Exporter*> all = {
#define POTRO_EXPORTER(format) &format##_exporter(),
#include "export/exporters.def"
#undef POTRO_EXPORTER
    };
    return all;
}

const Exporter* find_exporter(const std::string& format) {
    for (const Exporter* e : exporters()) {
        if (e->format() == format) return e;
    }
    return nullptr;
}

Result<const Exporter*> exporter_for(const std::string& format) {
    if (const Exporter* e = find_exporter(format)) return e;
    return make_error({},
                      "potro cannot write \"" + format + "\"; the formats are: " + format_names());
}

std::string format_names() {
    std::string out;
    for (const Exporter* e : exporters()) out += (out.empty() ? "" : ", ") + e->format();
    return out;
}

std::vector<std::string> default_formats() {
    std::vector<std::string> out;
    for (const Exporter* e : exporters()) {
        if (e->by_default()) out.push_back(e->format());
    }
    return out;
}

}  // namespace potro
