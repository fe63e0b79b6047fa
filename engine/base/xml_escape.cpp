#include "base/xml_escape.h"

namespace potro {

void append_xml_escaped(std::string& out, std::string_view s, XmlPlace place, bool one_line) {
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += place == XmlPlace::Attribute ? "&quot;" : "\"";
                break;
            case '\n':
                out += one_line ? "&#10;" : "\n";
                break;
            case '\r':
                out += one_line ? "&#13;" : "\r";
                break;
            case '\t':
                out += one_line ? "&#9;" : "\t";
                break;
            default:
                out += c;
        }
    }
}

}  // namespace potro
