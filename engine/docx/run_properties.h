// Run properties set up the way Word expects Bangla: the complex-script font and size
// (w:cs, w:szCs, w:bCs) beside the Latin ones, and bn-BD as the complex-script language.
#pragma once

#include "docx/package.h"
#include "docx/xml_writer.h"

namespace potro::docx {

// `complex`: the run is Bangla (with the spaces and signs among it), marked w:cs so that Word
// sets its neutral characters (: , ( ) -) in the Bangla font and size, as the PDF does.
void write_rPr(XmlWriter& w, const DocxOptions& o, float size, bool bold, bool complex = true);

// Points to twentieths of a point (the unit of most WordprocessingML lengths).
inline long twips(float points) {
    return static_cast<long>(points * 20.0f + 0.5f);
}

}  // namespace potro::docx
