// Assembling minutes: the title, the meeting block, the body, the signatures, the issue part
// and the attendance annex, from the shared pieces of BlockBuilder.
#include <algorithm>

#include "assembly/block_builder.h"
#include "bangla/digits.h"
#include "base/unicode.h"
#include "kinds/minutes/minutes.h"

namespace potro {

namespace {

class MinutesAssembler : BlockBuilder {
  public:
    MinutesAssembler(const Minutes& m, const Template& t) : BlockBuilder(t), m_(m) {}

    AssembledDocument run();

  private:
    void annex(const Annex& a, std::vector<DocBlock>& out) const;

    const Minutes& m_;
};

void MinutesAssembler::annex(const Annex& a, std::vector<DocBlock>& out) const {
    out.push_back(DocBlock{PageBreakBlock{}});
    ParaBlock title = para(a.title, t_.title_size, Align::Center, true, StyleRole::Title);
    title.space_after = t_.paragraph_gap;
    add(out, std::move(title));
    if (!a.heading.empty())
        add(out, para(a.heading, t_.body_size, Align::Center, false, StyleRole::Subtitle));
    if (m_.meeting.date) {
        add(out, para(t_.phrase("date") + u": " +
                          utf16_of(format_gregorian_date(*m_.meeting.date, t_.dates)),
                      t_.body_size, Align::Center, false, StyleRole::Subtitle));
    }
    if (!a.note.empty())
        add(out, para(a.note, t_.body_size - 1, Align::Center, false, StyleRole::Subtitle));
    TableBlock t;
    t.widths = {0.08f, 0.21f, 0.19f, 0.19f, 0.18f, 0.15f};
    t.space_before = t_.paragraph_gap * 2;
    t.role = StyleRole::TableText;
    std::vector<Cell> head;
    for (const char* key : {"annex-serial", "annex-name", "annex-designation", "annex-office",
                            "annex-phone", "annex-signature"}) {
        head.push_back(
            {para(t_.phrase(key), t_.small_size, Align::Center, true, StyleRole::TableText)});
    }
    t.head.push_back(std::move(head));
    for (size_t i = 0; i < a.attendees.size(); ++i) {
        const Attendee& at = a.attendees[i];
        const float s = t_.small_size;  // a sign-in sheet: six columns in the small size
        t.rows.push_back({{para(utf16_of(bangla_number(i + 1)) + u".", s, Align::Center, false,
                                StyleRole::TableText)},
                          {para(at.name, s, Align::Left, false, StyleRole::TableText)},
                          {para(at.designation, s, Align::Left, false, StyleRole::TableText)},
                          {para(at.office, s, Align::Left, false, StyleRole::TableText)},
                          {para(at.phone, s, Align::Left, false, StyleRole::TableText)},
                          {para(u"", s, Align::Left, false, StyleRole::TableText)}});
    }
    out.push_back(DocBlock{std::move(t)});
}

AssembledDocument MinutesAssembler::run() {
    AssembledDocument doc =
        begin_document(m_.subject.plain(), "সভার কার্যবিবরণী", m_.letterhead,
                       m_.issue ? &m_.issue->memo_line : nullptr,
                       m_.issue ? std::optional(m_.issue->memo_line.date) : m_.meeting.date);
    auto& out = doc.blocks;
    if (m_.letterhead && m_.letterhead_on_top) letterhead(*m_.letterhead, out);
    ParaBlock subject =
        rich(m_.subject, t_.title_size, Align::Center,
             m_.subject_label.empty() ? u"" : m_.subject_label + u": ", StyleRole::Title);
    for (auto& s : subject.para.spans) s.style.weight = Weight::Bold;
    subject.space_after = t_.paragraph_gap * 2;
    add(out, std::move(subject));
    meeting_block(m_.meeting, false, out);
    body(m_.body, 0, out);
    if (!m_.closing.empty()) {
        ParaBlock c = rich(m_.closing, t_.body_size, Align::Justify);
        c.space_after = t_.paragraph_gap;
        add(out, std::move(c));
    }
    for (const Signature& s : m_.signatures) out.push_back(signature(s));
    if (m_.issue) endorsement(*m_.issue, m_.letterhead, out);
    if (m_.annex) annex(*m_.annex, out);
    return doc;
}

}  // namespace

AssembledDocument assemble_model(const Minutes& minutes, const Template& tpl) {
    return MinutesAssembler(minutes, tpl).run();
}

}  // namespace potro
