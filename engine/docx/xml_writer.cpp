#include "docx/xml_writer.h"

#include <stdexcept>

namespace potro::docx {

namespace {
const xmlChar* X(const char* s) {
    return reinterpret_cast<const xmlChar*>(s);
}
void check(int rc) {
    if (rc < 0) throw std::runtime_error("libxml2 could not write the DOCX part");
}
}  // namespace

XmlWriter::XmlWriter() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
    check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", "yes"));
}

XmlWriter::~XmlWriter() {
    if (writer_) xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
}

XmlWriter& XmlWriter::start(const char* element) {
    check(xmlTextWriterStartElement(writer_, X(element)));
    return *this;
}

XmlWriter& XmlWriter::attr(const char* name, std::string_view value) {
    check(xmlTextWriterWriteAttribute(writer_, X(name), X(std::string(value).c_str())));
    return *this;
}

XmlWriter& XmlWriter::attr(const char* name, long value) {
    return attr(name, std::to_string(value));
}

XmlWriter& XmlWriter::text(std::string_view utf8) {
    check(xmlTextWriterWriteString(writer_, X(std::string(utf8).c_str())));
    return *this;
}

XmlWriter& XmlWriter::end() {
    check(xmlTextWriterEndElement(writer_));
    return *this;
}

XmlWriter& XmlWriter::empty(const char* element, const char* name, std::string_view value) {
    start(element);
    if (name) attr(name, value);
    return end();
}

std::string XmlWriter::finish() {
    check(xmlTextWriterEndDocument(writer_));
    xmlFreeTextWriter(writer_);
    writer_ = nullptr;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                       static_cast<size_t>(xmlBufferLength(buffer_)));
}

}  // namespace potro::docx
