#include "docx/package.h"
#include "docx/run_properties.h"
#include "docx/xml_writer.h"

#include "base/unicode.h"

namespace potro::docx {

namespace {

void field(XmlWriter& w, const Prepared& p, const char* instruction, float size) {
    auto run = [&](auto body) {
        w.start("w:r");
        write_rPr(w, p.options, size, false);
        body();
        w.end();
    };
    run([&] { w.empty("w:fldChar", "w:fldCharType", "begin"); });
    run([&] { w.start("w:instrText").attr("xml:space", "preserve").text(instruction).end(); });
    run([&] { w.empty("w:fldChar", "w:fldCharType", "separate"); });
    run([&] { w.start("w:t").text("1").end(); });
    run([&] { w.empty("w:fldChar", "w:fldCharType", "end"); });
}

}  // namespace

std::string footer_xml(const Prepared& p, bool numbered) {
    XmlWriter w;
    w.start("w:ftr").attr("xmlns:w", kNsW).attr("xmlns:r", kNsR);
    w.start("w:p");
    w.start("w:pPr")
        .empty("w:pStyle", "w:val", std::string(style_name(StyleRole::Footer)))
        .empty("w:jc", "w:val", "center")
        .end();
    if (numbered) {
        // The template's "পৃষ্ঠা {n} এর {total}": literal text around PAGE and NUMPAGES fields.
        const std::string format = utf16_to_utf8(p.doc->page_numbers.format);
        const float size = p.doc->page_numbers.size;
        size_t at = 0;
        while (at < format.size()) {
            const size_t n = format.find("{n}", at), t = format.find("{total}", at);
            const size_t next = std::min(n, t);
            if (next > at) {
                w.start("w:r");
                write_rPr(w, p.options, size, false);
                w.start("w:t")
                    .attr("xml:space", "preserve")
                    .text(
                        format.substr(at, (next == std::string::npos ? format.size() : next) - at))
                    .end();
                w.end();
            }
            if (next == std::string::npos) break;
            if (next == n) {
                field(w, p, " PAGE ", size);
                at = n + 3;
            } else {
                field(w, p, " NUMPAGES ", size);
                at = t + 7;
            }
        }
    }
    w.end();
    w.end();
    return w.finish();
}

}  // namespace potro::docx
