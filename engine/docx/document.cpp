#include <algorithm>
#include <cmath>

#include "base/unicode.h"
#include "docx/package.h"
#include "docx/run_properties.h"
#include "docx/xml_writer.h"

namespace potro::docx {

namespace {

const char* jc_of(Align a) {
    switch (a) {
        case Align::Left:
            return "left";
        case Align::Right:
            return "right";
        case Align::Center:
            return "center";
        case Align::Justify:
            break;
    }
    return "both";
}

// About how many lines a cell's text takes at `width` points: Bangla in the bundled faces
// averages under half an em per UTF-16 unit (vowel signs and hasanta take less). Word lays the
// lines out itself; this only decides which rows it may split (below).
int estimated_lines(const Cell& cell, float width) {
    int lines = 0;
    for (const ParaBlock& p : cell) {
        const float size = p.para.spans.empty() ? 12.0f : p.para.spans.front().style.size;
        const float text = 0.45f * size * static_cast<float>(p.para.text.size());
        const float room = std::max(width - p.indent - p.label_width, 1.0f);
        lines += std::max(1, static_cast<int>(std::ceil(text / room)));
    }
    return lines;
}

// word/document.xml, written block by block from the assembled document.
class DocumentWriter {
  public:
    explicit DocumentWriter(const Prepared& p) : p_(p), g_(p.doc->page) {}

    std::string run();

  private:
    void blocks(const std::vector<DocBlock>& list, bool keep_all);
    void write_pPr(const ParaBlock& b, bool keep_next, bool keep_lines);
    void write_runs(const ParaBlock& b);
    void text_run(const std::u16string& text, const TextStyle& style);
    void script_run(const std::u16string& text, const TextStyle& style, bool complex);
    void paragraph(const ParaBlock& b, bool keep_next, bool keep_lines);
    // `keep_next`: Word keeps the table on the page of what follows it (keepNext on every
    // paragraph of its cells and on the gap after it), as potro's layout keeps the memo line.
    void table(const TableBlock& t, bool keep_next);
    void image(const ImageBlock& im);
    void section();

    const Prepared& p_;
    PageGeometry g_;
    XmlWriter w_;
    bool page_break_pending_ = false;
    int drawing_id_ = 0;
};

void DocumentWriter::write_pPr(const ParaBlock& b, bool keep_next, bool keep_lines) {
    w_.start("w:pPr");
    w_.empty("w:pStyle", "w:val",
             b.outline_level >= 1 && b.outline_level <= 3
                 ? "Heading" + std::to_string(b.outline_level)
                 : std::string(style_name(b.role)));
    if (keep_next || b.keep_with_next) w_.empty("w:keepNext");
    if (keep_lines) w_.empty("w:keepLines");
    if (page_break_pending_) {
        w_.empty("w:pageBreakBefore");
        page_break_pending_ = false;
    }
    const float label_end = b.indent + (b.label.empty() ? 0 : b.label_width);
    if (!b.label.empty()) {
        w_.start("w:tabs")
            .start("w:tab")
            .attr("w:val", "left")
            .attr("w:pos", twips(label_end))
            .end()
            .end();
    }
    w_.start("w:spacing")
        .attr("w:before", twips(b.space_before))
        .attr("w:after", twips(b.space_after))
        .attr("w:line", std::lround(240 * b.para.style.line_height))
        .attr("w:lineRule", "auto")
        .end();
    w_.start("w:ind").attr("w:left", twips(label_end));
    if (!b.label.empty()) w_.attr("w:hanging", twips(b.label_width));
    w_.end();
    w_.empty("w:jc", "w:val", jc_of(b.para.style.align));
    if (b.outline_level > 0) w_.empty("w:outlineLvl", "w:val", std::to_string(b.outline_level - 1));
    w_.end();
}

// Latin letters and digits, which Word sets in the Latin font at w:sz.
bool is_latin(char16_t c) {
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
           (c >= 0x00C0 && c <= 0x024F);
}

bool is_neutral(char16_t c) {
    return !is_latin(c) && !(c >= 0x0980 && c <= 0x09FF);
}

void DocumentWriter::text_run(const std::u16string& text, const TextStyle& style) {
    // One run per stretch of Latin or of Bangla. A space or sign is Latin only between Latin
    // letters (or Latin and the text's edge); anywhere else it goes with the Bangla.
    const size_t n = text.size();
    std::vector<bool> latin(n, false);
    std::vector<int> next(n + 1, 0);  // the kind of the next letter: 1 Latin, -1 Bangla, 0 none
    for (size_t i = n; i-- > 0;)
        next[i] = is_neutral(text[i]) ? next[i + 1] : (is_latin(text[i]) ? 1 : -1);
    int before = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!is_neutral(text[i])) {
            latin[i] = is_latin(text[i]);
            before = latin[i] ? 1 : -1;
        } else {
            latin[i] = before >= 0 && next[i] >= 0 && before + next[i] > 0;
        }
    }
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && latin[b] == latin[a]) ++b;
        script_run(text.substr(a, b - a), style, !latin[a]);
        a = b;
    }
}

void DocumentWriter::script_run(const std::u16string& text, const TextStyle& style, bool complex) {
    if (text.empty()) return;
    w_.start("w:r");
    write_rPr(w_, p_.options, style.size, style.weight == Weight::Bold, complex);
    size_t a = 0;
    while (a <= text.size()) {
        size_t b = text.find(u'\n', a);
        if (b == std::u16string::npos) b = text.size();
        if (b > a)
            w_.start("w:t")
                .attr("xml:space", "preserve")
                .text(utf16_to_utf8(text.substr(a, b - a)))
                .end();
        if (b < text.size()) w_.empty("w:br");
        a = b + 1;
    }
    w_.end();
}

void DocumentWriter::write_runs(const ParaBlock& b) {
    const TextStyle first = b.para.spans.empty() ? TextStyle{} : b.para.spans.front().style;
    if (!b.label.empty()) {
        text_run(b.label, TextStyle{Weight::Regular, first.size, {}});
        w_.start("w:r");
        write_rPr(w_, p_.options, first.size, false);
        w_.empty("w:tab");
        w_.end();
    }
    for (const StyleSpan& s : b.para.spans) {
        if (s.end > s.start) text_run(b.para.text.substr(s.start, s.end - s.start), s.style);
    }
}

void DocumentWriter::paragraph(const ParaBlock& b, bool keep_next, bool keep_lines) {
    w_.start("w:p");
    write_pPr(b, keep_next, keep_lines);
    write_runs(b);
    w_.end();
}

void DocumentWriter::table(const TableBlock& t, bool keep_next) {
    if (page_break_pending_) {
        w_.start("w:p").start("w:r").empty("w:br", "w:type", "page").end().end();
        page_break_pending_ = false;
    }
    const float width = g_.text_width();
    // Column widths in points: the same the PDF's pages use when the export stage gives them.
    std::vector<float> cols;
    if (p_.options.column_widths) cols = p_.options.column_widths(t, width);
    if (cols.size() != t.widths.size()) {
        cols.clear();
        for (float f : t.widths) cols.push_back(f * width);
    }
    w_.start("w:tbl");
    w_.start("w:tblPr");
    w_.start("w:tblW").attr("w:w", twips(width)).attr("w:type", "dxa").end();
    w_.start("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        w_.start(side).attr("w:val", t.borders ? "single" : "nil");
        if (t.borders) w_.attr("w:sz", "4").attr("w:space", "0").attr("w:color", "000000");
        w_.end();
    }
    w_.end();
    w_.empty("w:tblLayout", "w:type", "fixed");
    w_.start("w:tblCellMar");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        w_.start(side).attr("w:w", twips(t.padding)).attr("w:type", "dxa").end();
    }
    w_.end();
    w_.end();
    w_.start("w:tblGrid");
    for (float c : cols) w_.empty("w:gridCol", "w:w", std::to_string(twips(c)));
    w_.end();
    // potro's layout splits a row only when each cut cell keeps two lines on each side, so a
    // row of fewer than four lines never splits: Word is told the same (w:cantSplit), and
    // heading rows repeat on every page (w:tblHeader).
    auto row = [&](const std::vector<Cell>& cells, bool header) {
        w_.start("w:tr");
        int tallest = 0;
        for (size_t c = 0; c < cells.size() && c < t.widths.size(); ++c)
            tallest = std::max(tallest, estimated_lines(cells[c], cols[c] - 2 * t.padding));
        if (header || tallest < 4) {
            w_.start("w:trPr");
            if (tallest < 4) w_.empty("w:cantSplit");
            if (header) w_.empty("w:tblHeader");
            w_.end();
        }
        for (size_t c = 0; c < cells.size() && c < t.widths.size(); ++c) {
            w_.start("w:tc");
            w_.start("w:tcPr")
                .start("w:tcW")
                .attr("w:w", twips(cols[c]))
                .attr("w:type", "dxa")
                .end()
                .end();
            if (cells[c].empty()) w_.start("w:p").end();
            for (const ParaBlock& pb : cells[c]) paragraph(pb, keep_next, false);
            w_.end();
        }
        w_.end();
    };
    for (const auto& r : t.head) row(r, true);
    for (const auto& r : t.rows) row(r, false);
    w_.end();
    // Word needs a paragraph between two tables or they merge; it also carries the gap.
    ParaBlock gap;
    gap.space_after = t.space_after;
    gap.para.style.line_height = 0.5f;
    gap.role = StyleRole::Body;
    paragraph(gap, keep_next, false);
}

void DocumentWriter::image(const ImageBlock& im) {
    const Media* m = nullptr;
    for (const Media& media : p_.media) {
        if (media.image == im.image.get()) m = &media;
    }
    if (!m || m->height_px <= 0) return;
    const long cy = std::lround(im.height * 12700);  // EMU per point
    const long cx = std::lround(static_cast<double>(cy) * m->width_px / m->height_px);
    const std::string id = std::to_string(++drawing_id_);
    w_.start("w:p");
    w_.start("w:pPr").empty("w:pStyle", "w:val", "Letterhead");
    w_.start("w:spacing").attr("w:after", twips(im.space_after)).end();
    w_.empty("w:jc", "w:val", "center").end();
    w_.start("w:r").start("w:drawing");
    w_.start("wp:inline")
        .attr("distT", "0")
        .attr("distB", "0")
        .attr("distL", "0")
        .attr("distR", "0");
    w_.start("wp:extent").attr("cx", cx).attr("cy", cy).end();
    w_.start("wp:docPr").attr("id", id).attr("name", "Emblem " + id).end();
    w_.start("a:graphic").attr("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main");
    w_.start("a:graphicData")
        .attr("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
    w_.start("pic:pic").attr("xmlns:pic",
                             "http://schemas.openxmlformats.org/drawingml/2006/picture");
    w_.start("pic:nvPicPr");
    w_.start("pic:cNvPr").attr("id", id).attr("name", m->part.substr(11)).end();
    w_.empty("pic:cNvPicPr");
    w_.end();
    w_.start("pic:blipFill");
    w_.start("a:blip").attr("r:embed", m->rel_id).end();
    w_.start("a:stretch").empty("a:fillRect").end();
    w_.end();
    w_.start("pic:spPr");
    w_.start("a:xfrm");
    w_.start("a:off").attr("x", "0").attr("y", "0").end();
    w_.start("a:ext").attr("cx", cx).attr("cy", cy).end();
    w_.end();
    w_.start("a:prstGeom").attr("prst", "rect").empty("a:avLst").end();
    w_.end();
    w_.end().end().end();  // pic:pic, a:graphicData, a:graphic
    w_.end().end().end();  // wp:inline, w:drawing, w:r
    w_.end();
}

void DocumentWriter::blocks(const std::vector<DocBlock>& list, bool keep_all) {
    for (size_t i = 0; i < list.size(); ++i) {
        const DocBlock& block = list[i];
        const bool last = i + 1 == list.size();
        // Word's keepNext does what potro's layout does: a block kept together stays with the
        // paragraph before it.
        const bool next_is_group =
            !last && std::holds_alternative<KeepTogether>(list[i + 1].content);
        if (const auto* pb = std::get_if<ParaBlock>(&block.content)) {
            paragraph(*pb, (keep_all && !last) || next_is_group, keep_all);
        } else if (const auto* t = std::get_if<TableBlock>(&block.content)) {
            table(*t, t->keep_with_next || (keep_all && !last) || next_is_group);
        } else if (const auto* im = std::get_if<ImageBlock>(&block.content)) {
            image(*im);
        } else if (std::holds_alternative<PageBreakBlock>(block.content)) {
            page_break_pending_ = true;
        } else if (const auto* g = std::get_if<KeepTogether>(&block.content)) {
            blocks(g->items, true);
        }
    }
}

void DocumentWriter::section() {
    w_.start("w:sectPr");
    w_.start("w:footerReference").attr("w:type", "default").attr("r:id", "rIdFooter1").end();
    if (p_.first_page_footer) {
        w_.start("w:footerReference").attr("w:type", "first").attr("r:id", "rIdFooter2").end();
    }
    w_.start("w:pgSz").attr("w:w", twips(g_.width)).attr("w:h", twips(g_.height)).end();
    w_.start("w:pgMar")
        .attr("w:top", twips(g_.margin_top))
        .attr("w:right", twips(g_.margin_right))
        .attr("w:bottom", twips(g_.margin_bottom))
        .attr("w:left", twips(g_.margin_left))
        .attr("w:header", twips(g_.margin_top * 0.5f))
        .attr("w:footer", twips(g_.margin_bottom * 0.4f))
        .attr("w:gutter", "0")
        .end();
    if (p_.first_page_footer) w_.empty("w:titlePg");
    w_.end();
}

std::string DocumentWriter::run() {
    w_.start("w:document")
        .attr("xmlns:w", kNsW)
        .attr("xmlns:r", kNsR)
        .attr("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
    w_.start("w:body");
    blocks(p_.doc->blocks, false);
    section();
    w_.end().end();
    return w_.finish();
}

}  // namespace

std::string document_xml(const Prepared& p) {
    return DocumentWriter(p).run();
}

}  // namespace potro::docx
