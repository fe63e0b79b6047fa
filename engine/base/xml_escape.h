// Text made safe to write into XML by hand (XMP packets, the XML a JSON document stands for).
#pragma once

#include <string>
#include <string_view>

namespace potro {

enum class XmlPlace {
    Content,    // & < > escaped
    Attribute,  // & < > " escaped (the value is written in double quotes)
};

// Appends `s` escaped for `place`. `one_line`: line breaks and tabs as character references
// too, so the text takes no line of its own and an attribute keeps them.
void append_xml_escaped(std::string& out, std::string_view s, XmlPlace place,
                        bool one_line = false);

}  // namespace potro
