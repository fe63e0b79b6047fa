#include "pdf/xmp.h"

#include "base/xml_escape.h"

namespace potro::pdf {

namespace {

// XMP's text, with quotes escaped as well (as it always was: the same bytes).
std::string escaped(const std::string& s) {
    std::string out;
    append_xml_escaped(out, s, XmlPlace::Attribute);
    return out;
}

}  // namespace

std::string xmp_packet(const XmpFields& f) {
    // The begin attribute carries U+FEFF as UTF-8, as the XMP specification writes it.
    std::string x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\"\n";
    x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
    x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
    x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
    x += "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    if (!f.title.empty()) {
        x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(f.title) +
             "</rdf:li></rdf:Alt></dc:title>\n";
    }
    if (!f.description.empty()) {
        x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
             escaped(f.description) + "</rdf:li></rdf:Alt></dc:description>\n";
    }
    if (!f.creator.empty()) {
        x += "   <dc:creator><rdf:Seq><rdf:li>" + escaped(f.creator) +
             "</rdf:li></rdf:Seq></dc:creator>\n";
    }
    if (!f.language.empty()) {
        x += "   <dc:language><rdf:Bag><rdf:li>" + escaped(f.language) +
             "</rdf:li></rdf:Bag></dc:language>\n";
    }
    if (!f.keywords.empty()) x += "   <pdf:Keywords>" + escaped(f.keywords) + "</pdf:Keywords>\n";
    if (!f.producer.empty()) x += "   <pdf:Producer>" + escaped(f.producer) + "</pdf:Producer>\n";
    if (!f.creator_tool.empty()) {
        x += "   <xmp:CreatorTool>" + escaped(f.creator_tool) + "</xmp:CreatorTool>\n";
    }
    if (!f.date.empty()) {
        x += "   <xmp:CreateDate>" + f.date + "</xmp:CreateDate>\n";
        x += "   <xmp:ModifyDate>" + f.date + "</xmp:ModifyDate>\n";
        x += "   <xmp:MetadataDate>" + f.date + "</xmp:MetadataDate>\n";
    }
    x += "   <pdfaid:part>" + std::to_string(f.pdfa_part) + "</pdfaid:part>\n";
    x += "   <pdfaid:conformance>" + f.pdfa_conformance + "</pdfaid:conformance>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    // Room to edit the packet in place, as XMP writers leave it.
    for (int i = 0; i < 10; ++i) x += std::string(99, ' ') + "\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

}  // namespace potro::pdf
