#include "docx/package.h"
#include "docx/run_properties.h"
#include "docx/xml_writer.h"

namespace potro::docx {

namespace {

// The template's paragraph roles as named styles a clerk can reuse in Word.
struct StyleSpec {
    const char* id;
    const char* jc;
    bool bold;
    bool keep_next;
};

constexpr StyleSpec kStyles[] = {
    {"Letterhead", "center", false, true}, {"Title", "center", true, true},
    {"Subtitle", "center", false, true},   {"MeetingBlock", "left", false, false},
    {"Body", "both", false, false},        {"Heading", "both", true, true},
    {"TableText", "left", false, false},   {"Signature", "center", false, true},
    {"MemoLine", "left", false, false},    {"Distribution", "both", false, false},
    {"Footer", "center", false, false},
};

}  // namespace

std::string styles_xml(const Prepared& p) {
    XmlWriter w;
    w.start("w:styles").attr("xmlns:w", kNsW);
    w.start("w:docDefaults");
    w.start("w:rPrDefault");
    write_rPr(w, p.options, 13, false);
    w.end();
    w.start("w:pPrDefault").start("w:pPr");
    w.start("w:spacing")
        .attr("w:after", "0")
        .attr("w:line", "264")
        .attr("w:lineRule", "auto")
        .end();
    w.end().end();
    w.end();
    w.start("w:style")
        .attr("w:type", "paragraph")
        .attr("w:default", "1")
        .attr("w:styleId", "Normal");
    w.empty("w:name", "w:val", "Normal");
    w.empty("w:qFormat");
    w.end();
    for (const StyleSpec& s : kStyles) {
        w.start("w:style")
            .attr("w:type", "paragraph")
            .attr("w:customStyle", "1")
            .attr("w:styleId", s.id);
        w.empty("w:name", "w:val", s.id);
        w.empty("w:basedOn", "w:val", "Normal");
        w.empty("w:qFormat");
        w.start("w:pPr");
        if (s.keep_next) w.empty("w:keepNext");
        w.empty("w:jc", "w:val", s.jc);
        w.end();
        if (s.bold) w.start("w:rPr").empty("w:b").empty("w:bCs").end();
        w.end();
    }
    w.start("w:style")
        .attr("w:type", "table")
        .attr("w:default", "1")
        .attr("w:styleId", "TableNormal");
    w.empty("w:name", "w:val", "Normal Table");
    w.start("w:tblPr").start("w:tblCellMar");
    w.start("w:left").attr("w:w", "108").attr("w:type", "dxa").end();
    w.start("w:right").attr("w:w", "108").attr("w:type", "dxa").end();
    w.end().end();
    w.end();
    w.end();
    return w.finish();
}

}  // namespace potro::docx
