#include "model/element_reader.h"

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
            fail(c, "unknown element <" + nm + "> in <" + xml::name(n) +
                        ">; expected <name>, <designation>, <office>, <phone>, <fax>, <email>");
    }
    if (p.name.empty()) fail(n, "<" + xml::name(n) + "> needs a <name>");
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
        auto d = parse_iso_date(xml::attr(n, "signed"));
        if (!d) fail(n, "signed=\"" + xml::attr(n, "signed") + "\" is not a date (YYYY-MM-DD)");
        s.signed_on = *d;
    }
    return s;
}

}  // namespace potro
