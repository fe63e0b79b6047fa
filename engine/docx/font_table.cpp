#include "docx/package.h"
#include "docx/xml_writer.h"

namespace potro::docx {

std::string font_table_xml(const Prepared& p) {
    XmlWriter w;
    w.start("w:fonts").attr("xmlns:w", kNsW);
    for (const std::string& name : {p.options.bengali_font, p.options.latin_font}) {
        w.start("w:font").attr("w:name", name);
        w.empty("w:charset", "w:val", "00");
        w.empty("w:family", "w:val", "roman");
        w.empty("w:pitch", "w:val", "variable");
        w.end();
    }
    w.end();
    return w.finish();
}

}  // namespace potro::docx
