// The DOCX as a whole: what goes into it, prepared once, then each part written by its own
// file and zipped in a fixed order with fixed timestamps (same input, same bytes).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include <string>
#include <string_view>
#include <vector>

#include "assembly/blocks.h"
#include "potro/diagnostic.h"

namespace potro::docx {

struct DocxOptions {
    std::string bengali_font = "Noto Serif Bengali";  // w:cs: the complex-script font
    std::string latin_font = "Noto Serif";            // w:ascii / w:hAnsi
    // The faces' scales in the template (<latin scale="0.9">): Latin runs are set that much
    // smaller in the PDF, and in Word too (w:sz for Latin, w:szCs for Bangla).
    double bengali_scale = 1.0;
    double latin_scale = 1.0;
    // A table's column widths in points for a frame `width` wide, as the PDF's pages set them
    // (widened where a proportion would cut a word); empty: the document's proportions. The
    // export stage, which can measure text, supplies it.
    std::function<std::vector<float>(const TableBlock&, float width)> column_widths;
    // Fonts to embed (TrueType bytes, already cut to what a clerk types), by the family name
    // the runs use; a face left empty is not embedded. Word and LibreOffice then show the same
    // letters on a computer without them.
    // The bytes are shared, not copied: the same faces go into every document of a bulk
    // export, and their obfuscated, deflated form is made once for each (font_parts.cpp).
    struct EmbeddedFamily {
        std::string family;
        std::shared_ptr<const std::string> regular, bold;
    };
    std::vector<EmbeddedFamily> embedded_fonts;
};

// A package entry deflated, with its CRC.
struct Packed {
    std::string bytes;
    uint32_t crc = 0;
    size_t size = 0;  // before deflating
};
Packed pack(std::string_view data);

// An embedded font file as the package holds it: obfuscated with its key (ISO/IEC 29500-1
// §17.8.1) and deflated, ready for the zip.
struct FontFile {
    std::string key;  // {GUID}
    Packed packed;    // the obfuscated font
};

// An embedded face's part in word/fonts/, related from word/fontTable.xml.
struct FontPart {
    std::string family;
    bool bold = false;
    std::string part;    // word/fonts/font1.odttf
    std::string rel_id;  // rId1, in word/_rels/fontTable.xml.rels
    std::shared_ptr<const FontFile> file;
};

// An image the document uses, with its relationship id and part name.
struct Media {
    const Image* image = nullptr;
    std::string part;  // word/media/image1.png
    std::string rel_id;
    std::string content_type;
    std::string bytes;
    int width_px = 0, height_px = 0;
};

// Ids and cross-references, assigned before any part is written.
struct Prepared {
    const AssembledDocument* doc = nullptr;
    DocxOptions options;
    std::vector<Media> media;
    std::vector<FontPart> fonts;
    bool first_page_footer = false;  // page numbers start on page 2
};

// Each part, as its own function in its own file.
std::string content_types_xml(const Prepared& p);
std::string package_rels_xml();
std::string document_rels_xml(const Prepared& p);
std::string document_xml(const Prepared& p);
std::string styles_xml(const Prepared& p);
std::string settings_xml(const Prepared& p);
std::string font_table_xml(const Prepared& p);
std::string font_table_rels_xml(const Prepared& p);
// The embedded fonts' parts, keys and obfuscated bytes (font_parts.cpp).
std::vector<FontPart> font_parts(const DocxOptions& options);
std::string footer_xml(const Prepared& p, bool numbered);
std::string core_xml(const Prepared& p);
std::string app_xml();

// The whole package as bytes.
Result<std::string> export_docx(const AssembledDocument& doc, const DocxOptions& options);

}  // namespace potro::docx
