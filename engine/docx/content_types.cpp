#include "docx/package.h"
#include "docx/xml_writer.h"

namespace potro::docx {

std::string content_types_xml(const Prepared& p) {
    XmlWriter w;
    w.start("Types").attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    w.start("Default")
        .attr("Extension", "rels")
        .attr("ContentType", "application/vnd.openxmlformats-package.relationships+xml")
        .end();
    w.start("Default").attr("Extension", "xml").attr("ContentType", "application/xml").end();
    bool png = false, jpeg = false;
    for (const Media& m : p.media) (m.content_type == "image/png" ? png : jpeg) = true;
    if (png) w.start("Default").attr("Extension", "png").attr("ContentType", "image/png").end();
    if (jpeg) w.start("Default").attr("Extension", "jpeg").attr("ContentType", "image/jpeg").end();
    if (!p.fonts.empty()) {
        w.start("Default")
            .attr("Extension", "odttf")
            .attr("ContentType", "application/vnd.openxmlformats-officedocument.obfuscatedFont")
            .end();
    }
    const char* wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    auto over = [&](const char* part, const std::string& type) {
        w.start("Override").attr("PartName", part).attr("ContentType", type).end();
    };
    over("/word/document.xml", std::string(wml) + "document.main+xml");
    over("/word/styles.xml", std::string(wml) + "styles+xml");
    over("/word/settings.xml", std::string(wml) + "settings+xml");
    over("/word/fontTable.xml", std::string(wml) + "fontTable+xml");
    over("/word/footer1.xml", std::string(wml) + "footer+xml");
    if (p.first_page_footer) over("/word/footer2.xml", std::string(wml) + "footer+xml");
    over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    over("/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    w.end();
    return w.finish();
}

}  // namespace potro::docx
