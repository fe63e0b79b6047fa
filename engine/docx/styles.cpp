#include "docx/package.h"
#include "docx/run_properties.h"
#include "docx/xml_writer.h"

namespace potro::docx {

namespace {

// How each paragraph role looks as a named style a clerk can reuse in Word.
struct StyleLook {
    const char* jc;
    bool bold;
    bool keep_next;
};

constexpr StyleLook look_of(StyleRole role) {
    switch (role) {
        case StyleRole::Letterhead:
            return {"center", false, true};
        case StyleRole::Title:
            return {"center", true, true};
        case StyleRole::Subtitle:
            return {"center", false, true};
        case StyleRole::MeetingBlock:
            return {"left", false, false};
        case StyleRole::Body:
            return {"both", false, false};
        case StyleRole::Heading:
            return {"both", true, true};
        case StyleRole::TableText:
            return {"left", false, false};
        case StyleRole::Signature:
            return {"center", false, true};
        case StyleRole::MemoLine:
            return {"left", false, false};
        case StyleRole::Distribution:
            return {"both", false, false};
        case StyleRole::Footer:
            return {"center", false, false};
    }
    return {"both", false, false};
}

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
    for (const StyleRole role : kStyleRoles) {
        const std::string id(style_name(role));
        const StyleLook s = look_of(role);
        w.start("w:style")
            .attr("w:type", "paragraph")
            .attr("w:customStyle", "1")
            .attr("w:styleId", id);
        w.empty("w:name", "w:val", id);
        w.empty("w:basedOn", "w:val", "Normal");
        w.empty("w:qFormat");
        w.start("w:pPr");
        if (s.keep_next) w.empty("w:keepNext");
        w.empty("w:jc", "w:val", s.jc);
        w.end();
        if (s.bold) w.start("w:rPr").empty("w:b").empty("w:bCs").end();
        w.end();
    }
    // Word's own heading styles (heading 1–3), on potro's Heading look: Word's navigation pane
    // and outline, and converters (mammoth, pandoc), know a heading by them.
    for (int level = 1; level <= 3; ++level) {
        const std::string n = std::to_string(level);
        w.start("w:style").attr("w:type", "paragraph").attr("w:styleId", "Heading" + n);
        w.empty("w:name", "w:val", "heading " + n);
        w.empty("w:basedOn", "w:val", std::string(style_name(StyleRole::Heading)));
        w.empty("w:next", "w:val", std::string(style_name(StyleRole::Body)));
        w.empty("w:qFormat");
        w.start("w:pPr")
            .empty("w:keepNext")
            .empty("w:outlineLvl", "w:val", std::to_string(level - 1));
        w.end();
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
