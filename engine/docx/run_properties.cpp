#include "docx/run_properties.h"

#include <cmath>

namespace potro::docx {

void write_rPr(XmlWriter& w, const DocxOptions& o, float size, bool bold) {
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
    const long half_points = std::lround(size * 2);
    w.empty("w:sz", "w:val", std::to_string(half_points));
    w.empty("w:szCs", "w:val", std::to_string(half_points));
    w.start("w:lang").attr("w:val", "en-US").attr("w:bidi", "bn-BD").end();
    w.end();
}

}  // namespace potro::docx
