#include "docx/run_properties.h"

#include <cmath>

namespace potro::docx {

void write_rPr(XmlWriter& w, const DocxOptions& o, float size, bool bold, bool complex) {
    w.start("w:rPr");
    w.start("w:rFonts")
        .attr("w:ascii", o.latin_font)
        .attr("w:hAnsi", o.latin_font)
        .attr("w:eastAsia", o.latin_font)
        .attr("w:cs", o.bengali_font)
        .end();
    if (bold) {
        w.empty("w:b");
        w.empty("w:bCs");
    }
    w.empty("w:sz", "w:val", std::to_string(std::lround(size * o.latin_scale * 2)));
    w.empty("w:szCs", "w:val", std::to_string(std::lround(size * o.bengali_scale * 2)));
    // w:cs makes Word set the whole run, its neutral signs too, as complex script: in the
    // Bangla font at w:szCs (the schema has no w:hint="cs").
    if (complex) w.empty("w:cs");
    w.start("w:lang").attr("w:val", "en-US").attr("w:bidi", "bn-BD").end();
    w.end();
}

}  // namespace potro::docx
