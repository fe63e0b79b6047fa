// A minutes template: page, fonts, sizes, spacing and the wording of fixed phrases. Templates
// are files (templates/minutes/NAME.xml), so a second template needs no code.
#pragma once

#include <map>
#include <string>

#include "assembly/blocks.h"
#include "bangla/wording.h"
#include "base/diagnostic.h"
#include "text/font_set.h"

namespace potro {

struct MinutesTemplate {
    std::string name = "standard";
    PageGeometry page;
    FontSetSpec fonts;
    float body_size = 13;
    float title_size = 14;
    float letterhead_size = 13;
    float small_size = 11;
    float line_height = 1.1f;
    float paragraph_gap = 6;  // points between paragraphs
    float section_gap = 12;   // before the signature, the issue part ...
    DateWording dates;
    TimeWording times;
    PageNumbering page_numbers;
    // Archival PDF by default: 0 none, 2 PDF/A-2u, 3 PDF/A-3u (carrying the source files).
    int pdfa_part = 0;
    // Fixed phrases by key: chair, date, time, place, attendance, issue-date, office-copy,
    // annex-serial, annex-name, annex-designation, annex-office, annex-phone, annex-signature.
    std::map<std::string, std::u16string> phrases;

    std::u16string phrase(const std::string& key) const;
};

// Reads templates/minutes/NAME.xml from `templates_dir`; font files are named relative to
// `font_dir`.
Result<MinutesTemplate> load_template(const std::string& templates_dir, const std::string& name,
                                      const std::string& font_dir);

}  // namespace potro
