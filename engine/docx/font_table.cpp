#include "docx/package.h"
#include "docx/xml_writer.h"

namespace potro::docx {

std::string font_table_xml(const Prepared& p) {
    XmlWriter w;
    w.start("w:fonts").attr("xmlns:w", kNsW);
    if (!p.fonts.empty())
        w.attr("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    for (const std::string& name : {p.options.bengali_font, p.options.latin_font}) {
        w.start("w:font").attr("w:name", name);
        w.empty("w:charset", "w:val", "00");
        w.empty("w:family", "w:val", "roman");
        w.empty("w:pitch", "w:val", "variable");
        for (bool bold : {false, true}) {
            for (const FontPart& f : p.fonts) {
                if (f.family != name || f.bold != bold) continue;
                w.start(bold ? "w:embedBold" : "w:embedRegular")
                    .attr("r:id", f.rel_id)
                    .attr("w:fontKey", f.file->key)
                    .attr("w:subsetted", "true")
                    .end();
            }
        }
        w.end();
    }
    w.end();
    return w.finish();
}

std::string font_table_rels_xml(const Prepared& p) {
    XmlWriter w;
    w.start("Relationships")
        .attr("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    for (const FontPart& f : p.fonts) {
        w.start("Relationship")
            .attr("Id", f.rel_id)
            .attr("Type",
                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font")
            .attr("Target", f.part.substr(std::string("word/").size()))
            .end();
    }
    w.end();
    return w.finish();
}

}  // namespace potro::docx
