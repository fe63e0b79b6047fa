// The assembled document: what the minutes become after the template's wording, numbering and
// dates are applied. Both exporters start here: the PDF through potro's layout, the DOCX
// directly (Word lays text out itself).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "doc/document_info.h"
#include "doc/image.h"
#include "doc/page_geometry.h"
#include "doc/paragraph.h"
#include "doc/style_role.h"

namespace potro {

// A paragraph, optionally with a hanging label ("১।", "(ক)") in a column of its own.
struct ParaBlock {
    Paragraph para;
    std::u16string label;
    float label_width = 0;  // points; the text starts after it
    float indent = 0;       // points from the left edge of the frame
    float space_before = 0;
    float space_after = 0;
    bool keep_with_next = false;
    int outline_level = 0;  // 1–3 for a heading (the DOCX's navigation pane lists it), else 0
    StyleRole role = StyleRole::Body;
    // Where the text was written in the document (line, column from 1; 0 when potro made it).
    int source_line = 0;
    int source_column = 0;
};

// A paragraph in one style throughout: a heading line, a table cell, a signature line.
inline ParaBlock single_style_para(const std::u16string& text, float size, Align align, bool bold,
                                   float line_height, StyleRole role) {
    ParaBlock p;
    p.para.text = text;
    p.para.spans.push_back({0, static_cast<uint32_t>(text.size()),
                            TextStyle{bold ? Weight::Bold : Weight::Regular, size, {}}});
    p.para.style.align = align;
    p.para.style.line_height = line_height;
    p.role = role;
    return p;
}

// A table cell holds paragraphs.
using Cell = std::vector<ParaBlock>;

struct TableBlock {
    std::vector<float> widths;            // fractions of the frame width, summing to 1
    std::vector<std::vector<Cell>> head;  // repeated at the top of every page the table spans
    std::vector<std::vector<Cell>> rows;
    bool borders = true;
    float padding = 3;  // points inside each cell
    // A table at most this fraction of a page tall moves whole to the next page rather than
    // split (the template's <tables keep-whole>).
    float keep_whole = 1.0f / 3;
    float space_before = 0;
    float space_after = 0;
    // A small table (the memo line) stays on the page of what follows it.
    bool keep_with_next = false;
    StyleRole role = StyleRole::TableText;
};

struct ImageBlock {
    ImageRef image;     // its own pixel size keeps its proportions
    float height = 50;  // points; the width follows the image's proportions
    float space_after = 0;
};

struct PageBreakBlock {};

struct DocBlock;

// Blocks that must stay on one page (a signature block); when they move to the next page, the
// last lines of the text before them move too, so they never stand alone at the top.
struct KeepTogether {
    std::vector<DocBlock> items;
    int lines_before = 2;
    // A signature block: its first item is the room left for the signature, where the PDF
    // puts an empty signature field of this name (empty: none).
    std::string signature_field;
    std::u16string signatory;  // "name\ndesignation", shown by a signing tool and on signing
};

struct DocBlock {
    std::variant<ParaBlock, TableBlock, ImageBlock, PageBreakBlock, KeepTogether> content;
};

struct PageNumbering {
    std::u16string format = u"পৃষ্ঠা {n} এর {total}";  // {n}, {total} become Bangla digits
    int from = 2;                                    // the first page that shows it
    float size = 10;
};

// How the DOCX carries its fonts (the template's <docx>).
struct DocxFonts {
    // The faces travel inside the file, cut to the characters a clerk types, so a computer
    // without them shows the same letters (about 170 KB a file with the bundled faces).
    bool embed = true;
    // The Bangla font the DOCX names instead of the PDF's face (e.g. Nikosh, which offices
    // have installed); empty: the PDF's. A named font is not embedded: potro has no file of it.
    std::string bengali_font;
};

struct AssembledDocument {
    PageGeometry page;
    std::vector<DocBlock> blocks;
    PageNumbering page_numbers;
    DocxFonts docx;
    DocumentInfo info;
    std::string style_name;  // the template's name
};

}  // namespace potro
