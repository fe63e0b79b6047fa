#include "docx/package.h"
#include "docx/xml_writer.h"

namespace potro::docx {

namespace {
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

void rel(XmlWriter& w, const char* id, const std::string& type, const std::string& target) {
    w.start("Relationship").attr("Id", id).attr("Type", type).attr("Target", target).end();
}
}  // namespace

std::string package_rels_xml() {
    XmlWriter w;
    w.start("Relationships").attr("xmlns", kRelNs);
    rel(w, "rId1", std::string(kOfficeRel) + "officeDocument", "word/document.xml");
    rel(w, "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml");
    rel(w, "rId3", std::string(kOfficeRel) + "extended-properties", "docProps/app.xml");
    w.end();
    return w.finish();
}

std::string document_rels_xml(const Prepared& p) {
    XmlWriter w;
    w.start("Relationships").attr("xmlns", kRelNs);
    rel(w, "rIdStyles", std::string(kOfficeRel) + "styles", "styles.xml");
    rel(w, "rIdSettings", std::string(kOfficeRel) + "settings", "settings.xml");
    rel(w, "rIdFonts", std::string(kOfficeRel) + "fontTable", "fontTable.xml");
    rel(w, "rIdFooter1", std::string(kOfficeRel) + "footer", "footer1.xml");
    if (p.first_page_footer)
        rel(w, "rIdFooter2", std::string(kOfficeRel) + "footer", "footer2.xml");
    for (const Media& m : p.media) {
        rel(w, m.rel_id.c_str(), std::string(kOfficeRel) + "image", m.part.substr(5));  // "media/…"
    }
    w.end();
    return w.finish();
}

}  // namespace potro::docx
