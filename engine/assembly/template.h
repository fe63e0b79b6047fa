// A template: page, fonts, sizes, spacing and the wording of fixed phrases. Each kind has its
// own folder of templates (templates/minutes/NAME.xml), read through the source, so a second
// template needs no code.
#pragma once

#include <map>
#include <string>

#include "assembly/blocks.h"
#include "bangla/wording.h"
#include "doc/font_spec.h"
#include "doc/page_geometry.h"
#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

struct Template {
    std::string name = "standard";
    SourceName file;  // where it was read from
    PageGeometry page;
    FontSetSpec fonts;
    float body_size = 13;
    float title_size = 14;
    float letterhead_size = 13;
    float small_size = 11;
    float line_height = 1.1f;
    float paragraph_gap = 6;            // points between paragraphs
    float section_gap = 12;             // before the signature, the issue part ...
    float table_keep_whole = 1.0f / 3;  // tables up to this fraction of a page are not split
    DateWording dates;
    TimeWording times;
    PageNumbering page_numbers;
    DocxFonts docx;
    // Archival PDF by default: 0 none, 2 PDF/A-2u, 3 PDF/A-3u (carrying the source files).
    int pdfa_part = 0;
    // Fixed phrases by key; each kind documents its keys (minutes: chair, date, time, place,
    // attendance, issue-date, office-copy, annex-serial, annex-name, ...).
    std::map<std::string, std::u16string> phrases;

    std::u16string phrase(const std::string& key) const;
};

// Reads templates/KIND_FOLDER/NAME.xml from the source's Templates area; the fonts it names
// are in the Fonts area.
Result<Template> load_template(const Source& source, const std::string& kind_folder,
                               const std::string& name);

}  // namespace potro
