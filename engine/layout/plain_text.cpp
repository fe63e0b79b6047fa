#include "layout/plain_text.h"

#include "base/unicode.h"
#include "layout/place.h"

namespace potro {

std::vector<SourceParagraph> split_paragraphs(std::u16string_view text) {
    std::vector<SourceParagraph> out;
    SourceParagraph current;
    bool pending_space = false;
    int newlines = 0;
    auto flush = [&] {
        if (!current.text.empty()) out.push_back(std::move(current));
        current = SourceParagraph();
        pending_space = false;
    };
    for (uint32_t i = 0; i < text.size(); ++i) {
        const char16_t c = text[i];
        if (c == u'\r') continue;
        if (c == u'\n') {
            if (++newlines >= 2) flush();
            pending_space = !current.text.empty();
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\f' || c == u'\v') {
            pending_space = !current.text.empty();
            continue;
        }
        // A line of only spaces still separates paragraphs.
        if (newlines >= 2) flush();
        newlines = 0;
        if (pending_space) {
            current.text += u' ';
            current.source_index.push_back(i);
            pending_space = false;
        }
        current.text += c;
        current.source_index.push_back(i);
    }
    flush();
    return out;
}

TypesetResult typeset_plain_text(std::u16string_view source, const std::string& file,
                                 const FontSet& fonts, const PlainTextOptions& options,
                                 ShapeCache* cache) {
    TypesetResult result;
    const PageGeometry& g = options.page;
    auto new_page = [&] {
        Page p;
        p.width = g.width;
        p.height = g.height;
        result.document.pages.push_back(std::move(p));
    };
    new_page();
    float y = g.margin_top;
    const float gap =
        natural_line_height(fonts, options.font_size) * options.line_height * options.paragraph_gap;
    bool first = true;
    for (const SourceParagraph& sp : split_paragraphs(source)) {
        Paragraph para;
        para.text = sp.text;
        para.spans.push_back({0, static_cast<uint32_t>(sp.text.size()),
                              TextStyle{Weight::Regular, options.font_size, {}}});
        para.style.align = options.align;
        para.style.line_height = options.line_height;
        ParagraphLayout pl = layout_paragraph(para, g.text_width(), fonts, {cache});
        for (const UncoveredChar& u : pl.uncovered) {
            Diagnostic w = make_warning(
                position_of(source, sp.source_index[u.index], file),
                "no font of the font set has the character " + code_point_name(u.cp) + " (" +
                    utf16_to_utf8(sp.text.substr(u.index, u.cp > 0xFFFF ? 2 : 1)) +
                    "); it is drawn as an empty box. Add a font that covers it");
            w.code = DiagnosticCode::UncoveredCharacter;
            result.warnings.push_back(std::move(w));
        }
        if (!first) y += gap;
        first = false;
        float top = y;  // where the paragraph's first line starts on this page
        float consumed = 0;
        for (const Line& line : pl.lines) {
            const float line_bottom = top + (line.baseline - consumed) + line.descent;
            if (line_bottom > g.text_bottom() && y > g.margin_top + 0.01f) {
                new_page();
                // Lines keep their pitch; the part already placed is left on the previous page.
                consumed = line.baseline - line.ascent;
                top = g.margin_top;
            }
            place_line(line, para.text, g.margin_left, top - consumed,
                       result.document.pages.back());
            y = top + (line.baseline - consumed) + line.descent;
        }
        y = top + (pl.height - consumed);
    }
    return result;
}

}  // namespace potro
