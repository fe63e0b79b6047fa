#include "docx/package.h"
#include "docx/xml_writer.h"

namespace potro::docx {

std::string core_xml(const Prepared& p) {
    const DocumentInfo& info = p.doc->info;
    XmlWriter w;
    w.start("cp:coreProperties")
        .attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
        .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
        .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    // No dates: the same input gives the same package.
    if (!info.title.empty()) w.start("dc:title").text(info.title).end();
    if (!info.subject.empty()) w.start("dc:subject").text(info.subject).end();
    if (!info.author.empty()) w.start("dc:creator").text(info.author).end();
    if (!info.keywords.empty()) w.start("cp:keywords").text(info.keywords).end();
    w.start("dc:language").text(info.language).end();
    w.end();
    return w.finish();
}

std::string app_xml() {
    XmlWriter w;
    w.start("Properties")
        .attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    w.start("Application").text("potro").end();
    w.end();
    return w.finish();
}

}  // namespace potro::docx
