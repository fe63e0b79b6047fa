#include "assembly/block_builder.h"

#include "base/unicode.h"

namespace potro {

Cell BlockBuilder::cell(const Blocks& blocks, Align align, bool bold) const {
    Cell c;
    for (const Block& b : blocks) {
        if (const auto* p = std::get_if<ParagraphNode>(&b.node)) {
            ParaBlock pb = rich(p->text, t_.body_size - 1, align, {}, StyleRole::TableText);
            if (bold) {
                for (auto& s : pb.para.spans) s.style.weight = Weight::Bold;
            }
            if (!p->label.empty()) {
                pb.label = p->label;
                pb.label_width = label_width(p->label);
            }
            pb.space_after = 2;
            c.push_back(std::move(pb));
        } else if (const auto* l = std::get_if<ListNode>(&b.node)) {
            std::vector<DocBlock> items;
            list(*l, 0, items);
            for (auto& item : items) {
                if (auto* pb = std::get_if<ParaBlock>(&item.content)) {
                    pb->para.style.align = Align::Left;
                    for (auto& s : pb->para.spans) s.style.size = t_.body_size - 1;
                    pb->label_width *= (t_.body_size - 1) / t_.body_size;
                    pb->space_after = 2;
                    c.push_back(std::move(*pb));
                }
            }
        }
    }
    if (c.empty()) c.push_back(para(u"", t_.body_size - 1, align, false, StyleRole::TableText));
    return c;
}

void BlockBuilder::list(const ListNode& l, float indent, std::vector<DocBlock>& out) const {
    const std::u16string widest =
        utf16_of(l.numbering.label(l.start + static_cast<int>(l.items.size()) - 1));
    const float lw = label_width(widest);
    for (size_t i = 0; i < l.items.size(); ++i) {
        std::vector<DocBlock> item;
        body(l.items[i], indent + lw, item);
        const std::u16string label = utf16_of(l.numbering.label(l.start + static_cast<int>(i)));
        if (!item.empty() && std::holds_alternative<ParaBlock>(item.front().content)) {
            auto& first = std::get<ParaBlock>(item.front().content);
            first.label = label;
            first.label_width = lw;
            first.indent = indent;
        } else {
            ParaBlock empty = para(u"", t_.body_size, Align::Justify);
            empty.label = label;
            empty.label_width = lw;
            empty.indent = indent;
            item.insert(item.begin(), DocBlock{std::move(empty)});
        }
        for (auto& b : item) out.push_back(std::move(b));
    }
}

void BlockBuilder::table(const TableNode& tn, std::vector<DocBlock>& out) const {
    TableBlock t;
    t.borders = tn.borders;
    t.keep_whole = t_.table_keep_whole;
    double total = 0;
    for (double w : tn.widths) total += w;
    for (double w : tn.widths) t.widths.push_back(static_cast<float>(w / total));
    for (const auto& r : tn.head) {
        std::vector<Cell> cells;
        for (const auto& c : r) cells.push_back(cell(c, Align::Center, true));
        t.head.push_back(std::move(cells));
    }
    for (const auto& r : tn.rows) {
        std::vector<Cell> cells;
        for (const auto& c : r) cells.push_back(cell(c, Align::Left, false));
        t.rows.push_back(std::move(cells));
    }
    t.space_before = 2;
    t.space_after = t_.paragraph_gap * 1.5f;
    t.role = StyleRole::TableText;
    out.push_back(DocBlock{std::move(t)});
}

void BlockBuilder::agenda(const AgendaNode& a, float indent, std::vector<DocBlock>& out) const {
    const float lw = label_width(u"১০.১০");
    for (size_t i = 0; i < a.items.size(); ++i) {
        const int n = a.start + static_cast<int>(i);
        const AgendaItem& item = a.items[i];
        ParaBlock title = rich(item.title, t_.body_size, Align::Justify, item.title_label + u": ",
                               StyleRole::Heading);
        title.label = utf16_of(a.numbering.label(n));
        title.label_width = lw;
        title.indent = indent;
        title.keep_with_next = true;
        title.space_after = t_.paragraph_gap;
        add(out, std::move(title));
        int sub = 1;
        auto section = [&](const Blocks& blocks, const std::u16string& label) {
            if (blocks.empty()) return;
            std::vector<DocBlock> inner;
            body(blocks, indent + lw, inner);
            const std::u16string number = utf16_of(a.numbering.sub_label(n, sub++));
            auto* first = inner.empty() ? nullptr : std::get_if<ParaBlock>(&inner.front().content);
            if (first && first->label.empty()) {
                // "১.১ আলোচনা: ..." runs into the first paragraph.
                const auto shift = static_cast<uint32_t>(label.size() + 2);
                first->para.text = label + u": " + first->para.text;
                for (auto& s : first->para.spans) {
                    s.start += shift;
                    s.end += shift;
                }
                first->para.spans.insert(first->para.spans.begin(),
                                         {0, shift, TextStyle{Weight::Bold, t_.body_size, {}}});
                first->label = number;
                first->label_width = lw;
                first->indent = indent;
            } else {
                ParaBlock head =
                    para(label + u":", t_.body_size, Align::Left, true, StyleRole::Heading);
                head.label = number;
                head.label_width = lw;
                head.indent = indent;
                head.keep_with_next = true;
                head.space_after = t_.paragraph_gap;
                add(out, std::move(head));
            }
            for (auto& b : inner) out.push_back(std::move(b));
        };
        section(item.discussion, item.discussion_label);
        section(item.decision, item.decision_label);
    }
}

ParaBlock BlockBuilder::heading(const HeadingNode& h, float indent) const {
    // A first-level heading at the title's size, the others at the body's; all bold, and
    // never the last thing on a page.
    ParaBlock pb = rich(h.text, h.level == 1 ? t_.title_size : t_.body_size, Align::Left, {},
                        StyleRole::Heading);
    for (auto& s : pb.para.spans) s.style.weight = Weight::Bold;
    pb.indent = indent;
    pb.space_before = t_.paragraph_gap;
    pb.space_after = t_.paragraph_gap;
    pb.keep_with_next = true;
    pb.outline_level = h.level;
    if (!h.label.empty()) {
        pb.label = h.label;
        pb.label_width = label_width(h.label);
    }
    return pb;
}

void BlockBuilder::body(const Blocks& blocks, float indent, std::vector<DocBlock>& out) const {
    for (const Block& b : blocks) {
        if (const auto* p = std::get_if<ParagraphNode>(&b.node)) {
            ParaBlock pb = rich(p->text, t_.body_size, Align::Justify);
            pb.indent = indent;
            pb.space_after = t_.paragraph_gap;
            if (!p->label.empty()) {
                pb.label = p->label;
                pb.label_width = label_width(p->label);
            }
            add(out, std::move(pb));
        } else if (const auto* h = std::get_if<HeadingNode>(&b.node)) {
            add(out, heading(*h, indent));
        } else if (const auto* l = std::get_if<ListNode>(&b.node)) {
            list(*l, indent, out);
        } else if (const auto* t = std::get_if<TableNode>(&b.node)) {
            table(*t, out);
        } else if (const auto* a = std::get_if<AgendaNode>(&b.node)) {
            agenda(*a, indent, out);
        }
    }
}

}  // namespace potro
