// Reading <minutes>: the meeting block, the issue part and the annex; the shared elements
// come from ElementReader.
#include "base/unicode.h"
#include "kinds/minutes/minutes.h"
#include "model/element_reader.h"

namespace potro {

namespace {

Annex read_annex(const ElementReader& r, const xmlNode* n) {
    r.expect_only(n, {"heading", "note", "attendee"});
    Annex a;
    if (xml::has_attr(n, "title")) a.title = r.u16(xml::attr(n, "title"));
    if (const xmlNode* h = xml::child(n, "heading")) a.heading = xml::text(h);
    if (const xmlNode* h = xml::child(n, "note")) a.note = xml::text(h);
    for (const xmlNode* c : xml::children(n)) {
        if (xml::name(c) != "attendee") continue;
        r.expect_only(c, {"name", "designation", "office", "phone"});
        Attendee at;
        for (const xmlNode* f : xml::children(c)) {
            const std::string nm = xml::name(f);
            (nm == "name"          ? at.name
             : nm == "designation" ? at.designation
             : nm == "office"      ? at.office
                                   : at.phone) = xml::text(f);
        }
        if (at.name.empty()) r.fail(c, "an <attendee> needs a <name>");
        a.attendees.push_back(std::move(at));
    }
    return a;
}

}  // namespace

Minutes read_minutes(const xmlNode* root, const ElementReader& r) {
    r.expect_only(root, {"letterhead", "subject", "meeting", "body", "closing", "signature",
                         "issue", "annex"});
    Minutes m;
    if (const xmlNode* lh = xml::child(root, "letterhead")) {
        m.letterhead = r.letterhead(lh);
        m.letterhead_on_top = r.yes_no(lh, "top", true);
    }
    const xmlNode* subject = xml::child(root, "subject");
    if (!subject) r.fail(root, "the minutes have no <subject>; give the meeting's title");
    m.subject = r.rich(subject);
    if (xml::has_attr(subject, "label")) m.subject_label = r.u16(xml::attr(subject, "label"));
    const xmlNode* mt = xml::child(root, "meeting");
    if (!mt) r.fail(root, "the minutes have no <meeting> (chair, date, time, place)");
    m.meeting = r.meeting(mt);
    if (const xmlNode* body = xml::child(root, "body")) m.body = r.blocks(body);
    if (const xmlNode* c = xml::child(root, "closing")) m.closing = r.rich(c);
    for (const xmlNode* c : xml::children(root)) {
        if (xml::name(c) == "signature") m.signatures.push_back(r.signature(c));
    }
    if (m.signatures.empty()) r.fail(root, "the minutes have no <signature>; the chair signs them");
    if (const xmlNode* is = xml::child(root, "issue")) m.issue = r.endorsement(is);
    if (const xmlNode* a = xml::child(root, "annex")) m.annex = read_annex(r, a);
    if (m.meeting.attendance.empty()) {
        m.meeting.attendance = m.annex ? m.annex->title : u"পরিশিষ্ট 'ক'";
    }
    if (m.issue && m.meeting.date && m.issue->memo_line.date < *m.meeting.date) {
        r.warn(m.issue->pos,
               "the minutes are issued before the meeting took place; check the dates");
    }
    return m;
}

}  // namespace potro
