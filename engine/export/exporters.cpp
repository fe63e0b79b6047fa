#include "export/exporter.h"

// Every exporter, one line each: export/FORMAT_exporter.cpp defines FORMAT_exporter().
#define POTRO_EXPORTERS(EXPORTER) EXPORTER(pdf) EXPORTER(docx)

namespace potro {

#define POTRO_DECLARE_EXPORTER(format) const Exporter& format##_exporter();
POTRO_EXPORTERS(POTRO_DECLARE_EXPORTER)

const std::vector<const Exporter*>& exporters() {
#define POTRO_LIST_EXPORTER(format) &format##_exporter(),
    static const std::vector<const Exporter*> all = {POTRO_EXPORTERS(POTRO_LIST_EXPORTER)};
    return all;
}

const Exporter* find_exporter(const std::string& format) {
    for (const Exporter* e : exporters()) {
        if (e->format() == format) return e;
    }
    return nullptr;
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
