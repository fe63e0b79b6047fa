// Fuzz target: random Unicode, heavy on Bangla (consonants, vowel signs, hasanta, nukta,
// ZWJ/ZWNJ, digits, dari) with Latin, spaces and stray code points, set as a paragraph at a
// random width and alignment, then written as a PDF, whose cluster-to-text mapping must hold
// for any shaping HarfBuzz gives.
#include <cstddef>
#include <cstdint>
#include <string>

#include "layout/plain_text.h"
#include "pdf/export_pdf.h"
#include "potro/source.h"
#include "text/font_set.h"
#include "text/paragraph.h"

using namespace potro;

namespace {

char16_t pick(uint8_t a, uint8_t b) {
    switch (a % 8) {
        case 0:
        case 1:
        case 2:
            return static_cast<char16_t>(0x0980 + b % 0x80);  // the Bengali block
        case 3:
            return u"\u200C\u200D\u0020\u0964\u09CD\u09BC\u0981\u00A0"[b % 8];
        case 4:
            return static_cast<char16_t>(0x20 + b % 0x5F);  // ASCII
        case 5:
            return static_cast<char16_t>(0x0300 + b % 0x70);  // combining marks
        case 6:
            return u"\n\t\u2028\uFEFF\u00AD\u200B\u25CC\u0000"[b % 8];
        default:
            return static_cast<char16_t>((a << 8) | b);  // anything, surrogates too
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const FileSource source(installed_folders());
    static const FontSet fonts = FontSet::load(FontSetSpec::bundled(), source).value();
    if (size < 3) return 0;
    std::u16string text;
    for (size_t i = 3; i + 1 < size && text.size() < 4000; i += 2)
        text += pick(data[i], data[i + 1]);
    Paragraph p;
    p.text = text;
    const float size_pt = 6.0f + static_cast<float>(data[0] % 30);
    p.spans.push_back({0, static_cast<uint32_t>(text.size()),
                       TextStyle{data[1] & 1 ? Weight::Bold : Weight::Regular, size_pt, {}}});
    p.style.align = static_cast<Align>(data[1] % 4);
    const float width = 5.0f + static_cast<float>(data[2]) * 2.0f;
    ShapeCache cache;
    (void)layout_paragraph(p, width, fonts, {data[1] & 2 ? &cache : nullptr});
    // The same text as a document: lines on pages, then PDF text with ToUnicode/ActualText.
    PlainTextOptions options;
    options.align = p.style.align;
    TypesetResult laid = typeset_plain_text(text, "fuzz.txt", fonts, options, &cache);
    (void)pdf::export_pdf(laid.document);
    return 0;
}
