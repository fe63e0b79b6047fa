// Reading <minutes>: the meeting block, the issue part and the annex; the shared elements
// come from ElementReader.
#include "base/unicode.h"
#include "kinds/meeting_notice/meeting_notice.h"
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
    // follows="notice.xml": the meeting as its notice described it — letterhead, subject,
    // chair, date, time, place and who it went to — for whatever the minutes do not say.
    std::optional<MeetingNotice> notice;
    if (xml::has_attr(root, "follows")) {
        r.read_other(root, xml::attr(root, "follows"), "meeting-notice", false,
                     [&](const xmlNode* n, const ElementReader& inner) {
                         notice = read_meeting_notice(n, inner);
                     });
    }
    if (const xmlNode* lh = xml::child(root, "letterhead")) {
        m.letterhead = r.letterhead(lh);
        m.letterhead_on_top = r.yes_no(lh, "top", true);
    } else if (notice) {
        m.letterhead = notice->letterhead;
    }
    // Only reached without a notice: it would have given what is missing.
    const std::string from_notice = "; or name the notice it follows (follows=\"…\")";
    const xmlNode* subject = xml::child(root, "subject");
    if (subject) {
        m.subject = r.rich(subject);
        if (xml::has_attr(subject, "label")) m.subject_label = r.u16(xml::attr(subject, "label"));
    } else if (notice) {
        m.subject = notice->subject;
    } else {
        r.fail(root, "the minutes have no <subject>; give the meeting's title" + from_notice);
    }
    if (const xmlNode* mt = xml::child(root, "meeting")) {
        m.meeting = r.meeting(mt);
        if (notice && m.meeting.date != notice->meeting.date) {
            r.warn(mt,
                   "the meeting's date differs from the date in the notice it follows; "
                   "check the dates (or leave <meeting> out to take the notice's)");
        }
    } else if (notice) {
        m.meeting = notice->meeting;
    } else {
        r.fail(root, "the minutes have no <meeting> (chair, date, time, place)" + from_notice);
    }
    if (const xmlNode* body = xml::child(root, "body"))
        m.body = r.blocks(body, notice ? &notice->topics : nullptr);
    if (const xmlNode* c = xml::child(root, "closing")) m.closing = r.rich(c);
    for (const xmlNode* c : xml::children(root)) {
        if (xml::name(c) == "signature") m.signatures.push_back(r.signature(c));
    }
    if (m.signatures.empty()) r.fail(root, "the minutes have no <signature>; the chair signs them");
    if (const xmlNode* is = xml::child(root, "issue")) {
        m.issue = r.endorsement(is);
        // Minutes go to those the notice called, unless they say otherwise.
        if (m.issue->lists.empty() && notice) m.issue->lists = notice->lists;
    }
    if (const xmlNode* a = xml::child(root, "annex")) m.annex = read_annex(r, a);
    if (m.meeting.attendance.empty()) {
        m.meeting.attendance = m.annex ? m.annex->title : u"পরিশিষ্ট 'ক'";
    }
    if (m.issue && m.meeting.date && m.issue->memo_line.date < *m.meeting.date) {
        r.warn(m.issue->memo_line.date_pos,
               "the minutes are issued before the meeting took place; check the dates");
    }
    return m;
}

}  // namespace potro
