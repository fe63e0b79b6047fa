// The XMP metadata packet of an archival (PDF/A) file: what the Info dictionary says, in the
// form PDF/A requires and archives index, with the PDF/A part and conformance it claims.
#pragma once

#include <string>

namespace potro::pdf {

struct XmpFields {
    std::string title, description, creator, keywords;  // UTF-8
    std::string language = "bn-BD";
    std::string creator_tool;  // the Info /Creator
    std::string producer;      // the Info /Producer
    std::string date;          // ISO 8601 date-time, e.g. 2025-05-06T00:00:00Z
    int pdfa_part = 2;
    std::string pdfa_conformance = "U";
};

// A complete packet (xpacket header and trailer, UTF-8, no "bytes" attribute).
std::string xmp_packet(const XmpFields& fields);

}  // namespace potro::pdf
