#include "docx/package.h"
#include "docx/xml_writer.h"

namespace potro::docx {

std::string settings_xml(const Prepared& p) {
    XmlWriter w;
    w.start("w:settings").attr("xmlns:w", kNsW);
    w.empty("w:zoom", "w:percent", "100");
    // The fonts travel with the document, cut to what a clerk types (in CT_Settings' order).
    if (!p.fonts.empty()) {
        w.empty("w:embedTrueTypeFonts");
        w.empty("w:saveSubsetFonts");
    }
    w.empty("w:defaultTabStop", "w:val", "720");
    w.empty("w:characterSpacingControl", "w:val", "doNotCompress");
    // CT_Settings is a sequence: w:compat comes before w:themeFontLang (Word checks the order).
    w.start("w:compat");
    w.start("w:compatSetting")
        .attr("w:name", "compatibilityMode")
        .attr("w:uri", "http://schemas.microsoft.com/office/word")
        .attr("w:val", "15")
        .end();
    w.end();
    // Bangla is the document's complex-script language (Word's "theme font language").
    w.start("w:themeFontLang").attr("w:val", "en-US").attr("w:bidi", "bn-BD").end();
    w.end();
    return w.finish();
}

}  // namespace potro::docx
