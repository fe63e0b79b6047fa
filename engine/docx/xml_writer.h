// A thin, checked wrapper over libxml2's xmlTextWriter for the package parts.
#pragma once

#include <libxml/xmlwriter.h>

#include <string>
#include <string_view>

namespace potro::docx {

class XmlWriter {
  public:
    XmlWriter();
    ~XmlWriter();
    XmlWriter(const XmlWriter&) = delete;
    XmlWriter& operator=(const XmlWriter&) = delete;

    XmlWriter& start(const char* element);
    XmlWriter& attr(const char* name, std::string_view value);
    XmlWriter& attr(const char* name, long value);
    XmlWriter& text(std::string_view utf8);
    XmlWriter& end();
    // <element name="value"/>, the most common shape in WordprocessingML.
    XmlWriter& empty(const char* element, const char* name = nullptr, std::string_view value = {});
    // The finished part, with its XML declaration.
    std::string finish();

  private:
    xmlBufferPtr buffer_;
    xmlTextWriterPtr writer_;
};

// The namespaces of WordprocessingML parts.
inline constexpr const char* kNsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kNsR =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

}  // namespace potro::docx
