// The letterhead, signatures, the memo line and recipients.
#include "assembly/block_builder.h"

#include "bangla/digits.h"
#include "bangla/weekday.h"
#include "base/unicode.h"

namespace potro {

void BlockBuilder::letterhead(const Letterhead& lh, std::vector<DocBlock>& out) const {
    if (lh.emblem) {
        out.push_back(DocBlock{ImageBlock{lh.emblem, lh.emblem_height_mm * kPointsPerMm, 4}});
    }
    for (size_t i = 0; i < lh.lines.size(); ++i) {
        add(out,
            para(lh.lines[i], t_.letterhead_size, Align::Center, false, StyleRole::Letterhead));
    }
    // The address, the phone and e-mail line and the website a size smaller, as offices print
    // them under the office's name.
    std::vector<std::u16string> smaller = lh.address;
    smaller.push_back(lh.contact());
    smaller.push_back(lh.website);
    for (const std::u16string& line : smaller) {
        if (line.empty()) continue;
        add(out, para(line, t_.letterhead_size - 1, Align::Center, false, StyleRole::Letterhead));
    }
    if (!out.empty()) std::get<ParaBlock>(out.back().content).space_after = t_.section_gap;
}

void BlockBuilder::title_and_subject(const RichText& subject, Align subject_align,
                                     std::vector<DocBlock>& out) const {
    ParaBlock title =
        para(t_.phrase("title"), t_.title_size, Align::Center, true, StyleRole::Title);
    title.space_before = t_.paragraph_gap;
    title.space_after = t_.paragraph_gap * (subject.empty() ? 2 : 1);
    title.keep_with_next = true;
    add(out, std::move(title));
    if (subject.empty()) return;
    ParaBlock s = rich(subject, t_.body_size, subject_align, t_.phrase("subject") + u": ",
                       StyleRole::Subtitle);
    for (auto& span : s.para.spans) span.style.weight = Weight::Bold;
    s.space_after = t_.paragraph_gap * 2;
    add(out, std::move(s));
}

DocBlock BlockBuilder::signature(const Signature& s) const {
    // The block sits in the right part of the page, its lines centred on each other, as
    // signatures are set in the seeds.
    const float indent = t_.page.text_width() * 0.5f;
    KeepTogether group;
    group.signature_field = s.field;
    group.signatory = s.person.name;
    for (const auto& l : split_lines(s.person.designation)) group.signatory += u"\n" + l;
    auto line = [&](const std::u16string& text, bool bold = false) {
        if (text.empty()) return;
        ParaBlock p = para(text, t_.body_size, Align::Center, bold, StyleRole::Signature);
        p.indent = indent;
        group.items.push_back(DocBlock{std::move(p)});
    };
    ParaBlock space = para(u"", t_.body_size, Align::Center, false, StyleRole::Signature);
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

void BlockBuilder::memo_line(const MemoLine& line, std::vector<DocBlock>& out) const {
    // The gazette style (a template with a gazette-place phrase): the memo number, and under
    // it on the right the one-line date "ঢাকা, ৩০ চৈত্র ১৪১৬ বঙ্গাব্দ/১৩ এপ্রিল ২০১০ খ্রিস্টাব্দ".
    if (const std::u16string place = t_.phrase("gazette-place"); !place.empty()) {
        ParaBlock memo = para(line.label + u": " + utf16_of(line.memo.render()), t_.body_size,
                              Align::Left, false, StyleRole::MemoLine);
        memo.space_before = t_.section_gap;
        memo.keep_with_next = true;
        add(out, std::move(memo));
        ParaBlock date =
            para(place + u", " + utf16_of(format_bangla_date(to_bangla(line.date), t_.dates)) +
                     u"/" + utf16_of(format_gregorian_date(line.date, t_.dates)),
                 t_.body_size, Align::Right, false, StyleRole::MemoLine);
        date.space_after = t_.paragraph_gap * 2;
        add(out, std::move(date));
        return;
    }
    TableBlock row;
    row.borders = false;
    row.padding = 0;
    row.widths = {0.58f, 0.42f};
    row.space_before = t_.section_gap;
    row.space_after = t_.paragraph_gap * 2;
    row.keep_with_next = true;
    row.role = StyleRole::MemoLine;
    Cell memo = {para(line.label + u": " + utf16_of(line.memo.render()), t_.body_size, Align::Left,
                      false, StyleRole::MemoLine)};
    Cell date = {para(t_.phrase("issue-date") + u": " +
                          utf16_of(format_bangla_date(to_bangla(line.date), t_.dates)),
                      t_.body_size, Align::Right, false, StyleRole::MemoLine),
                 para(utf16_of(format_gregorian_date(line.date, t_.dates)), t_.body_size,
                      Align::Right, false, StyleRole::MemoLine)};
    row.rows.push_back({memo, date});
    out.push_back(DocBlock{std::move(row)});
}

void BlockBuilder::recipients(const RecipientList& l, std::vector<DocBlock>& out) const {
    ParaBlock heading = para(l.heading, t_.body_size, Align::Left, false, StyleRole::Distribution);
    heading.keep_with_next = true;
    heading.space_after = t_.paragraph_gap;
    add(out, std::move(heading));
    const int count = static_cast<int>(l.recipients.size()) + (l.office_copy ? 1 : 0);
    const float lw = label_width(utf16_of(l.numbering.label(count)));
    for (int i = 0; i < count; ++i) {
        const bool named = i < static_cast<int>(l.recipients.size());
        ParaBlock p = named ? rich(l.recipients[static_cast<size_t>(i)].text, t_.body_size,
                                   Align::Justify, {}, StyleRole::Distribution)
                            : para(t_.phrase("office-copy"), t_.body_size, Align::Left, false,
                                   StyleRole::Distribution);
        if (named && !l.recipients[static_cast<size_t>(i)].purpose.empty()) {
            const std::u16string purpose =
                u" (" + l.recipients[static_cast<size_t>(i)].purpose + u")";
            const auto start = static_cast<uint32_t>(p.para.text.size());
            p.para.text += purpose;
            p.para.spans.push_back({start, static_cast<uint32_t>(p.para.text.size()),
                                    TextStyle{Weight::Regular, t_.body_size, {}}});
        }
        if (named && l.recipients[static_cast<size_t>(i)].marked) {
            // The copy sent to this recipient: their line stands out, as a typist marks it.
            for (auto& s : p.para.spans) s.style.weight = Weight::Bold;
        }
        p.label = utf16_of(l.numbering.label(i + 1));
        p.label_width = lw;
        p.indent = lw * 0.3f;
        p.space_after = 2;
        // Neither the first entry under the heading nor the last one stands alone on a page.
        p.keep_with_next = count >= 2 && (i == 0 || i == count - 2);
        add(out, std::move(p));
    }
}

void BlockBuilder::meeting_block(const MeetingInfo& mi, bool with_weekday,
                                 std::vector<DocBlock>& out) const {
    const bool lines = mi.layout == "lines";
    TableBlock t;
    t.borders = false;
    t.padding = 1.5f;
    t.widths = lines ? std::vector<float>{0.2f, 0.04f, 0.76f} : std::vector<float>{0.22f, 0.78f};
    t.space_after = t_.paragraph_gap * 2;
    t.role = StyleRole::MeetingBlock;
    auto row = [&](const std::u16string& label, std::vector<std::u16string> values) {
        std::vector<Cell> r;
        r.push_back({para(label, t_.body_size, Align::Left, false, StyleRole::MeetingBlock)});
        if (lines)
            r.push_back({para(u":", t_.body_size, Align::Left, false, StyleRole::MeetingBlock)});
        Cell v;
        for (const auto& value : values)
            v.push_back(para(value, t_.body_size, Align::Left, false, StyleRole::MeetingBlock));
        r.push_back(std::move(v));
        t.rows.push_back(std::move(r));
    };
    std::vector<std::u16string> chair = {mi.chair.name};
    for (auto& l : split_lines(mi.chair.designation)) chair.push_back(std::move(l));
    for (auto& l : split_lines(mi.chair.office)) chair.push_back(std::move(l));
    row(t_.phrase("chair"), chair);
    if (mi.date) {
        std::u16string when = utf16_of(format_gregorian_date(*mi.date, t_.dates));
        if (mi.dual_date)
            when = utf16_of(format_bangla_date(to_bangla(*mi.date), t_.dates)) + u"/" + when;
        if (with_weekday) when += u", " + utf16_of(bangla_weekday(weekday_of(*mi.date)));
        row(t_.phrase("date"), {when});
    }
    // The document's own time wording (<time separator="." suffix="টা">) over the template's.
    if (mi.time)
        row(t_.phrase("time"), {utf16_of(format_time(*mi.time, mi.time_wording.value_or(t_.times),
                                                     utf16_to_utf8(mi.time_period)))});
    if (!mi.place.empty()) row(t_.phrase("place"), {mi.place});
    if (!mi.attendance.empty()) row(t_.phrase("attendance"), {mi.attendance});
    out.push_back(DocBlock{std::move(t)});
}

void BlockBuilder::signatures_and_lists(const std::vector<Signature>& signatures,
                                        const std::vector<RecipientList>& lists,
                                        std::vector<DocBlock>& out) const {
    for (const Signature& s : signatures) out.push_back(signature(s));
    for (const RecipientList& l : lists) {
        const size_t heading = out.size();
        recipients(l, out);
        std::get<ParaBlock>(out[heading].content).space_before = t_.section_gap;
    }
}

void BlockBuilder::endorsement(const Endorsement& e, const std::optional<Letterhead>& lh,
                               std::vector<DocBlock>& out) const {
    if (e.new_page) out.push_back(DocBlock{PageBreakBlock{}});
    // The part is one piece, as a typist sets it: when it fits on a page it is never split,
    // so the memo line is never left at a page's foot without the list it heads.
    KeepTogether part;
    part.lines_before = 0;
    if (e.repeat_letterhead && lh) letterhead(*lh, part.items);
    memo_line(e.memo_line, part.items);
    for (const RecipientList& l : e.lists) recipients(l, part.items);
    for (const Signature& s : e.signatures) part.items.push_back(signature(s));
    out.push_back(DocBlock{std::move(part)});
}

void BlockBuilder::copy_for(const std::u16string& recipient, std::vector<DocBlock>& blocks) const {
    auto role_of = [](const DocBlock& b) -> std::optional<StyleRole> {
        if (const auto* p = std::get_if<ParaBlock>(&b.content)) return p->role;
        if (const auto* t = std::get_if<TableBlock>(&b.content)) return t->role;
        if (std::holds_alternative<ImageBlock>(b.content)) return StyleRole::Letterhead;
        return std::nullopt;
    };
    size_t at = 0;
    while (at < blocks.size() && role_of(blocks[at]) == StyleRole::Letterhead) ++at;
    if (at < blocks.size() && role_of(blocks[at]) == StyleRole::MemoLine) ++at;
    std::u16string label = t_.phrase("copy-for");
    if (label.empty()) label = u"প্রাপক";
    ParaBlock p = para(recipient, t_.body_size, Align::Left, false, StyleRole::Body);
    p.label = label + u":";
    p.label_width = label_width(p.label);
    for (auto& s : p.para.spans) s.style.weight = Weight::Bold;
    p.space_before = at == 0 ? 0 : t_.paragraph_gap;
    p.space_after = t_.paragraph_gap * 2;
    blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(at), DocBlock{std::move(p)});
}

}  // namespace potro
