// Reading <letter>: the addressees and references are the letter's own; every other part is
// one every document shares.
#include "kinds/letter/letter.h"
#include "model/element_reader.h"

namespace potro {

namespace {

Addressee read_addressee(const ElementReader& r, const xmlNode* n) {
    r.expect_only(n, {"name", "designation", "office", "address"});
    Addressee a;
    for (const xmlNode* c : xml::children(n)) {
        std::u16string line = xml::text(c);
        if (!line.empty()) a.lines.push_back(std::move(line));
    }
    if (a.lines.empty())
        r.fail(n, "<to> is empty; give the addressee's <designation>, <office> and <address>");
    return a;
}

}  // namespace

Letter read_letter(const xmlNode* root, const ElementReader& r) {
    r.expect_only(root, {"letterhead", "sender", "memo", "date", "to", "distribution", "subject",
                         "reference", "salutation", "body", "closing", "attachments", "signature",
                         "copies", "endorsement"});
    Letter l;
    const std::string form = xml::attr(root, "form", "official");
    if (form != "official" && form != "demi-official")
        r.fail(root, "form=\"" + form +
                         "\" must be official (সরকারি পত্র) or demi-official (আধা-সরকারি পত্র)");
    l.demi_official = form == "demi-official";
    if (const xmlNode* s = xml::child(root, "sender")) {
        if (!l.demi_official)
            r.fail(s,
                   "<sender> belongs to a D.O. letter; write form=\"demi-official\" on "
                   "<letter>, or leave the sender to the signature");
        l.sender = r.person(s);
    }
    if (const xmlNode* s = xml::child(root, "salutation")) l.salutation = r.rich(s);
    if (const xmlNode* c = xml::child(root, "closing")) l.closing = r.rich(c);
    if (const xmlNode* lh = xml::child(root, "letterhead")) l.letterhead = r.letterhead(lh);
    l.memo_line = r.memo_line(root);
    if (l.demi_official && !xml::has_attr(xml::child(root, "memo"), "label"))
        l.memo_line.label = u"আধা-সরকারি পত্র নং";
    for (const xmlNode* n : xml::children(root)) {
        const std::string nm = xml::name(n);
        if (nm == "to")
            l.addressees.push_back(read_addressee(r, n));
        else if (nm == "distribution")
            l.distribution = r.recipients(n, u"বিতরণ:");
        else if (nm == "reference")
            l.references.push_back(r.memo_line(n));
        else if (nm == "signature")
            l.signatures.push_back(r.signature(n));
        else if (nm == "copies")
            l.copies.push_back(r.recipients(n, ElementReader::kCopiesHeading));
        else if (nm == "endorsement")
            l.endorsement = r.endorsement(n);
    }
    if (l.addressees.empty() && !l.distribution)
        r.fail(root, "the letter has no addressee; give a <to> (প্রাপক) or a <distribution>");
    if (!l.addressees.empty() && l.distribution)
        r.fail(xml::child(root, "distribution"),
               "the letter has both <to> and <distribution>; a letter goes to its addressee or "
               "to a list, not both");
    const xmlNode* subject = xml::child(root, "subject");
    // A D.O. letter may go without one; an official letter always says what it is about.
    if (!subject && !l.demi_official)
        r.fail(root, "the letter has no <subject>; say what it is about (বিষয়)");
    if (subject) l.subject = r.rich(subject);
    if (l.demi_official && l.distribution)
        r.fail(xml::child(root, "distribution"),
               "a D.O. letter is written to one person; give a <to> instead of a <distribution>");
    if (const xmlNode* body = xml::child(root, "body")) l.body = r.blocks(body);
    if (const xmlNode* a = xml::child(root, "attachments")) l.attachments = xml::text(a);
    if (l.signatures.empty())
        r.fail(root, "the letter has no <signature>; the officer who writes it signs it");
    for (const MemoLine& ref : l.references) {
        if (l.memo_line.date < ref.date)
            r.warn(ref.pos, "the letter referred to is dated after this letter; check the dates");
    }
    return l;
}

}  // namespace potro
