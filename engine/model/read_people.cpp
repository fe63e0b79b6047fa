#include "model/element_reader.h"

#include "bangla/typed_date.h"

namespace potro {

Person ElementReader::person(const xmlNode* n) const {
    Person p;
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        const std::u16string t = xml::text(c);
        if (nm == "name")
            p.name = t;
        else if (nm == "designation")
            p.designation += (p.designation.empty() ? u"" : u"\n") + t;
        else if (nm == "office")
            p.office += (p.office.empty() ? u"" : u"\n") + t;
        else if (nm == "phone")
            p.phone = t;
        else if (nm == "fax")
            p.fax = t;
        else if (nm == "email")
            p.email = t;
        else
            error(c, "unknown element <" + nm + "> in <" + xml::name(n) +
                         ">; expected <name>, <designation>, <office>, <phone>, <fax>, <email>");
    }
    if (p.name.empty()) error(n, "<" + xml::name(n) + "> needs a <name>");
    return p;
}

Signature ElementReader::signature(const xmlNode* n) const {
    Signature s;
    s.pos = pos(n);
    s.person = person(n);
    s.marker = u16(xml::attr(n, "marker"));
    s.name_in_parentheses = yes_no(n, "parentheses", false);
    s.field = xml::attr(n, "field");
    if (xml::has_attr(n, "signed")) {
        const TypedDate d = read_typed_date(xml::attr(n, "signed"));
        if (!d.date)
            fail(n, "signed=\"" + xml::attr(n, "signed") + "\" is not a date: " + d.problem);
        if (d.order == DateOrder::DayFirst) {
            warn(n, "signed=\"" + xml::attr(n, "signed") + "\" was read as day " +
                        std::to_string(d.date->day) + " of month " + std::to_string(d.date->month) +
                        "; write it as " + format_iso_date(*d.date) + " (YYYY-MM-DD)");
        }
        s.signed_on = *d.date;
    }
    return s;
}

MeetingInfo ElementReader::meeting(const xmlNode* n) const {
    MeetingInfo mi;
    expect_only(n, {"chair", "date", "time", "place", "attendance"});
    mi.layout = xml::attr(n, "layout", "table");
    if (mi.layout != "table" && mi.layout != "lines") {
        fail(n, "layout=\"" + mi.layout + "\" must be table or lines");
    }
    mi.pos = pos(n);
    const xmlNode* chair = xml::child(n, "chair");
    if (!chair) fail(n, "the meeting has no <chair>; name who chaired it (সভাপতি)");
    mi.chair = person(chair);
    if (const xmlNode* d = xml::child(n, "date")) {
        mi.date = date(d);
        const std::string calendar = xml::attr(d, "calendar", "gregorian");
        if (calendar != "gregorian" && calendar != "both")
            fail(d,
                 "calendar=\"" + calendar + "\" must be gregorian or both (the Bangla date too)");
        mi.dual_date = calendar == "both";
    } else
        fail(n, "the meeting has no <date>; give it as <date>YYYY-MM-DD</date>");
    if (const xmlNode* t = xml::child(n, "time")) {
        mi.time = time(t);
        mi.time_period = u16(xml::attr(t, "period"));
        if (xml::has_attr(t, "separator") || xml::has_attr(t, "suffix") ||
            xml::has_attr(t, "pad")) {
            TimeWording w;
            w.separator = xml::attr(t, "separator", w.separator);
            w.suffix = xml::attr(t, "suffix", w.suffix);
            w.pad_hour = yes_no(t, "pad", false);
            mi.time_wording = w;
        }
    }
    if (const xmlNode* p = xml::child(n, "place")) mi.place = xml::text(p);
    if (const xmlNode* a = xml::child(n, "attendance")) mi.attendance = xml::text(a);
    return mi;
}

}  // namespace potro
