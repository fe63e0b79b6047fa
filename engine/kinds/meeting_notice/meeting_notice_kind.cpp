// <meeting-notice>: read, assembled and described from the shared parts; the meeting block is
// the minutes' own, with the weekday of the date.
#include "assembly/block_builder.h"
#include "bangla/digits.h"
#include "base/unicode.h"
#include "kinds/meeting_notice/meeting_notice.h"
#include "kinds/model_kind.h"

namespace potro {

namespace {

class NoticeAssembler : BlockBuilder {
  public:
    NoticeAssembler(const MeetingNotice& n, const Template& t) : BlockBuilder(t), n_(n) {}

    AssembledDocument run() const {
        AssembledDocument doc = begin_document(n_.subject.plain(), "সভার নোটিশ", n_.letterhead,
                                               &n_.memo_line, n_.memo_line.date);
        auto& out = doc.blocks;
        if (n_.letterhead) letterhead(*n_.letterhead, out);
        memo_line(n_.memo_line, out);
        title_and_subject(n_.subject, Align::Center, out);
        body(n_.body, 0, out);
        meeting_block(n_.meeting, true, out);
        topics(out);
        ParaBlock q = rich(or_phrase(n_.request, "request"), t_.body_size, Align::Justify);
        q.space_before = t_.paragraph_gap;
        add(out, std::move(q));
        signatures_and_lists(n_.signatures, n_.lists, out);
        return doc;
    }

  private:
    void topics(std::vector<DocBlock>& out) const {
        if (n_.topics.empty()) return;
        ParaBlock heading =
            para(t_.phrase("topics") + u":", t_.body_size, Align::Left, true, StyleRole::Heading);
        heading.keep_with_next = true;
        heading.space_after = t_.paragraph_gap / 2;
        add(out, std::move(heading));
        const float lw = label_width(utf16_of(bangla_number(n_.topics.size())) + u"।");
        for (size_t i = 0; i < n_.topics.size(); ++i) {
            ParaBlock p = rich(n_.topics[i], t_.body_size, Align::Justify);
            p.label = utf16_of(bangla_number(i + 1)) + u"।";
            p.label_width = lw;
            p.indent = t_.body_size;
            p.space_after = 2;
            p.keep_with_next = n_.topics.size() >= 2 && (i == 0 || i + 2 == n_.topics.size());
            add(out, std::move(p));
        }
    }

    const MeetingNotice& n_;
};

}  // namespace

MeetingNotice read_meeting_notice(const xmlNode* root, const ElementReader& r) {
    r.expect_only(root, {"letterhead", "memo", "date", "subject", "body", "meeting", "topics",
                         "request", "signature", "distribution", "copies"});
    MeetingNotice n;
    if (const xmlNode* lh = xml::child(root, "letterhead")) n.letterhead = r.letterhead(lh);
    n.memo_line = r.memo_line(root);
    const xmlNode* subject = xml::child(root, "subject");
    if (!subject) r.fail(root, "the notice has no <subject>; say what the meeting is about");
    n.subject = r.rich(subject);
    if (const xmlNode* b = xml::child(root, "body")) n.body = r.blocks(b);
    const xmlNode* meeting = xml::child(root, "meeting");
    if (!meeting) r.fail(root, "the notice has no <meeting> (chair, date, time, place)");
    n.meeting = r.meeting(meeting);
    if (const xmlNode* t = xml::child(root, "topics")) {
        r.expect_only(t, {"item"});
        for (const xmlNode* item : xml::children(t)) n.topics.push_back(r.rich(item));
    }
    if (const xmlNode* q = xml::child(root, "request")) n.request = r.rich(q);
    r.signatures_and_lists(root, "the notice", n.signatures, n.lists);
    if (n.meeting.date && *n.meeting.date < n.memo_line.date) {
        r.warn(n.meeting.pos, "the meeting is dated before the notice is issued; check the dates");
    }
    return n;
}

DocumentFacts facts_of(const MeetingNotice& n, const DocumentKind&) {
    return {n.memo_line.date, n.subject.plain(), n.meeting.chair.name};
}

std::vector<RecipientList*> recipient_lists_of(MeetingNotice& n) {
    return list_pointers({&n.lists});
}

MemoLine* memo_line_of(MeetingNotice& n) {
    return &n.memo_line;
}

AssembledDocument assemble_model(const MeetingNotice& n, const Template& tpl) {
    return NoticeAssembler(n, tpl).run();
}

const DocumentKind& meeting_notice_kind() {
    static const ModelKind<MeetingNotice> kind("meeting-notice", u"সভার নোটিশ",
                                               read_meeting_notice);
    return kind;
}

}  // namespace potro
