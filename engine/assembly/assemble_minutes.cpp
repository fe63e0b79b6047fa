#include "assembly/assemble_minutes.h"

#include <algorithm>
#include <cstdio>

#include "bangla/digits.h"
#include "base/unicode.h"

namespace potro {

namespace {

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

// Builds the blocks of one document; every size and phrase comes from the template.
class Assembler {
  public:
    Assembler(const Minutes& m, const MinutesTemplate& t) : m_(m), t_(t) {}

    AssembledDocument run();

  private:
    ParaBlock para(const std::u16string& text, float size, Align align, bool bold = false,
                   const std::string& style = "Body") const;
    ParaBlock rich(const RichText& text, float size, Align align, const std::u16string& prefix = {},
                   const std::string& style = "Body") const;
    void add(std::vector<DocBlock>& out, ParaBlock p) const {
        out.push_back(DocBlock{std::move(p)});
    }
    void letterhead(std::vector<DocBlock>& out) const;
    void meeting(std::vector<DocBlock>& out) const;
    void body(const Blocks& blocks, float indent, std::vector<DocBlock>& out) const;
    void list(const ListNode& l, float indent, std::vector<DocBlock>& out) const;
    void table(const TableNode& t, std::vector<DocBlock>& out) const;
    void agenda(const AgendaNode& a, float indent, std::vector<DocBlock>& out) const;
    Cell cell(const Blocks& blocks, Align align, bool bold) const;
    DocBlock signature(const Signature& s) const;
    void issue(const Issue& is, std::vector<DocBlock>& out) const;
    void annex(const Annex& a, std::vector<DocBlock>& out) const;
    float label_width(const std::u16string& longest_label) const;

    const Minutes& m_;
    const MinutesTemplate& t_;
};

ParaBlock Assembler::para(const std::u16string& text, float size, Align align, bool bold,
                          const std::string& style) const {
    return single_style_para(text, size, align, bold, t_.line_height, style);
}

ParaBlock Assembler::rich(const RichText& text, float size, Align align,
                          const std::u16string& prefix, const std::string& style) const {
    ParaBlock p;
    p.para.style.align = align;
    p.para.style.line_height = t_.line_height;
    p.style = style;
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

float Assembler::label_width(const std::u16string& longest) const {
    // Bangla digits and brackets are about half an em wide; leave half an em after the label.
    return (static_cast<float>(longest.size()) * 0.55f + 0.6f) * t_.body_size;
}

void Assembler::letterhead(std::vector<DocBlock>& out) const {
    const Letterhead& lh = m_.letterhead;
    if (!lh.emblem.empty()) {
        out.push_back(DocBlock{
            ImageBlock{lh.emblem, lh.emblem_pixels, lh.emblem_height_mm * kPointsPerMm, 4}});
    }
    for (size_t i = 0; i < lh.lines.size(); ++i) {
        add(out, para(lh.lines[i], t_.letterhead_size, Align::Center, false, "Letterhead"));
    }
    if (!lh.website.empty())
        add(out, para(lh.website, t_.letterhead_size - 1, Align::Center, false, "Letterhead"));
    if (!out.empty()) std::get<ParaBlock>(out.back().v).space_after = t_.section_gap;
}

Cell Assembler::cell(const Blocks& blocks, Align align, bool bold) const {
    Cell c;
    for (const Block& b : blocks) {
        if (const auto* p = std::get_if<ParagraphNode>(&b.node)) {
            ParaBlock pb = rich(p->text, t_.body_size - 1, align, {}, "TableText");
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
                if (auto* pb = std::get_if<ParaBlock>(&item.v)) {
                    pb->para.style.align = Align::Left;
                    for (auto& s : pb->para.spans) s.style.size = t_.body_size - 1;
                    pb->label_width *= (t_.body_size - 1) / t_.body_size;
                    pb->space_after = 2;
                    c.push_back(std::move(*pb));
                }
            }
        }
    }
    if (c.empty()) c.push_back(para(u"", t_.body_size - 1, align, false, "TableText"));
    return c;
}

void Assembler::meeting(std::vector<DocBlock>& out) const {
    const MeetingInfo& mi = m_.meeting;
    const bool lines = m_.meeting_layout == "lines";
    TableBlock t;
    t.borders = false;
    t.padding = 1.5f;
    t.widths = lines ? std::vector<float>{0.2f, 0.04f, 0.76f} : std::vector<float>{0.22f, 0.78f};
    t.space_after = t_.paragraph_gap * 2;
    t.style = "MeetingBlock";
    auto row = [&](const std::u16string& label, std::vector<std::u16string> values) {
        std::vector<Cell> r;
        r.push_back({para(label, t_.body_size, Align::Left, false, "MeetingBlock")});
        if (lines) r.push_back({para(u":", t_.body_size, Align::Left, false, "MeetingBlock")});
        Cell v;
        for (const auto& value : values)
            v.push_back(para(value, t_.body_size, Align::Left, false, "MeetingBlock"));
        r.push_back(std::move(v));
        t.rows.push_back(std::move(r));
    };
    std::vector<std::u16string> chair = {mi.chair.name};
    for (auto& l : split_lines(mi.chair.designation)) chair.push_back(std::move(l));
    row(t_.phrase("chair"), chair);
    if (mi.date) row(t_.phrase("date"), {utf16_of(format_gregorian_date(*mi.date, t_.dates))});
    if (mi.time)
        row(t_.phrase("time"),
            {utf16_of(format_time(*mi.time, t_.times, utf16_to_utf8(mi.time_period)))});
    if (!mi.place.empty()) row(t_.phrase("place"), {mi.place});
    if (!mi.attendance.empty()) row(t_.phrase("attendance"), {mi.attendance});
    out.push_back(DocBlock{std::move(t)});
}

void Assembler::list(const ListNode& l, float indent, std::vector<DocBlock>& out) const {
    const std::u16string widest =
        utf16_of(l.numbering.label(l.start + static_cast<int>(l.items.size()) - 1));
    const float lw = label_width(widest);
    for (size_t i = 0; i < l.items.size(); ++i) {
        std::vector<DocBlock> item;
        body(l.items[i], indent + lw, item);
        const std::u16string label = utf16_of(l.numbering.label(l.start + static_cast<int>(i)));
        if (!item.empty() && std::holds_alternative<ParaBlock>(item.front().v)) {
            auto& first = std::get<ParaBlock>(item.front().v);
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

void Assembler::table(const TableNode& tn, std::vector<DocBlock>& out) const {
    TableBlock t;
    t.borders = tn.borders;
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
    t.style = "TableText";
    out.push_back(DocBlock{std::move(t)});
}

void Assembler::agenda(const AgendaNode& a, float indent, std::vector<DocBlock>& out) const {
    const float lw = label_width(u"১০.১০");
    for (size_t i = 0; i < a.items.size(); ++i) {
        const int n = a.start + static_cast<int>(i);
        const AgendaItem& item = a.items[i];
        ParaBlock title =
            rich(item.title, t_.body_size, Align::Justify, item.title_label + u": ", "Heading");
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
            auto* first = inner.empty() ? nullptr : std::get_if<ParaBlock>(&inner.front().v);
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
                ParaBlock head = para(label + u":", t_.body_size, Align::Left, true, "Heading");
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

void Assembler::body(const Blocks& blocks, float indent, std::vector<DocBlock>& out) const {
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
        } else if (const auto* l = std::get_if<ListNode>(&b.node)) {
            list(*l, indent, out);
        } else if (const auto* t = std::get_if<TableNode>(&b.node)) {
            table(*t, out);
        } else if (const auto* a = std::get_if<AgendaNode>(&b.node)) {
            agenda(*a, indent, out);
        }
    }
}

DocBlock Assembler::signature(const Signature& s) const {
    // The block sits in the right part of the page, its lines centred on each other, as
    // signatures are set in the seeds.
    const float indent = t_.page.text_width() * 0.5f;
    KeepTogether group;
    group.signature_field = s.field;
    group.signatory = s.person.name;
    for (const auto& l : split_lines(s.person.designation)) group.signatory += u"\n" + l;
    auto line = [&](const std::u16string& text, bool bold = false) {
        if (text.empty()) return;
        ParaBlock p = para(text, t_.body_size, Align::Center, bold, "Signature");
        p.indent = indent;
        group.items.push_back(DocBlock{std::move(p)});
    };
    ParaBlock space = para(u"", t_.body_size, Align::Center, false, "Signature");
    space.indent = indent;
    space.space_before = t_.section_gap * 2;  // room for the handwritten signature
    group.items.push_back(DocBlock{std::move(space)});
    line(s.marker);
    if (s.signed_on) line(utf16_of(format_numeric_date(*s.signed_on, "-")));
    line(s.name_in_parentheses ? u"(" + s.person.name + u")" : s.person.name);
    for (const auto& l : split_lines(s.person.designation)) line(l);
    for (const auto& l : split_lines(s.person.office)) line(l);
    line(s.person.phone);
    line(s.person.fax);
    line(s.person.email);
    return DocBlock{std::move(group)};
}

void Assembler::issue(const Issue& is, std::vector<DocBlock>& out) const {
    if (is.new_page) out.push_back(DocBlock{PageBreakBlock{}});
    if (is.repeat_letterhead && m_.letterhead_present) letterhead(out);
    TableBlock row;
    row.borders = false;
    row.padding = 0;
    row.widths = {0.58f, 0.42f};
    row.space_before = t_.section_gap;
    row.space_after = t_.paragraph_gap * 2;
    row.style = "MemoLine";
    Cell memo = {para(is.memo_label + u": " + utf16_of(is.memo.render()), t_.body_size, Align::Left,
                      false, "MemoLine")};
    Cell date = {para(t_.phrase("issue-date") + u": " +
                          utf16_of(format_bangla_date(to_bangla(is.date), t_.dates)),
                      t_.body_size, Align::Right, false, "MemoLine"),
                 para(utf16_of(format_gregorian_date(is.date, t_.dates)), t_.body_size,
                      Align::Right, false, "MemoLine")};
    row.rows.push_back({memo, date});
    out.push_back(DocBlock{std::move(row)});
    for (const RecipientList& l : is.lists) {
        ParaBlock heading = para(l.heading, t_.body_size, Align::Left, false, "Distribution");
        heading.keep_with_next = true;
        heading.space_after = t_.paragraph_gap;
        add(out, std::move(heading));
        const int count = static_cast<int>(l.recipients.size()) + (l.office_copy ? 1 : 0);
        const float lw = label_width(utf16_of(l.numbering.label(count)));
        for (int i = 0; i < count; ++i) {
            ParaBlock p = i < static_cast<int>(l.recipients.size())
                              ? rich(l.recipients[static_cast<size_t>(i)].text, t_.body_size,
                                     Align::Justify, {}, "Distribution")
                              : para(t_.phrase("office-copy"), t_.body_size, Align::Left, false,
                                     "Distribution");
            if (i < static_cast<int>(l.recipients.size()) &&
                !l.recipients[static_cast<size_t>(i)].purpose.empty()) {
                const std::u16string purpose =
                    u" (" + l.recipients[static_cast<size_t>(i)].purpose + u")";
                const auto start = static_cast<uint32_t>(p.para.text.size());
                p.para.text += purpose;
                p.para.spans.push_back({start, static_cast<uint32_t>(p.para.text.size()),
                                        TextStyle{Weight::Regular, t_.body_size, {}}});
            }
            p.label = utf16_of(l.numbering.label(i + 1));
            p.label_width = lw;
            p.indent = lw * 0.3f;
            p.space_after = 2;
            add(out, std::move(p));
        }
    }
    for (const Signature& s : is.signatures) out.push_back(signature(s));
}

void Assembler::annex(const Annex& a, std::vector<DocBlock>& out) const {
    out.push_back(DocBlock{PageBreakBlock{}});
    ParaBlock title = para(a.title, t_.title_size, Align::Center, true, "Title");
    title.space_after = t_.paragraph_gap;
    add(out, std::move(title));
    if (!a.heading.empty())
        add(out, para(a.heading, t_.body_size, Align::Center, false, "Subtitle"));
    if (m_.meeting.date) {
        add(out, para(t_.phrase("date") + u": " +
                          utf16_of(format_gregorian_date(*m_.meeting.date, t_.dates)),
                      t_.body_size, Align::Center, false, "Subtitle"));
    }
    if (!a.note.empty()) add(out, para(a.note, t_.body_size - 1, Align::Center, false, "Subtitle"));
    TableBlock t;
    t.widths = {0.08f, 0.21f, 0.19f, 0.19f, 0.18f, 0.15f};
    t.space_before = t_.paragraph_gap * 2;
    t.style = "TableText";
    std::vector<Cell> head;
    for (const char* key : {"annex-serial", "annex-name", "annex-designation", "annex-office",
                            "annex-phone", "annex-signature"}) {
        head.push_back({para(t_.phrase(key), t_.small_size, Align::Center, true, "TableText")});
    }
    t.head.push_back(std::move(head));
    for (size_t i = 0; i < a.attendees.size(); ++i) {
        const Attendee& at = a.attendees[i];
        const float s = t_.small_size;  // a sign-in sheet: six columns in the small size
        t.rows.push_back(
            {{para(utf16_of(bangla_number(i + 1)) + u".", s, Align::Center, false, "TableText")},
             {para(at.name, s, Align::Left, false, "TableText")},
             {para(at.designation, s, Align::Left, false, "TableText")},
             {para(at.office, s, Align::Left, false, "TableText")},
             {para(at.phone, s, Align::Left, false, "TableText")},
             {para(u"", s, Align::Left, false, "TableText")}});
    }
    out.push_back(DocBlock{std::move(t)});
}

AssembledDocument Assembler::run() {
    AssembledDocument doc;
    doc.page = t_.page;
    doc.page_numbers = t_.page_numbers;
    doc.style_name = t_.name;
    doc.info.title = utf16_to_utf8(m_.subject.plain());
    doc.info.subject = "সভার কার্যবিবরণী";
    if (m_.letterhead.lines.size() > 1) {
        doc.info.author =
            utf16_to_utf8(m_.letterhead.lines[std::min<size_t>(2, m_.letterhead.lines.size() - 1)]);
    }
    if (m_.issue) doc.info.keywords = m_.issue->memo.render();
    if (const auto d = m_.issue ? std::optional(m_.issue->date) : m_.meeting.date)
        doc.info.date = format_iso_date(*d);
    auto& out = doc.blocks;
    if (m_.letterhead_present && m_.letterhead_on_top) letterhead(out);
    ParaBlock subject = rich(m_.subject, t_.title_size, Align::Center,
                             m_.subject_label.empty() ? u"" : m_.subject_label + u": ", "Title");
    for (auto& s : subject.para.spans) s.style.weight = Weight::Bold;
    subject.space_after = t_.paragraph_gap * 2;
    add(out, std::move(subject));
    meeting(out);
    body(m_.body, 0, out);
    if (!m_.closing.empty()) {
        ParaBlock c = rich(m_.closing, t_.body_size, Align::Justify);
        c.space_after = t_.paragraph_gap;
        add(out, std::move(c));
    }
    for (const Signature& s : m_.signatures) out.push_back(signature(s));
    if (m_.issue) issue(*m_.issue, out);
    if (m_.annex) annex(*m_.annex, out);
    return doc;
}

}  // namespace

AssembledDocument assemble_minutes(const Minutes& minutes, const MinutesTemplate& tpl) {
    return Assembler(minutes, tpl).run();
}

}  // namespace potro
