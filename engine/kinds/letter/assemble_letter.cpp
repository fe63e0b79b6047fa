// Assembling a letter: the memo line under the letterhead, the addressee, বিষয় and সূত্র, the
// numbered body, the attachments, the signature and the copies.
#include "assembly/block_builder.h"
#include "bangla/digits.h"
#include "base/unicode.h"
#include "kinds/letter/letter.h"

namespace potro {

namespace {

class LetterAssembler : BlockBuilder {
  public:
    LetterAssembler(const Letter& l, const Template& t) : BlockBuilder(t), l_(l) {}
    AssembledDocument run() const;

  private:
    void addressees(std::vector<DocBlock>& out) const;
    // D.O.: the sender's name and post on the left, the letterhead's lines on the right.
    void sender_and_office(const Person& p, std::vector<DocBlock>& out) const;
    // D.O.: the document's text, else the template's phrase, as one paragraph.
    void phrase_or(const RichText& given, const std::string& key, Align align, float indent,
                   std::vector<DocBlock>& out) const;
    // "বিষয়: …", "সূত্র: …": a bold label in a hanging column, the text beside it.
    ParaBlock labelled(const std::u16string& label, const RichText& text, bool bold) const;
    void references(std::vector<DocBlock>& out) const;
    // The body with its paragraphs numbered as letters number them: the first bare, the
    // rest from ০২। in the template's style; a paragraph with its own label keeps it.
    Blocks numbered_body() const;

    const Letter& l_;
};

void LetterAssembler::addressees(std::vector<DocBlock>& out) const {
    // A D.O. letter's template has no প্রাপক label: the addressee stands under the signature.
    if (!t_.phrase("to").empty()) {
        ParaBlock label = para(t_.phrase("to"), t_.body_size, Align::Left, false, StyleRole::Body);
        label.keep_with_next = true;
        add(out, std::move(label));
    }
    const bool numbered = l_.addressees.size() > 1;
    const float lw = label_width(utf16_of(bangla_number(l_.addressees.size())) + u"।");
    for (size_t i = 0; i < l_.addressees.size(); ++i) {
        const auto& lines = l_.addressees[i].lines;
        for (size_t k = 0; k < lines.size(); ++k) {
            ParaBlock p = para(lines[k], t_.body_size, Align::Left, false, StyleRole::Body);
            // An official letter indents its প্রাপক block; a D.O.'s addressee stands at the margin.
            p.indent = l_.demi_official ? 0 : t_.body_size * 2;
            if (numbered) {
                p.label_width = lw;
                if (k == 0) p.label = utf16_of(bangla_number(i + 1)) + u"।";
            }
            p.keep_with_next = k + 1 < lines.size();
            add(out, std::move(p));
        }
    }
    std::get<ParaBlock>(out.back().content).space_after = t_.paragraph_gap * 2;
}

void LetterAssembler::sender_and_office(const Person& p, std::vector<DocBlock>& out) const {
    // The emblem on top; under it the sender on the left and the office on the right, as a
    // D.O. pad prints them.
    if (l_.letterhead && l_.letterhead->emblem) {
        out.push_back(DocBlock{
            ImageBlock{l_.letterhead->emblem, l_.letterhead->emblem_height_mm * kPointsPerMm, 4}});
    }
    Cell left;
    auto line = [&](Cell& cell, const std::u16string& text, Align align, bool bold, float size) {
        if (!text.empty()) cell.push_back(para(text, size, align, bold, StyleRole::Letterhead));
    };
    line(left, p.name, Align::Left, true, t_.body_size);
    for (const auto& l : split_lines(p.designation))
        line(left, l, Align::Left, false, t_.body_size);
    for (const auto& l : split_lines(p.office)) line(left, l, Align::Left, false, t_.body_size);
    line(left, p.phone, Align::Left, false, t_.body_size);
    line(left, p.email, Align::Left, false, t_.body_size);
    Cell right;
    if (l_.letterhead) {
        for (const auto& l : l_.letterhead->lines)
            line(right, l, Align::Right, false, t_.letterhead_size);
        for (const auto& l : l_.letterhead->address)
            line(right, l, Align::Right, false, t_.letterhead_size - 1);
        line(right, l_.letterhead->contact(), Align::Right, false, t_.letterhead_size - 1);
        line(right, l_.letterhead->website, Align::Right, false, t_.letterhead_size - 1);
    }
    if (right.empty()) right.push_back(para(u"", t_.body_size, Align::Right));
    TableBlock t;
    t.borders = false;
    t.padding = 0;
    t.widths = {0.5f, 0.5f};
    t.space_after = t_.paragraph_gap;
    t.role = StyleRole::Letterhead;
    t.rows.push_back({std::move(left), std::move(right)});
    out.push_back(DocBlock{std::move(t)});
}

void LetterAssembler::phrase_or(const RichText& given, const std::string& key, Align align,
                                float indent, std::vector<DocBlock>& out) const {
    const RichText text = or_phrase(given, key);
    if (text.empty()) return;
    ParaBlock p = rich(text, t_.body_size, align, {}, StyleRole::Body);
    p.indent = indent;
    p.space_after = t_.paragraph_gap;
    p.keep_with_next = true;
    add(out, std::move(p));
}

ParaBlock LetterAssembler::labelled(const std::u16string& label, const RichText& text,
                                    bool bold) const {
    ParaBlock p = rich(text, t_.body_size, Align::Left, {}, StyleRole::Body);
    if (bold) {
        for (auto& s : p.para.spans) s.style.weight = Weight::Bold;
    }
    p.label = label + u":";
    p.label_width = label_width(p.label);
    p.space_after = t_.paragraph_gap;
    return p;
}

void LetterAssembler::references(std::vector<DocBlock>& out) const {
    for (size_t i = 0; i < l_.references.size(); ++i) {
        const MemoLine& ref = l_.references[i];
        RichText text;
        text.spans.push_back({utf16_of(ref.memo.render()) + u"; " + t_.phrase("issue-date") +
                                  u": " + utf16_of(format_gregorian_date(ref.date, t_.dates)),
                              false, false});
        ParaBlock p = labelled(t_.phrase("reference"), text, false);
        if (i > 0) {
            // A second reference stands under the first, in the same column.
            p.label.clear();
            p.indent = p.label_width;
        }
        p.space_after = i + 1 < l_.references.size() ? 2 : t_.paragraph_gap;
        add(out, std::move(p));
    }
}

Blocks LetterAssembler::numbered_body() const {
    Blocks body = l_.body;
    auto style = NumberingStyle::parse(utf16_to_utf8(t_.phrase("paragraph-numbering")));
    if (!style) return body;
    int n = 0;
    for (Block& b : body) {
        auto* p = std::get_if<ParagraphNode>(&b.node);
        if (!p) continue;
        ++n;
        if (n > 1 && p->label.empty()) p->label = utf16_of(style.value().label(n));
    }
    return body;
}

AssembledDocument LetterAssembler::run() const {
    const std::u16string title = l_.subject.empty() && l_.sender
                                     ? t_.phrase("title") + u" — " + l_.sender->name
                                     : l_.subject.plain();
    AssembledDocument doc =
        begin_document(title, l_.demi_official ? "আধা-সরকারি পত্র" : "সরকারি পত্র", l_.letterhead,
                       &l_.memo_line, l_.memo_line.date);
    auto& out = doc.blocks;
    if (l_.sender)
        sender_and_office(*l_.sender, out);
    else if (l_.letterhead)
        letterhead(*l_.letterhead, out);
    memo_line(l_.memo_line, out);
    if (l_.distribution) {
        recipients(*l_.distribution, out);
        std::get<ParaBlock>(out.back().content).space_after = t_.paragraph_gap * 2;
    } else if (!l_.demi_official) {
        addressees(out);
    }
    if (l_.demi_official) phrase_or(l_.salutation, "salutation", Align::Left, 0, out);
    if (!l_.subject.empty()) add(out, labelled(t_.phrase("subject"), l_.subject, true));
    references(out);
    if (auto* last = std::get_if<ParaBlock>(&out.back().content))
        last->space_after = t_.paragraph_gap * 2;
    body(numbered_body(), 0, out);
    if (!l_.attachments.empty()) {
        RichText text;
        text.spans.push_back({l_.attachments, false, false});
        add(out, labelled(t_.phrase("attachments"), text, false));
    }
    if (l_.demi_official) {
        phrase_or(l_.closing, "closing", Align::Center, t_.page.text_width() * 0.5f, out);
    }
    for (const Signature& s : l_.signatures) out.push_back(signature(s));
    if (l_.demi_official) {
        // The D.O.'s addressee: under the signature, on the left.
        const size_t first = out.size();
        addressees(out);
        std::get<ParaBlock>(out[first].content).space_before = t_.section_gap;
    }
    for (const RecipientList& c : l_.copies) {
        // The copies stand apart from the signature above them.
        const size_t heading = out.size();
        recipients(c, out);
        std::get<ParaBlock>(out[heading].content).space_before = t_.section_gap;
    }
    if (l_.endorsement) endorsement(*l_.endorsement, l_.letterhead, out);
    return doc;
}

}  // namespace

AssembledDocument assemble_model(const Letter& letter, const Template& tpl) {
    return LetterAssembler(letter, tpl).run();
}

}  // namespace potro
