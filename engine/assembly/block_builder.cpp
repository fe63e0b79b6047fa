#include "assembly/block_builder.h"

#include <algorithm>

#include "bangla/digits.h"
#include "base/unicode.h"

namespace potro {

// The model joins repeated <designation>/<office> lines with '\n'; each prints on its own.
std::vector<std::u16string> split_lines(const std::u16string& text) {
    std::vector<std::u16string> out;
    for (size_t a = 0, b; a <= text.size(); a = b + 1) {
        b = text.find(u'\n', a);
        if (b == std::u16string::npos) b = text.size();
        if (b > a) out.push_back(text.substr(a, b - a));
    }
    return out;
}

ParaBlock BlockBuilder::para(const std::u16string& text, float size, Align align, bool bold,
                             StyleRole role) const {
    return single_style_para(text, size, align, bold, t_.line_height, role);
}

ParaBlock BlockBuilder::rich(const RichText& text, float size, Align align,
                             const std::u16string& prefix, StyleRole role) const {
    ParaBlock p;
    p.para.style.align = align;
    p.para.style.line_height = t_.line_height;
    p.role = role;
    p.source_line = text.pos.line;
    p.source_column = text.pos.column;
    auto append = [&](const std::u16string& s, bool bold) {
        if (s.empty()) return;
        const auto start = static_cast<uint32_t>(p.para.text.size());
        p.para.text += s;
        p.para.spans.push_back({start, static_cast<uint32_t>(p.para.text.size()),
                                TextStyle{bold ? Weight::Bold : Weight::Regular, size, {}}});
    };
    append(prefix, true);
    // Bangla fonts have no italic: italic text is set in the regular face (as Word does with
    // Bangla), bold in the bold face.
    for (const auto& span : text.spans) append(span.text, span.bold);
    if (p.para.spans.empty()) p.para.spans.push_back({0, 0, TextStyle{Weight::Regular, size, {}}});
    return p;
}

AssembledDocument BlockBuilder::begin_document(const std::u16string& title,
                                               const std::string& kind_title,
                                               const std::optional<Letterhead>& lh,
                                               const MemoLine* memo,
                                               std::optional<GregorianDate> date) const {
    AssembledDocument doc;
    doc.page = t_.page;
    doc.page_numbers = t_.page_numbers;
    doc.docx = t_.docx;
    doc.style_name = t_.name;
    doc.info.title = utf16_to_utf8(title);
    doc.info.subject = kind_title;
    // The office: the third line under গণপ্রজাতন্ত্রী বাংলাদেশ সরকার and the ministry.
    if (lh && lh->lines.size() > 1)
        doc.info.author = utf16_to_utf8(lh->lines[std::min<size_t>(2, lh->lines.size() - 1)]);
    if (memo) doc.info.keywords = memo->memo.render();
    if (date) doc.info.date = format_iso_date(*date);
    return doc;
}

RichText BlockBuilder::or_phrase(const RichText& given, const std::string& key) const {
    RichText text = given;
    if (text.empty() && !t_.phrase(key).empty())
        text.spans.push_back({t_.phrase(key), false, false});
    return text;
}

float BlockBuilder::label_width(const std::u16string& longest) const {
    // Bangla digits and brackets are about half an em wide; leave half an em after the label.
    return (static_cast<float>(longest.size()) * 0.55f + 0.6f) * t_.body_size;
}

}  // namespace potro
