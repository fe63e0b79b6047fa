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
    // "বিষয়: …", "সূত্র: …": a bold label in a hanging column, the text beside it.
    ParaBlock labelled(const std::u16string& label, const RichText& text, bool bold) const;
    void references(std::vector<DocBlock>& out) const;
    // The body with its paragraphs numbered as letters number them: the first bare, the
    // rest from ০২। in the template's style; a paragraph with its own label keeps it.
    Blocks numbered_body() const;

    const Letter& l_;
};

void LetterAssembler::addressees(std::vector<DocBlock>& out) const {
    ParaBlock label = para(t_.phrase("to"), t_.body_size, Align::Left, false, StyleRole::Body);
    label.keep_with_next = true;
    add(out, std::move(label));
    const bool numbered = l_.addressees.size() > 1;
    const float lw = label_width(utf16_of(bangla_number(l_.addressees.size())) + u"।");
    for (size_t i = 0; i < l_.addressees.size(); ++i) {
        const auto& lines = l_.addressees[i].lines;
        for (size_t k = 0; k < lines.size(); ++k) {
            ParaBlock p = para(lines[k], t_.body_size, Align::Left, false, StyleRole::Body);
            p.indent = t_.body_size * 2;
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
    AssembledDocument doc = begin_document(l_.subject.plain(), "সরকারি পত্র", l_.letterhead,
                                           &l_.memo_line, l_.memo_line.date);
    auto& out = doc.blocks;
    if (l_.letterhead) letterhead(*l_.letterhead, out);
    memo_line(l_.memo_line, out);
    if (l_.distribution) {
        recipients(*l_.distribution, out);
        std::get<ParaBlock>(out.back().content).space_after = t_.paragraph_gap * 2;
    } else {
        addressees(out);
    }
    add(out, labelled(t_.phrase("subject"), l_.subject, true));
    references(out);
    std::get<ParaBlock>(out.back().content).space_after = t_.paragraph_gap * 2;
    body(numbered_body(), 0, out);
    if (!l_.attachments.empty()) {
        RichText text;
        text.spans.push_back({l_.attachments, false, false});
        add(out, labelled(t_.phrase("attachments"), text, false));
    }
    for (const Signature& s : l_.signatures) out.push_back(signature(s));
    for (const RecipientList& c : l_.copies) {
        // The copies stand apart from the signature above them.
        const size_t heading = out.size();
        recipients(c, out);
        std::get<ParaBlock>(out[heading].content).space_before = t_.section_gap;
    }
    return doc;
}

}  // namespace

AssembledDocument assemble_model(const Letter& letter, const Template& tpl) {
    return LetterAssembler(letter, tpl).run();
}

}  // namespace potro
